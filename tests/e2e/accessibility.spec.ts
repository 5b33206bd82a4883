import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readStore, setSettings } from './support/extension-data';
import { CARD_HOST, expect, openCard, promptChip, test } from './support/fixtures';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const darkBg = 'rgb(20, 32, 42)';
const samplePath = path.resolve(import.meta.dirname, '../fixtures/backups/sample-backup.json');

/** Runs axe for WCAG 2.2 A and AA and expects nothing; a failure lists each rule with the nodes it found. */
async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(wcag22aa);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const found = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
  expect(found, `axe violations on ${page.url()}${include ? ` in ${include}` : ''}`).toEqual([]);
  return results;
}

/**
 * Extension pages opened by a test go in front. Onboarding opens on install in a tab of its own, and a page
 * behind it gets one animation frame a second, which slows Playwright and Preact alike.
 */
async function open(openExtensionPage: (file: string) => Promise<Page>, file: string): Promise<Page> {
  const page = await openExtensionPage(file);
  await page.bringToFront();
  return page;
}

const logSummary = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing|^No reflections/ });

const tabHashes = {
  '#log': 'Log',
  '#readiness': 'Readiness',
  '#export': 'Export and backup',
  '#settings': 'Settings',
} as const;
type TabName = (typeof tabHashes)[keyof typeof tabHashes];

/** Waits until an options tab is current and has finished loading what it shows. */
async function waitForTab(page: Page, name: TabName) {
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  if (name === 'Log') await expect(logSummary(page)).toHaveText(/^Showing 1 to /);
  if (name === 'Settings') await expect(page.getByLabel('Profession', { exact: true })).toBeVisible();
  if (name === 'Export and backup') await expect(page.getByLabel('Backup file')).toBeVisible();
}

async function showTab(page: Page, name: TabName) {
  await page
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name, exact: true })
    .click();
  await waitForTab(page, name);
}

/** Seeds the log through the Import panel, as a user restoring a backup would. */
async function importSample(page: Page) {
  await page.getByLabel('Backup file').setInputFiles(samplePath);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByText(/^Backup imported: /)).toBeVisible();
}

type Focused = {
  /** What has focus, inside any open shadow roots: tag, then its label or text. */
  what: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
};

/** The element that really has focus, through open shadow roots, and how its focus ring is drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const labelled =
      el.getAttribute('aria-label') ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '').trim().slice(0, 60);
    return {
      what: `${el.tagName.toLowerCase()}${(el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : ''} “${labelled}”`,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
    };
  });
}

/** Something has focus and shows a ring: an outline at least 2px wide that is not transparent. */
async function expectVisibleFocusRing(page: Page): Promise<Focused> {
  const now = await focused(page);
  expect(now, 'something has keyboard focus').not.toBeNull();
  const f = now as Focused;
  expect(f.outlineStyle, `outline style on ${f.what}`).not.toBe('none');
  expect(f.outlineWidth, `outline width on ${f.what}`).toBeGreaterThanOrEqual(2);
  expect(f.outlineColor, `outline colour on ${f.what}`).not.toBe('rgba(0, 0, 0, 0)');
  return f;
}

/** Whether this element has focus: it is its root's active element, and each shadow host up the tree is too. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let node: Element = el;
    let root = node.getRootNode() as Document | ShadowRoot;
    for (;;) {
      if (root.activeElement !== node) return false;
      if (!(root instanceof ShadowRoot)) return true;
      node = root.host;
      root = node.getRootNode() as Document | ShadowRoot;
    }
  });
}

/** Presses Tab until the target has focus, checking the focus ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    stops.push((await expectVisibleFocusRing(page)).what);
    if (await hasFocus(target)) return stops;
  }
  throw new Error(`Tab never reached ${target}; it went through:\n${stops.join('\n')}`);
}

type Stop = { what: string; candidate: number; outline: string; outlineWidth: number };

/**
 * Presses Tab from the top of a freshly loaded page until focus leaves the page or comes round again, and
 * expects every control on it to have been a stop with a visible focus ring. Radio buttons count once per
 * group (arrow keys move within a group); disabled and hidden controls are not stops.
 */
async function expectEveryControlReachedByTab(page: Page, maxPresses = 150) {
  const candidates = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const list = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.tabIndex >= 0 &&
        el.checkVisibility({ visibilityProperty: true }) &&
        !el.closest('[inert]'),
    );
    (window as unknown as { pomTabCandidates: HTMLElement[] }).pomTabCandidates = list;
    return list.map((el) => ({
      what: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '')).trim().slice(0, 60)}”`,
      group: el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : null,
    }));
  });
  expect(candidates.length, 'controls on the page').toBeGreaterThan(0);
  const stops: Stop[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const style = getComputedStyle(el);
      const list = (window as unknown as { pomTabCandidates: Element[] }).pomTabCandidates;
      return {
        what: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '')).trim().slice(0, 60)}”`,
        candidate: list.indexOf(el),
        outline:
          style.outlineStyle === 'none' || style.outlineColor === 'rgba(0, 0, 0, 0)' ? 'none' : 'drawn',
        outlineWidth: Number.parseFloat(style.outlineWidth),
      };
    });
    if (stop === null || (stops.length > 0 && stop.candidate === stops[0]?.candidate)) break;
    stops.push(stop);
  }
  const withoutRing = stops.filter((s) => s.outline === 'none' || s.outlineWidth < 2).map((s) => s.what);
  expect(withoutRing, `Tab stops without a visible focus ring on ${page.url()}`).toEqual([]);
  const reached = new Set(stops.map((s) => s.candidate));
  const reachedGroups = new Set(
    candidates.filter((c, i) => c.group && reached.has(i)).map((c) => c.group as string),
  );
  const missed = candidates
    .filter((c, i) => !reached.has(i) && !(c.group && reachedGroups.has(c.group)))
    .map((c) => c.what);
  expect(missed, `controls Tab never reached on ${page.url()}`).toEqual([]);
  const strays = stops.filter((s) => s.candidate < 0).map((s) => s.what);
  expect(strays, 'Tab stops that are not controls').toEqual([]);
}

test.describe('axe finds no WCAG 2.2 A or AA violations', () => {
  test('in the popup', async ({ openExtensionPage }) => {
    const popup = await open(openExtensionPage, 'popup.html');
    await expect(popup.getByLabel('Title')).toBeVisible();
    await expectNoAxeViolations(popup);
  });

  test('in onboarding', async ({ openExtensionPage }) => {
    const page = await open(openExtensionPage, 'onboarding.html');
    await expect(page.getByRole('heading', { name: 'Welcome to Power of Many' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on Export and backup: the import report, its result, and the check for identifying details', async ({
    openExtensionPage,
  }) => {
    const page = await open(openExtensionPage, 'options.html#export');
    await waitForTab(page, 'Export and backup');
    await expectNoAxeViolations(page);
    // The import report, before anything is written, then the result.
    await page.getByLabel('Backup file').setInputFiles(samplePath);
    await expect(page.getByRole('button', { name: 'Import backup' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import backup' }).click();
    await expect(page.getByText(/^Backup imported: /)).toBeVisible();
    await expectNoAxeViolations(page);
    // The check for identifying details before an export.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Export anyway' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  });

  test('on the log, filtered, the editor, readiness for each profession, and settings', async ({
    worker,
    openExtensionPage,
  }) => {
    // Eleven full axe runs over the biggest page the extension has; each takes seconds on two cores.
    test.setTimeout(120_000);
    await setSettings(worker, { onboarded: true, profession: 'nurse-midwife' });
    const page = await open(openExtensionPage, 'options.html#export');
    await importSample(page);
    await showTab(page, 'Log');
    await expectNoAxeViolations(page);
    await page.getByLabel('Appraisal year').selectOption({ label: 'April 2025 to March 2026' });
    await page.getByLabel('Only reflections that may identify someone').check();
    await expect(logSummary(page)).toHaveText(/matching reflections/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('link', { name: 'Near miss with a handover note' }).click();
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    await expectNoAxeViolations(page);

    await showTab(page, 'Readiness');
    await expectNoAxeViolations(page);
    await setSettings(worker, { profession: 'doctor' });
    await page.reload();
    await waitForTab(page, 'Readiness');
    await expectNoAxeViolations(page);

    await showTab(page, 'Settings');
    await expectNoAxeViolations(page);
  });

  test('in the prompt card, folded and with “Why am I seeing this?” open', async ({ openCardOn }) => {
    const { page, card } = await openCardOn('agenda.html');
    await expect(card.getByRole('button', { name: 'Reflect on this' })).toBeVisible();
    const folded = await expectNoAxeViolations(page, CARD_HOST);
    // axe really looked inside the shadow root: it checked the card's buttons there.
    const checkedInside = folded.passes
      .flatMap((rule) => rule.nodes)
      .some((n) => n.target.length === 1 && Array.isArray(n.target[0]) && n.target[0].length === 2);
    expect(checkedInside, 'axe checked nodes inside the card’s shadow root').toBe(true);

    await card.getByRole('button', { name: 'Try this, and why' }).click();
    await expect(card.getByText('Noticed on this page')).toBeVisible();
    await expectNoAxeViolations(page, CARD_HOST);
  });
});

test('axe finds no WCAG 2.2 A or AA violations in dark colours: popup, log and prompt card', async ({
  context,
  server,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite();
  const popup = await open(openExtensionPage, 'popup.html');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expect(popup.getByLabel('Title')).toBeVisible();
  // The dark palette really is in use (its background is #14202a).
  expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  await expectNoAxeViolations(popup);

  const options = await open(openExtensionPage, 'options.html#export');
  await options.emulateMedia({ colorScheme: 'dark' });
  await importSample(options);
  await showTab(options, 'Log');
  await expectNoAxeViolations(options);

  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.origin}/agenda.html`);
  const card = await openCard(page);
  await card.getByRole('button', { name: 'Try this, and why' }).click();
  await expect(card.getByText('Noticed on this page')).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(darkBg);
  await expectNoAxeViolations(page, CARD_HOST);
});

test('the prompt card works from the keyboard alone, with a visible focus ring', async ({ openCardOn }) => {
  const { page, card } = await openCardOn('agenda.html');
  await expect(card).toBeVisible();
  const notes = page.getByLabel('Notes for the chair');
  await notes.focus();
  await page.keyboard.type('Ask the patient panel first.');

  await page.keyboard.press('Alt+Shift+P');
  const inside = await page.evaluate(() => {
    const host = document.querySelector('[data-pom-card]');
    return {
      hostHasFocus: document.activeElement === host,
      innerTag: host?.shadowRoot?.activeElement?.tagName ?? null,
    };
  });
  expect(inside).toEqual({ hostHasFocus: true, innerTag: 'BUTTON' });
  expect(await hasFocus(card.getByRole('button', { name: 'Make this prompt small again' }))).toBe(true);
  await expect(notes).toHaveValue('Ask the patient panel first.');
  await expectVisibleFocusRing(page);

  const why = card.getByRole('button', { name: 'Try this, and why' });
  await tabTo(page, why, 3);
  await page.keyboard.press('Enter');
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText('Noticed on this page')).toBeVisible();
  await tabTo(page, card.getByRole('button', { name: 'Reflect on this' }), 3);
  const snooze = card.getByRole('button', { name: 'Snooze' });
  await tabTo(page, snooze, 1);
  await page.keyboard.press('Enter');
  await expect(snooze).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, card.getByRole('button', { name: '1 hour' }), 3);

  await page.keyboard.press('Escape');
  // Esc folds the card back into its chip, which stays at the page edge.
  await expect(card).toHaveCount(0);
  await expect(promptChip(page)).toBeVisible();
  // Closing the card puts the keyboard user back where they were typing.
  await expect(page.getByLabel('Notes for the chair')).toBeFocused();
});

test('the capture form can be filled in and saved with Tab, typing and Enter alone', async ({
  openExtensionPage,
}) => {
  const popup = await open(openExtensionPage, 'popup.html');
  await expect(popup.getByLabel('Title')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save reflection' })).toBeEnabled();

  await tabTo(popup, popup.getByLabel('Title'));
  await popup.keyboard.type('Keyboard-only reflection');
  await tabTo(popup, popup.getByLabel('What happened?'), 6);
  await popup.keyboard.type('The huddle moved to the day room so carers could join.');
  await tabTo(popup, popup.getByLabel('So what? What did you learn?'), 2);
  await popup.keyboard.type('People came when the room was theirs too.');
  await tabTo(popup, popup.getByLabel('Now what? What will you do?'), 2);
  await popup.keyboard.type('Keep the day room for huddles.');
  await tabTo(popup, popup.getByRole('button', { name: 'Save reflection' }));
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('Saved to your reflection log.')).toBeVisible();

  const [saved] = await readStore<{ title: string; what: string; soWhat: string; nowWhat: string }>(
    popup,
    'reflections',
  );
  expect(saved).toMatchObject({
    title: 'Keyboard-only reflection',
    what: 'The huddle moved to the day room so carers could join.',
    soWhat: 'People came when the room was theirs too.',
    nowWhat: 'Keep the day room for huddles.',
  });
});

test.describe('every control is reachable by Tab and shows a focus ring', () => {
  test('in the popup and onboarding', async ({ openExtensionPage }) => {
    const popup = await open(openExtensionPage, 'popup.html');
    await expect(popup.getByRole('button', { name: 'Save reflection' })).toBeEnabled();
    await expectEveryControlReachedByTab(popup);

    const onboarding = await open(openExtensionPage, 'onboarding.html');
    await expect(onboarding.getByRole('heading', { name: 'Welcome to Power of Many' })).toBeVisible();
    await expectEveryControlReachedByTab(onboarding);
  });

  test('on every tab of the options page, with reflections in the log', async ({
    worker,
    openExtensionPage,
  }) => {
    await setSettings(worker, { onboarded: true, profession: 'nurse-midwife' });
    const page = await open(openExtensionPage, 'options.html#export');
    await importSample(page);
    for (const [hash, name] of Object.entries(tabHashes)) {
      // Loaded afresh so Tab starts at the top of the page.
      await page.goto(page.url().replace(/#.*$/, hash));
      await page.reload();
      await waitForTab(page, name);
      await expectEveryControlReachedByTab(page);
    }
  });
});
