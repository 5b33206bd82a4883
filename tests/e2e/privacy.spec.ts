import { dumpDatabase, readStore } from './support/extension-data';
import { expect, test } from './support/fixtures';

/*
 * Issue #11, points 7 and 11: intranet page titles and addresses carry patient details. A reflection
 * captured from such a page keeps neither unless the user ticks to keep it: not in the reflection, not in
 * a draft, not in any other store, and not in the capture window's own address.
 */
const NHS = '999 123 4578'; // 999 test range, passes Modulus 11
const DOB = '12/05/1937';
const TITLE = `Clinic list – Jane Roe ${NHS} DOB ${DOB} – agenda (draft)`;
const QUERY = 'patient=9991234578&dob=1937-05-12';

/** Separators removed, so a number is found however a store spaced it. */
const squeezed = (text: string) => text.replace(/[\s.\-/\u00a0]/g, '');

async function captureFromCard(
  openCardOn: (
    file: string,
  ) => Promise<{ page: import('@playwright/test').Page; card: import('@playwright/test').Locator }>,
  context: import('@playwright/test').BrowserContext,
) {
  const { page, card } = await openCardOn(`agenda.html?${QUERY}`);
  await page.evaluate((title) => {
    document.title = title;
  }, TITLE);
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?window=1') });
  await card.getByRole('button', { name: 'Reflect on this' }).click();
  const capture = await opened;
  // The capture window's own address carries nothing about the page.
  expect(capture.url()).not.toContain('9991234578');
  expect(capture.url()).not.toContain('127.0.0.1');
  expect(decodeURIComponent(capture.url())).not.toContain('Clinic');
  await expect(capture.getByLabel('Page title')).toHaveValue(TITLE);
  await expect(capture.getByLabel("Keep this page's title with the reflection")).not.toBeChecked();
  await expect(capture.getByLabel("Keep this page's address with the reflection")).not.toBeChecked();
  // The guard checks the title like any other text.
  await expect(capture.getByText(`“${NHS}”`)).toBeVisible();
  await expect(capture.getByText(`“${DOB}”`)).toBeVisible();
  await capture.getByLabel('What happened?').fill('We set the agenda before asking the patient panel.');
  return capture;
}

test('a page title holding an NHS number and a date of birth leaves no trace unless kept', async ({
  openCardOn,
  context,
}) => {
  const capture = await captureFromCard(openCardOn, context);
  // Let the draft autosave with the text typed, then look at every store before and after saving.
  await expect
    .poll(async () => (await readStore<{ fields: { what: string } }>(capture, 'drafts'))[0]?.fields.what)
    .toContain('patient panel');
  for (const json of Object.values(await dumpDatabase(capture))) {
    expect(squeezed(json)).not.toContain('9991234578');
    expect(json).not.toContain('1937');
  }
  await capture.getByRole('button', { name: 'Save reflection' }).click();
  await expect(capture.getByText('Saved to your reflection log.')).toBeVisible();

  const stores = await dumpDatabase(capture);
  expect(Object.keys(stores)).toEqual(expect.arrayContaining(['reflections', 'drafts']));
  expect(stores.reflections).toContain('patient panel');
  for (const [store, json] of Object.entries(stores)) {
    expect(squeezed(json), store).not.toContain('9991234578');
    expect(json, store).not.toContain('1937');
    expect(json, store).not.toContain('Clinic list');
    expect(json, store).not.toContain('patient=');
  }
});

test('the page title is stored, and flagged, when the user keeps it', async ({ openCardOn, context }) => {
  const capture = await captureFromCard(openCardOn, context);
  await capture.getByLabel("Keep this page's title with the reflection").check();
  await capture.getByRole('button', { name: 'Save reflection' }).click();
  await expect(capture.getByText(/Saved/)).toBeVisible();
  const [saved] = await readStore<{
    page?: { title: string; url?: string };
    pii: { field: string; kind: string }[];
  }>(capture, 'reflections');
  expect(saved?.page).toEqual({ title: TITLE });
  expect(saved?.pii.filter((f) => f.field === 'pageTitle').map((f) => f.kind)).toEqual([
    'nhs-number',
    'date',
  ]);
});
