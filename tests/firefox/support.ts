import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/support/server';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const extensionDir = path.resolve('.output-test/firefox-mv3');

/** `browser` as extension pages see it: only what these tests call, typed loosely on purpose. */
type ExtensionApi = {
  runtime: { id: string; getURL(p: string): string };
  tabs: {
    create(o: { url: string }): Promise<unknown>;
    query(q: object): Promise<{ id?: number; url?: string }[]>;
  };
  storage: Record<
    'sync' | 'session',
    { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> }
  >;
};
/** Evaluated functions are sent as text, so each one names the global itself: `(globalThis as Ext).browser`. */
export type Ext = { browser: ExtensionApi };

/** A Firefox ESR with the test build installed, the fixture site, and a folder its downloads land in. */
export interface FirefoxSession {
  browser: Browser;
  origin: string;
  downloads: string;
  /** Waits for an extension page the extension opened itself (BiDi cannot navigate to moz-extension://). */
  extensionPage(file: string): Promise<Page>;
  /** An extension page that stays open (the onboarding tab), for calling the extension's API. */
  anExtensionPage(): Promise<Page>;
  /** Asks the extension to open one of its pages (popup.html, options.html#export…) and returns it. */
  openExtensionPage(file: string): Promise<Page>;
  /** Opens a fixture-site page in a new tab and waits until the background has decided about it. */
  openSitePage(file: string): Promise<Page>;
  /** Enables 127.0.0.1 as a user would have (pages read the settings when they load). */
  enableLocalSite(settings?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Re-reads a real signal until it satisfies `ok` (usable in hooks, where expect.poll is not). */
export async function until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what} (last seen: ${String(value)})`);
    await pause(100);
  }
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!fs.existsSync(firefox)) {
    throw new Error(
      `Firefox was not found at ${firefox}. Install it with "sudo apt-get install -y firefox-esr".`,
    );
  }
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox test build at ${extensionDir}. Run "npm run build:test" first.`);
  }
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-firefox-downloads-'));
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.restrictedDomains': '',
      // Downloads go straight to a folder the test reads, with no dialogue to answer.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(extensionDir);
  const seen = new Set<Page>();

  const findExtensionPage = async (file: string, claim: boolean): Promise<Page> => {
    // Generous: on a loaded two-core machine a new extension tab can take a while to report its address.
    const deadline = Date.now() + 45_000;
    let seenAddresses: string[] = [];
    while (Date.now() < deadline) {
      seenAddresses = [];
      for (const page of await browser.pages()) {
        if (claim && seen.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        seenAddresses.push(href);
        if (href.startsWith('moz-extension://') && href.includes(file)) {
          if (claim) seen.add(page);
          return page;
        }
      }
      await pause(150);
    }
    throw new Error(`The extension never opened ${file} (open: ${seenAddresses.join(', ')})`);
  };
  // The onboarding tab opens at install; it stays, so it can ask the extension to open other pages.
  const controller = () => findExtensionPage('onboarding.html', false);

  const session: FirefoxSession = {
    browser,
    origin: server.origin,
    downloads,
    extensionPage: (file) => findExtensionPage(file, true),
    anExtensionPage: controller,
    openExtensionPage: async (file) => {
      await (await controller()).evaluate(async (f) => {
        const { browser } = globalThis as unknown as Ext;
        await browser.tabs.create({ url: browser.runtime.getURL(`/${f}`) });
      }, file);
      return findExtensionPage(file, true);
    },
    openSitePage: async (file) => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${file}`);
      await decided(page);
      return page;
    },
    enableLocalSite: async (settings = {}) => {
      const page = await controller();
      await page.evaluate(async (extra) => {
        await (globalThis as unknown as Ext).browser.storage.sync.set({
          settings: { onboarded: true, profession: 'nurse-midwife', sites: ['http://127.0.0.1/*'], ...extra },
        });
      }, settings);
    },
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Waits until the background has decided about the page `count` times (test builds stamp each decision
 * on the root element) and returns the latest, e.g. "planning shown": a real signal, never a timer.
 * Polled from Node, so it also works on pages that break the built-ins Puppeteer's own waiters use.
 */
export async function decided(page: Page, count = 1): Promise<string> {
  const stamp = () =>
    page.evaluate(() => [
      document.documentElement.getAttribute('data-pom-test-decisions'),
      document.documentElement.getAttribute('data-pom-test-decision'),
    ]);
  const [, decision] = await until(
    stamp,
    ([n]) => Number(n ?? 0) >= count,
    `decision ${count} on ${page.url()}`,
  );
  return decision ?? '';
}

/** How many decisions the background has made about this page so far. */
export async function decisions(page: Page): Promise<number> {
  return Number(
    await page.evaluate(() => document.documentElement.getAttribute('data-pom-test-decisions') ?? 0),
  );
}

/** An ARIA selector: an element by its role and accessible name, as a user or screen reader finds it. */
export function role(name: string, accessibleName?: string): string {
  return `::-p-aria([role="${name}"]${accessibleName === undefined ? '' : `[name="${accessibleName}"]`})`;
}

/** Finds one element by role and name within `scope`, waiting for it to appear. */
export async function byRole(
  scope: Page | ElementHandle<Node>,
  name: string,
  accessibleName?: string,
): Promise<ElementHandle<Element>> {
  const selector = role(name, accessibleName);
  const found = await until(() => scope.$(selector), Boolean, `a ${name} named "${accessibleName ?? ''}"`);
  return found as ElementHandle<Element>;
}

/**
 * A form control by its label, like Playwright's getByLabel: the accessible-name query also finds the
 * <label> itself (and only the label, for a file input), so a label leads to the control it names.
 */
export async function byLabel(
  scope: Page | ElementHandle<Node>,
  label: string,
): Promise<ElementHandle<Element>> {
  const controlOf = async () => {
    for (const found of await scope.$$(`::-p-aria(${label})`)) {
      const control = await found.evaluateHandle((el) => (el instanceof HTMLLabelElement ? el.control : el));
      const element = control.asElement();
      if (element) return element as ElementHandle<Element>;
    }
    return null;
  };
  const found = await until(controlOf, Boolean, `a field labelled "${label}"`);
  return found as ElementHandle<Element>;
}

/**
 * Clicks an element once it is in view and has stopped moving. The card places itself again when it
 * grows, and a click aimed where a button was a frame earlier lands on the page instead; a button below
 * the fold of the card's own scroll area is scrolled to first, as a user would, so the click's own
 * scrolling cannot race it.
 */
export async function clickSteady(element: ElementHandle<Element>): Promise<void> {
  await element.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  const box = async () => JSON.stringify(await element.boundingBox());
  let last = await box();
  await until(
    async () => {
      const [previous, now] = [last, await box()];
      last = now;
      return previous === now && now !== 'null';
    },
    Boolean,
    'the element to stop moving',
  );
  await element.click();
}

/** Waits until some element's text contains `text` (substring, as the user reads it). */
export async function seeText(
  scope: Page | ElementHandle<Node>,
  text: string,
): Promise<ElementHandle<Element>> {
  const found = await until(() => scope.$(`::-p-text(${text})`), Boolean, `the text "${text}"`);
  return found as ElementHandle<Element>;
}

/** Chooses an option of a <select> by its visible label, as a user would. */
export async function selectByLabel(select: ElementHandle<Element>, label: string): Promise<void> {
  const value = await select.evaluate(
    (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.label === wanted)?.value,
    label,
  );
  if (value === undefined) throw new Error(`No option "${label}"`);
  await (select as ElementHandle<HTMLSelectElement>).select(value);
}

/**
 * Replaces a field's value. Text is typed, so the page hears the same events as from a user; a date is
 * set whole with input and change events, as Playwright's fill does (typing a date follows the locale).
 */
export async function fill(field: ElementHandle<Element>, text: string): Promise<void> {
  const typeable = await field.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) return true;
    if (!(el instanceof HTMLInputElement)) return false;
    return ['text', 'search', 'email', 'number', 'tel', 'url', ''].includes(el.type);
  });
  if (!typeable) {
    await field.evaluate((el, value) => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, text);
    return;
  }
  await field.focus();
  await field.evaluate((el) => (el as HTMLInputElement).select());
  if (text === '') await field.press('Backspace');
  else await field.type(text);
}

export const fieldValue = (field: ElementHandle<Element>): Promise<string> =>
  field.evaluate((el) => (el as HTMLInputElement).value);

/** The card's open shadow root in test builds (production roots are closed). */
export async function cardRoot(page: Page): Promise<ElementHandle<Node>> {
  const host = await page.waitForSelector('[data-pom-card]', { timeout: 20_000 });
  if (!host) throw new Error('No card on the page');
  return host.evaluateHandle((h) => h.shadowRoot as unknown as Node);
}

/** The card at rest is a button named "Power of Many prompt: …"; opening it is the user's choice. */
export async function openCard(page: Page): Promise<ElementHandle<Node>> {
  const root = await cardRoot(page);
  const chip = await root.waitForSelector('button[aria-label^="Power of Many prompt:"]');
  if (!chip) throw new Error('No prompt chip on the card');
  await clickSteady(chip);
  await byRole(root, 'complementary');
  return root;
}

/**
 * Waits for a finished download whose name matches, in the session's download folder (Firefox writes a
 * .part file first), and returns its bytes.
 */
export async function downloaded(session: FirefoxSession, name: RegExp): Promise<Buffer> {
  const file = await until(
    () => {
      const names = fs.readdirSync(session.downloads);
      return names.find((n) => name.test(n) && !names.includes(`${n}.part`)) ?? '';
    },
    (found) => found !== '' && fs.statSync(path.join(session.downloads, found)).size > 0,
    `a download named like ${name}`,
  );
  const bytes = fs.readFileSync(path.join(session.downloads, file));
  // Cleared, so the next export of the same name is not mistaken for this one.
  fs.rmSync(path.join(session.downloads, file));
  return bytes;
}

/** Reads a whole object store from the extension's IndexedDB, from an extension page. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Puts records straight into a store, for states a user reaches only over weeks (a commitment now due). */
export function putRecords(page: Page, store: string, records: object[]): Promise<void> {
  return page.evaluate(
    (name, items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const item of items) tx.objectStore(name).put(item);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    store,
    records,
  );
}
