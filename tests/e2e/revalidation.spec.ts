import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type DocxParagraph, docxParagraphs } from '../unit/export/docx-text';
import { expect, test } from './support/fixtures';
import { launchFreshProfile } from './support/fresh-profile';

const backupPath = path.resolve(import.meta.dirname, '../fixtures/backups/revalidation-backup.json');
type Stored = { id: string; title: string; occurredOn: string; changed: string; codeRelation: string };
const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8')) as { reflections: Stored[] };
// Two full journeys (settings, import, readiness, export) on a machine shared with other work.
test.describe.configure({ timeout: 120_000 });

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const monthYear = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const nameOf = (r: Stored) => `${r.title} (${monthYear(r.occurredOn)})`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

async function showTab(page: Page, name: 'Readiness' | 'Export and backup' | 'Settings') {
  await page
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
}

/** Chooses the profession and the renewal date in Settings, then imports the worked-example reflections. */
async function setUp(page: Page, profession: string, dateLabel: string, date: string) {
  await showTab(page, 'Settings');
  await page.getByLabel('Profession', { exact: true }).selectOption({ label: profession });
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByLabel(dateLabel, { exact: true }).fill(date);
  await expect(page.getByLabel(dateLabel, { exact: true })).toHaveValue(date);
  await showTab(page, 'Export and backup');
  await page.getByLabel('Backup file').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByText(/^Backup imported: 6 reflections added/)).toBeVisible();
}

async function download(page: Page, format: string, dir: string): Promise<DocxParagraph[]> {
  await showTab(page, 'Export and backup');
  const select = page.getByLabel('Format', { exact: true });
  await select.selectOption({ label: format });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await downloading;
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return docxParagraphs(fs.readFileSync(saved));
}

test('a nurse sets a renewal date, chooses five accounts and exports them numbered 1 to 5 with Q3 and Q4 filled', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openExtensionPage('options.html#settings');
  await page.bringToFront();
  await setUp(page, 'Nurse, midwife or nursing associate (NMC)', 'NMC renewal date', '2028-05-31');

  await showTab(page, 'Readiness');
  await expect(
    // Dates follow the browser's language, which is en-US in the test browser and en-GB for most users.
    page.getByText(/^Your period runs from (1 June 2025|June 1, 2025) to (31 May 2028|May 31, 2028):/),
  ).toBeVisible();
  await expect(page.getByText('6 (you need 5)')).toBeVisible();
  const five = [5, 0, 1, 2, 3].map((i) => backup.reflections[i] as Stored);
  const choose = page.getByRole('group', { name: 'Choose your five' });
  for (const [i, r] of five.entries()) {
    await choose.getByRole('checkbox', { name: nameOf(r) }).check();
    await expect(choose.getByText(`Account ${i + 1}: ${nameOf(r)}`)).toBeVisible();
  }
  await expect(
    choose.getByRole('checkbox', { name: nameOf(backup.reflections[4] as Stored) }),
  ).toBeDisabled();

  const discussion = page.getByRole('group', { name: 'Reflective discussion' });
  await discussion.getByLabel('Date of the discussion').fill('2026-10-01');
  await discussion
    .getByRole('checkbox', { name: 'I discussed my accounts with another NMC registrant' })
    .check();
  await discussion
    .getByRole('checkbox', { name: 'The discussion covered all five of my chosen accounts' })
    .check();
  await expect(discussion.getByText(/^Done: one reflective discussion/)).toBeVisible();
  await expectNoAxeViolations(page);

  await showTab(page, 'Export and backup');
  await expect(page.getByRole('radio', { name: 'My chosen five (5)' })).toBeChecked();
  const paragraphs = await download(page, 'NMC reflective accounts (Word)', testInfo.outputPath('downloads'));
  expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
    [1, 2, 3, 4, 5].map((n) => `Reflective account: ${n}`),
  );
  expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
    five.map((r) => r.title),
  );
  const q3 = 'How did you change or improve your practice as a result?';
  const answersToQ3 = paragraphs.flatMap((p, i) => (p.text === q3 ? [paragraphs[i + 1]?.text] : []));
  expect(answersToQ3).toEqual(five.map((r) => r.changed));
  const notes = paragraphs.flatMap((p, i) =>
    p.text === 'How this relates to the Code' ? [paragraphs[i + 1]?.text] : [],
  );
  expect(notes).toEqual(five.map((r) => r.codeRelation));
  expect(paragraphs.filter((p) => p.text.startsWith('☒')).length).toBeGreaterThanOrEqual(5);
});

test('an allied health professional exports an HCPC CPD profile', async ({ openExtensionPage }, testInfo) => {
  const page = await openExtensionPage('options.html#settings');
  await page.bringToFront();
  await setUp(page, 'Allied health professional (HCPC)', 'HCPC renewal date', '2027-03-31');

  await showTab(page, 'Readiness');
  await expect(page.getByRole('heading', { name: 'HCPC CPD profile' })).toBeVisible();
  await expect(
    page.getByText(/^Your profile covers (1 April 2025|April 1, 2025) to (31 March 2027|March 31, 2027):/),
  ).toBeVisible();
  const summary = 'I am an occupational therapist in a community rehabilitation team.';
  await page.getByLabel('Summary of practice history').fill(summary);
  await expect(page.getByText(/^Your role, main responsibilities.* 10 of 500 words\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  const paragraphs = await download(page, 'HCPC CPD profile (Word)', testInfo.outputPath('downloads'));
  const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
  expect(headings.filter((h) => !h.startsWith('Activity '))).toEqual([
    'Summary of practice history',
    'Statement of how I have met the standards of CPD',
    'Dated list of CPD activities',
    'Evidence to support my statement',
  ]);
  expect(paragraphs.map((p) => p.text)).toContain(summary);
  expect(
    paragraphs.some((p) =>
      p.text.startsWith('Standard 4: seek to ensure that their CPD benefits the service user'),
    ),
  ).toBe(true);
});

test('a renewal date and the chosen record travel in a JSON backup to a fresh profile', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openExtensionPage('options.html#settings');
  await page.bringToFront();
  await setUp(page, 'Nurse, midwife or nursing associate (NMC)', 'NMC renewal date', '2028-05-31');
  await showTab(page, 'Export and backup');
  await page.getByLabel('Format', { exact: true }).selectOption({ label: 'Full backup (JSON)' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await downloading;
  const saved = path.join(testInfo.outputPath('downloads'), file.suggestedFilename());
  await file.saveAs(saved);
  const written = JSON.parse(fs.readFileSync(saved, 'utf8')) as {
    revalidation?: { profile: { nmcRenewalDate: string | null } };
  };
  expect(written.revalidation?.profile.nmcRenewalDate).toBe('2028-05-31');

  const second = await launchFreshProfile();
  try {
    const other = await second.openExtensionPage('options.html#settings');
    await showTab(other, 'Export and backup');
    await other.getByLabel('Backup file').setInputFiles(saved);
    await expect(other.getByText(/also holds your revalidation record and dates/)).toBeVisible();
    await other.getByRole('button', { name: 'Import backup' }).click();
    await expect(
      other.getByText(/Your revalidation record and dates were restored from the file\./),
    ).toBeVisible();
    await showTab(other, 'Settings');
    await other
      .getByLabel('Profession', { exact: true })
      .selectOption({ label: 'Nurse, midwife or nursing associate (NMC)' });
    await expect(other.getByLabel('NMC renewal date', { exact: true })).toHaveValue('2028-05-31');
  } finally {
    await second.close();
  }
});
