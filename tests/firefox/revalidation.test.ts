import fs from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../unit/export/docx-text';
import {
  byLabel,
  byRole,
  downloaded,
  type FirefoxSession,
  fieldValue,
  fill,
  launchFirefox,
  role,
  seeText,
  selectByLabel,
} from './support';

const backupPath = path.resolve(import.meta.dirname, '../fixtures/backups/revalidation-backup.json');
type Stored = { id: string; title: string; occurredOn: string; changed: string; codeRelation: string };
const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8')) as { reflections: Stored[] };

const monthYear = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const nameOf = (r: Stored) => `${r.title} (${monthYear(r.occurredOn)})`;

let session: FirefoxSession;
let options: Page;

beforeAll(async () => {
  session = await launchFirefox();
  options = await session.openExtensionPage('options.html#settings');
});

afterAll(async () => {
  await session?.close();
});

async function showTab(page: Page, name: 'Readiness' | 'Export and backup' | 'Settings') {
  const nav = await byRole(page, 'navigation', 'Reflection log sections');
  await (await byRole(nav, 'link', name)).click();
  await expect.poll(() => page.$eval(role('link', name), (a) => a.getAttribute('aria-current'))).toBe('page');
  await expect.poll(() => page.$('::-p-text(Loading…)')).toBeNull();
}

async function chooseProfession(page: Page, profession: string, dateLabel: string, date: string) {
  await showTab(page, 'Settings');
  await selectByLabel(await byRole(page, 'combobox', 'Profession'), profession);
  await seeText(page, 'Saved');
  const renewal = await byLabel(page, dateLabel);
  await fill(renewal, date);
  expect(await fieldValue(renewal)).toBe(date);
}

const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

async function exportAs(page: Page, format: string, file: RegExp) {
  await showTab(page, 'Export and backup');
  await selectByLabel(await byRole(page, 'combobox', 'Format'), format);
  await (await byRole(page, 'button', 'Export')).click();
  return docxParagraphs(await downloaded(session, file));
}

describe('Revalidation in Firefox ESR (#16)', () => {
  it('a nurse sets a renewal date, chooses five accounts and exports them numbered 1 to 5 with Q3 and Q4 filled', async () => {
    await chooseProfession(
      options,
      'Nurse, midwife or nursing associate (NMC)',
      'NMC renewal date',
      '2028-05-31',
    );
    await showTab(options, 'Export and backup');
    const input = (await byLabel(options, 'Backup file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(backupPath);
    await (await byRole(options, 'button', 'Import backup')).click();
    await seeText(options, 'Backup imported: 6 reflections added');

    await showTab(options, 'Readiness');
    // Dates follow the browser's language (en-US here, en-GB for most users).
    expect(await bodyText(options)).toMatch(
      /Your period runs from (1 June 2025|June 1, 2025) to (31 May 2028|May 31, 2028):/,
    );
    await seeText(options, '6 (you need 5)');
    const five = [5, 0, 1, 2, 3].map((i) => backup.reflections[i] as Stored);
    const choose = await byRole(options, 'group', 'Choose your five');
    for (const [i, r] of five.entries()) {
      await (await byRole(choose, 'checkbox', nameOf(r))).click();
      await seeText(choose, `Account ${i + 1}: ${nameOf(r)}`);
    }
    const sixth = await byRole(choose, 'checkbox', nameOf(backup.reflections[4] as Stored));
    expect(await sixth.evaluate((el) => (el as HTMLInputElement).disabled)).toBe(true);

    await showTab(options, 'Export and backup');
    const scope = await byRole(options, 'radio', 'My chosen five (5)');
    expect(await scope.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    const paragraphs = await exportAs(options, 'NMC reflective accounts (Word)', /\.docx$/);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Reflective account: ${n}`),
    );
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      five.map((r) => r.title),
    );
    const answerTo = (label: string) =>
      paragraphs.flatMap((p, i) => (p.text === label ? [paragraphs[i + 1]?.text] : []));
    expect(answerTo('How did you change or improve your practice as a result?')).toEqual(
      five.map((r) => r.changed),
    );
    expect(answerTo('How this relates to the Code')).toEqual(five.map((r) => r.codeRelation));
    expect(paragraphs.filter((p) => p.text.startsWith('☒')).length).toBeGreaterThanOrEqual(5);
  });

  it('an allied health professional exports an HCPC CPD profile with its sections', async () => {
    // Same profile, now an AHP: the six reflections imported above are the evidence.
    await chooseProfession(options, 'Allied health professional (HCPC)', 'HCPC renewal date', '2027-03-31');
    await showTab(options, 'Readiness');
    await byRole(options, 'heading', 'HCPC CPD profile');
    expect(await bodyText(options)).toMatch(
      /Your profile covers (1 April 2025|April 1, 2025) to (31 March 2027|March 31, 2027):/,
    );
    const summary = 'I am an occupational therapist in a community rehabilitation team.';
    await fill(await byLabel(options, 'Summary of practice history'), summary);
    await seeText(options, '10 of 500 words.');

    const paragraphs = await exportAs(options, 'HCPC CPD profile (Word)', /\.docx$/);
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
});
