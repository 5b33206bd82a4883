import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/export/backup';
import { parseCsv } from '../unit/export/csv-parse';
import { docxParagraphs } from '../unit/export/docx-text';
import { readStore } from './support/extension-data';
import { expect, test } from './support/fixtures';
import { launchFreshProfile } from './support/fresh-profile';

type FixtureReflection = { id: string; title: string; occurredOn: string; pii: unknown[] };
type FixtureBackup = { reflections: FixtureReflection[]; promptEvents: unknown[] };
type Stored = { id: string; title: string };

const samplePath = path.resolve(import.meta.dirname, '../fixtures/backups/sample-backup.json');
const sample = JSON.parse(fs.readFileSync(samplePath, 'utf8')) as FixtureBackup;

/** The log's order: the event date, newest first (the fixture's dates are all different). */
const newestFirst = (list: readonly FixtureReflection[]) =>
  [...list].sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : -1));
const titlesOf = (list: readonly FixtureReflection[]) => list.map((r) => r.title);

/** The appraisal year runs 1 April to 31 March and is named by the year it starts in. */
function appraisalYearOf(occurredOn: string): number {
  const [year, month] = occurredOn.split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The fixture's busiest appraisal year, so the filter really narrows and the export has several accounts. */
function busiestYear(): { year: number; inYear: FixtureReflection[] } {
  const byYear = new Map<number, FixtureReflection[]>();
  for (const r of sample.reflections) {
    const year = appraisalYearOf(r.occurredOn);
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  const [year, inYear] = [...byYear].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0] as [
    number,
    FixtureReflection[],
  ];
  return { year, inYear: newestFirst(inYear) };
}

const yearSuffix = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, '0')}`;

const logRows = (page: Page) =>
  page.getByRole('table', { name: 'Your reflections, newest first' }).getByRole('rowheader');
const logSummary = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing|^No reflections/ });

async function goTo(page: Page, tab: 'Log' | 'Export and backup') {
  await page
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name: tab, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    tab === 'Log' ? 'Reflection log' : 'Export and backup',
  );
  await afterMountEffects(page);
}

/**
 * Preact runs a new view's effects after the next frame. The Export panel's "follow the settings' default
 * format" effect, run that late, overwrites a format chosen before it ran (reported), so let it run first,
 * as it always has by the time a person reaches the control.
 */
function afterMountEffects(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Imports a backup file through the Import panel: choose the file, read the report, confirm. */
async function importBackup(page: Page, file: string, expected: FixtureBackup) {
  await goTo(page, 'Export and backup');
  await page.getByLabel('Backup file').setInputFiles(file);
  const report = page.getByRole('region', { name: `What importing “${path.basename(file)}” will do` });
  await expect(report.getByText(`New reflections to add: ${expected.reflections.length}`)).toBeVisible();
  await expect(report.getByText("Reflections to update with the backup's newer copy: 0")).toBeVisible();
  await expect(
    report.getByText(`Prompt history entries to add: ${expected.promptEvents.length}`),
  ).toBeVisible();
  const listed = await report.getByRole('listitem').allTextContents();
  expect(listed).toHaveLength(expected.reflections.length);
  for (const title of titlesOf(expected.reflections)) {
    expect(listed.some((item) => item.startsWith(`${title} (`))).toBe(true);
  }
  await report.getByRole('button', { name: 'Import backup' }).click();
  await expect(
    page.getByText(
      `Backup imported: ${expected.reflections.length} reflections added, 0 updated and ` +
        `${expected.promptEvents.length} prompt history entries added.`,
    ),
  ).toBeVisible();
}

/** Exports in one format from the Export panel, passing the identifying-details check if it appears. */
async function exportAs(
  page: Page,
  format: string,
  flagged: readonly FixtureReflection[],
  dir: string,
): Promise<{ filename: string; bytes: Buffer }> {
  const select = page.getByLabel('Format', { exact: true });
  const [value] = await select.selectOption({ label: format });
  await expect(select).toHaveValue(value ?? '');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  if (flagged.length > 0) {
    const check = page.getByRole('region', { name: 'Check for identifying details first' });
    await expect(check.getByRole('link', { name: /^Review “/ })).toHaveCount(flagged.length);
    for (const r of flagged)
      await expect(check.getByRole('link', { name: `Review “${r.title}”` })).toBeVisible();
    await check.getByRole('button', { name: 'Export anyway' }).click();
  }
  const download = await downloading;
  const filename = download.suggestedFilename();
  const saved = path.join(dir, filename);
  await download.saveAs(saved);
  await expect(page.getByText(`to ${filename}. Look in your downloads folder.`)).toBeVisible();
  return { filename, bytes: fs.readFileSync(saved) };
}

const byId = (a: Stored, b: Stored) => (a.id < b.id ? -1 : 1);

/**
 * Opens the options page in front. Onboarding opens on install in a tab of its own; a page behind it gets
 * one animation frame a second, which slows every click (Playwright waits for frames) and Preact's effects.
 */
async function openOptions(open: (file: string) => Promise<Page>, hash: string): Promise<Page> {
  const page = await open(`options.html${hash}`);
  await page.bringToFront();
  return page;
}

test('importing the sample backup fills the log with every reflection', async ({ openExtensionPage }) => {
  const page = await openOptions(openExtensionPage, '#log');
  await expect(logSummary(page)).toHaveText(/^No reflections yet/);
  await importBackup(page, samplePath, sample);

  await goTo(page, 'Log');
  const n = sample.reflections.length;
  await expect(logSummary(page)).toHaveText(`Showing 1 to ${n} of ${n} reflections`);
  await expect(logRows(page)).toHaveText(titlesOf(newestFirst(sample.reflections)));
  const stored = await readStore<Stored>(page, 'reflections');
  expect(stored.map((r) => r.id).sort()).toEqual(sample.reflections.map((r) => r.id).sort());
  expect(await readStore(page, 'promptEvents')).toHaveLength(sample.promptEvents.length);
});

test('filtering by appraisal year, then exporting that year as NMC Word and CSV', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openOptions(openExtensionPage, '#export');
  await importBackup(page, samplePath, sample);
  await goTo(page, 'Log');

  // Every year the fixture covers shows exactly its own reflections.
  const total = sample.reflections.length;
  const years = [...new Set(sample.reflections.map((r) => appraisalYearOf(r.occurredOn)))];
  expect(years.length).toBeGreaterThan(1);
  for (const year of years) {
    const inYear = newestFirst(sample.reflections.filter((r) => appraisalYearOf(r.occurredOn) === year));
    await page.getByLabel('Appraisal year').selectOption({ label: `April ${year} to March ${year + 1}` });
    await expect(logSummary(page)).toHaveText(
      `Showing 1 to ${inYear.length} of ${inYear.length} matching reflections (${total} in all)`,
    );
    await expect(logRows(page)).toHaveText(titlesOf(inYear));
  }

  const { year, inYear } = busiestYear();
  const outside = sample.reflections.filter((r) => appraisalYearOf(r.occurredOn) !== year);
  const flagged = inYear.filter((r) => r.pii.length > 0);
  await page.getByLabel('Appraisal year').selectOption({ label: `April ${year} to March ${year + 1}` });
  await expect(logRows(page)).toHaveText(titlesOf(inYear));

  await goTo(page, 'Export and backup');
  await expect(
    page.getByRole('radio', { name: `The ones matching the log's search and filters (${inYear.length})` }),
  ).toBeChecked();
  const dir = testInfo.outputPath('downloads');
  fs.mkdirSync(dir, { recursive: true });

  const word = await exportAs(page, 'NMC reflective accounts (Word)', flagged, dir);
  expect(word.filename).toBe(`nmc-reflective-accounts-${yearSuffix(year)}.docx`);
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const paragraphs = docxParagraphs(new Uint8Array(word.bytes)).map((p) => p.text);
  const headings = paragraphs.filter((p) => /^Reflective account: \d+$/.test(p));
  expect(headings).toEqual(inYear.map((_, i) => `Reflective account: ${i + 1}`));
  const body = paragraphs.join('\n');
  for (const r of inYear) expect(body).toContain(r.title);
  for (const r of outside) expect(body).not.toContain(r.title);

  const csv = await exportAs(page, 'Spreadsheet (CSV)', flagged, dir);
  expect(csv.filename).toBe(`reflections-${yearSuffix(year)}.csv`);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...rows] = parseCsv(text);
  expect(header.slice(0, 5)).toEqual(['id', 'occurred on', 'created', 'updated', 'title']);
  expect(rows).toHaveLength(inYear.length);
  const idAt = header.indexOf('id');
  const titleAt = header.indexOf('title');
  expect(rows.map((row) => row[idAt]).sort()).toEqual(inYear.map((r) => r.id).sort());
  expect(rows.map((row) => row[titleAt]).sort()).toEqual(titlesOf(inYear).sort());
});

test('deleting a reflection takes it out of the log, and Undo puts it back as it was', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage, '#export');
  await importBackup(page, samplePath, sample);
  await goTo(page, 'Log');
  const all = newestFirst(sample.reflections);
  const n = all.length;
  const before = (await readStore<Stored>(page, 'reflections')).sort(byId);
  const victim = all[2] as FixtureReflection;

  await page.getByRole('button', { name: `Delete “${victim.title}”` }).click();
  await expect(page.getByText(`Deleted “${victim.title}”.`)).toBeVisible();
  await expect(logRows(page)).toHaveText(titlesOf(all.filter((r) => r.id !== victim.id)));
  await expect(logSummary(page)).toHaveText(`Showing 1 to ${n - 1} of ${n - 1} reflections`);
  await expect(page.getByRole('link', { name: victim.title, exact: true })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  expect((await readStore<Stored>(page, 'reflections')).map((r) => r.id)).not.toContain(victim.id);

  await undo.click();
  await expect(page.getByText('Put back 1 deleted reflections.')).toBeVisible();
  await expect(logRows(page)).toHaveText(titlesOf(all));
  await expect(logSummary(page)).toHaveText(`Showing 1 to ${n} of ${n} reflections`);
  expect((await readStore<Stored>(page, 'reflections')).sort(byId)).toEqual(before);
});

test('a JSON backup exported here and imported into a fresh profile shows the same log', async ({
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(45_000);
  const page = await openOptions(openExtensionPage, '#export');
  await importBackup(page, samplePath, sample);
  const dir = testInfo.outputPath('downloads');
  fs.mkdirSync(dir, { recursive: true });
  const flagged = sample.reflections.filter((r) => r.pii.length > 0);
  const backup = await exportAs(page, 'Full backup (JSON)', flagged, dir);
  expect(backup.filename).toMatch(/^power-of-many-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(backup.bytes.toString('utf8')) as FixtureBackup & {
    format: string;
    version: number;
  };
  expect(parsed.format).toBe(BACKUP_FORMAT);
  expect(parsed.version).toBe(BACKUP_VERSION);
  expect(parsed.reflections).toHaveLength(sample.reflections.length);
  expect(parsed.promptEvents).toHaveLength(sample.promptEvents.length);

  await goTo(page, 'Log');
  const here = await logRows(page).allTextContents();
  expect(here).toEqual(titlesOf(newestFirst(sample.reflections)));
  const storedHere = (await readStore<Stored>(page, 'reflections')).sort(byId);

  const fresh = await launchFreshProfile();
  try {
    const elsewhere = await openOptions(fresh.openExtensionPage, '#log');
    await expect(logSummary(elsewhere)).toHaveText(/^No reflections yet/);
    await importBackup(elsewhere, path.join(dir, backup.filename), parsed);
    await goTo(elsewhere, 'Log');
    await expect(logRows(elsewhere)).toHaveText(here);
    expect((await readStore<Stored>(elsewhere, 'reflections')).sort(byId)).toEqual(storedHere);
  } finally {
    await fresh.close();
  }
});

test('an invalid backup names the record and field, and changes nothing', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openOptions(openExtensionPage, '#export');
  await importBackup(page, samplePath, sample);
  const before = (await readStore<Stored>(page, 'reflections')).sort(byId);

  // One new, valid reflection and one broken one: a partial import would let the new one in.
  const broken = structuredClone(sample) as FixtureBackup & { reflections: Record<string, unknown>[] };
  const newcomer = { ...broken.reflections[0], id: '9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f' };
  newcomer.title = 'A reflection that must not arrive';
  broken.reflections.push(newcomer);
  const bad = broken.reflections[2] as Record<string, unknown>;
  bad.occurredOn = '31/04/2025';
  const file = testInfo.outputPath('broken-backup.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(broken, null, 2));

  await page.getByLabel('Backup file').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“broken-backup.json” cannot be imported, and nothing has been changed.');
  const id = String(bad.id).slice(0, 8);
  await expect(alert.getByRole('listitem')).toHaveText([
    new RegExp(`^reflections\\[2\\] \\(id ${id}…\\): occurredOn: `),
  ]);
  await expect(page.getByRole('button', { name: 'Import backup' })).toHaveCount(0);

  expect((await readStore<Stored>(page, 'reflections')).sort(byId)).toEqual(before);
  await goTo(page, 'Log');
  const n = sample.reflections.length;
  await expect(logSummary(page)).toHaveText(`Showing 1 to ${n} of ${n} reflections`);
  await expect(page.getByRole('link', { name: 'A reflection that must not arrive' })).toHaveCount(0);
});
