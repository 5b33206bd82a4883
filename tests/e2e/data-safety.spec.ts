import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readStore } from './support/extension-data';
import { expect, test } from './support/fixtures';

type BackupFile = { reflections: { id: string; title: string; what: string }[] };

async function goTo(page: Page, tab: 'Log' | 'Export and backup' | 'Deleted') {
  await page
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name: tab, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
}

async function saveFromPopup(popup: Page, title: string, what: string) {
  await popup.getByLabel('Title').fill(title);
  await popup.getByLabel('What happened?').fill(what);
  await popup.getByRole('button', { name: 'Save reflection' }).click();
  // Either way it is saved; the second wording also warns about identifying details.
  await expect(popup.getByText(/^Saved(\. Some text may identify| to your reflection log\.)/)).toBeVisible();
}

async function downloadBackup(page: Page, dir: string): Promise<BackupFile> {
  const select = page.getByLabel('Format', { exact: true });
  await select.selectOption({ label: 'Full backup (JSON)' });
  await expect(select).toHaveValue('json');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  return JSON.parse(fs.readFileSync(saved, 'utf8')) as BackupFile;
}

test('a reflection saved from the popup while the log is open is in the log and in a full backup', async ({
  openExtensionPage,
}, testInfo) => {
  const log = await openExtensionPage('options.html#log');
  await expect(log.getByRole('status').filter({ hasText: /^No reflections yet/ })).toBeVisible();

  const popup = await openExtensionPage('popup.html');
  await saveFromPopup(
    popup,
    'Ward round with families',
    'Families joined the ward round for the first time.',
  );
  await popup.close();

  await log.bringToFront();
  await expect(log.getByRole('link', { name: 'Ward round with families', exact: true })).toBeVisible();
  await goTo(log, 'Export and backup');
  const dir = testInfo.outputPath('downloads');
  fs.mkdirSync(dir, { recursive: true });
  const backup = await downloadBackup(log, dir);
  expect(backup.reflections.map((r) => r.title)).toEqual(['Ward round with families']);
});

/** Every record in every store of the extension's IndexedDB, as one string, to prove a text is gone. */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const all: unknown[] = [];
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => all.push(request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(all));
          };
        };
      }),
  );
}

async function storedIdOf(page: Page, title: string): Promise<string> {
  const stored = await readStore<{ id: string; title: string }>(page, 'reflections');
  const found = stored.find((r) => r.title === title);
  if (!found) throw new Error(`no stored reflection called ${title}`);
  return found.id;
}

test('two tabs editing one reflection: the second save shows both texts and the user chooses', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await saveFromPopup(popup, 'Carers forum', 'Carers asked to co-chair.');
  const id = await storedIdOf(popup, 'Carers forum');

  const first = await openExtensionPage(`options.html#edit/${id}`);
  const second = await openExtensionPage(`options.html#edit/${id}`);
  await expect(second.getByLabel('Title')).toHaveValue('Carers forum');
  await second.getByLabel('What happened?').fill('Carers asked to co-chair, and we agreed.');

  await first.bringToFront();
  await expect(first.getByLabel('Title')).toHaveValue('Carers forum');
  await first.getByLabel('Title').fill('Carers forum, June');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByText('Changes saved.', { exact: false })).toBeVisible();

  await second.bringToFront();
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second
    .getByRole('alert')
    .filter({ hasText: 'This reflection changed in another tab or window' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /^Title/ })).toContainText('Carers forum, June');
  await expect(conflict.getByRole('row', { name: /^What happened/ })).toContainText(
    'Carers asked to co-chair, and we agreed.',
  );
  // Nothing was overwritten while the user decides.
  let stored = await readStore<{ id: string; title: string; what: string }>(second, 'reflections');
  expect(stored).toEqual([
    expect.objectContaining({ title: 'Carers forum, June', what: 'Carers asked to co-chair.' }),
  ]);

  await conflict.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(second.getByText('Changes saved.', { exact: false })).toBeVisible();
  stored = await readStore(second, 'reflections');
  expect(stored).toEqual([expect.objectContaining({ what: 'Carers asked to co-chair, and we agreed.' })]);
});

test('a deleted reflection can be put back after another delete and a change of view', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await saveFromPopup(popup, 'First reflection', 'One.');
  await saveFromPopup(popup, 'Second reflection', 'Two.');
  const log = await openExtensionPage('options.html#log');
  await log.getByRole('button', { name: 'Delete “First reflection”' }).click();
  await log.getByRole('button', { name: 'Delete “Second reflection”' }).click();
  await goTo(log, 'Export and backup');
  await goTo(log, 'Log');
  await log.getByRole('button', { name: 'Undo' }).click();
  await expect(log.getByRole('link', { name: 'Second reflection', exact: true })).toBeVisible();
  await log.getByRole('button', { name: 'Undo' }).click();
  await expect(log.getByRole('link', { name: 'First reflection', exact: true })).toBeVisible();
});

test('a deleted reflection leaves no text in the database once its 30 days pass, or the trash is emptied', async ({
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const popup = await openExtensionPage('popup.html');
  await saveFromPopup(popup, 'Bay four', 'Mrs Okafor in bay four asked about her discharge.');
  await saveFromPopup(popup, 'Handover', 'Mr Lindqvist was handed over twice.');
  const log = await openExtensionPage('options.html#log');
  // An unsaved edit, which must go with the reflection.
  await log.getByRole('link', { name: 'Bay four', exact: true }).click();
  await log.getByLabel('So what? What did you learn?').fill('Mrs Okafor again, in a draft');
  await expect.poll(async () => (await everythingStored(log)).includes('in a draft')).toBe(true);
  await log.goto(log.url().replace(/#.*/, '#log'));
  await log.getByRole('button', { name: 'Delete “Bay four”' }).click();
  await log.getByRole('button', { name: 'Delete “Handover”' }).click();
  await goTo(log, 'Deleted');
  await expect(log.getByRole('rowheader')).toHaveText(['Handover', 'Bay four']);
  expect(await everythingStored(log)).toContain('Mrs Okafor');

  // Empty now: every deleted reflection and its drafts are gone.
  await log.getByRole('button', { name: 'Delete all of these for good' }).click();
  await log.getByRole('button', { name: 'Yes, delete them for good' }).click();
  await expect(log.getByText('Deleted reflections emptied.', { exact: false })).toBeVisible();
  const after = await everythingStored(log);
  expect(after).not.toContain('Mrs Okafor');
  expect(after).not.toContain('Lindqvist');

  // Left to expire: 30 days later (the page's clock moved on), opening the log removes it for good.
  await saveFromPopup(popup, 'Clinic', 'Dr Achebe ran the clinic alone.');
  await goTo(log, 'Log');
  await log.getByRole('button', { name: 'Delete “Clinic”' }).click();
  expect(await everythingStored(log)).toContain('Achebe');
  const future = await log.context().newPage();
  await future.clock.install({ time: Date.now() + 31 * 86_400_000 });
  await future.goto(log.url().replace(/#.*/, '#trash'));
  await expect(future.getByText('Nothing has been deleted in the last 30 days.')).toBeVisible();
  expect(await everythingStored(future)).not.toContain('Achebe');
});

test('"Delete all data" waits for a backup the browser reports written, or an explicit choice not to', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await saveFromPopup(popup, 'Keep me', 'Something worth backing up.');
  const page = await openExtensionPage('options.html#export');
  const zone = page.getByRole('region', { name: 'Delete all data' });
  await zone.getByLabel('Type DELETE to confirm').fill('DELETE');
  await zone.getByRole('button', { name: 'Delete all data' }).click();
  await expect(
    zone.getByText('Save a backup first and wait until it says it was saved and checked'),
  ).toBeVisible();
  expect(await readStore(page, 'reflections')).toHaveLength(1);

  await zone.getByRole('button', { name: 'Save a backup first' }).click();
  await expect(zone.getByText(/^Backup saved and checked: .+\. Keep it somewhere safe\.$/)).toBeVisible({
    timeout: 15_000,
  });
  await zone.getByRole('button', { name: 'Delete all data' }).click();
  await expect(
    zone.getByText('All your reflections, drafts, prompt history and prompt packs have been deleted.'),
  ).toBeVisible();
  expect(await readStore(page, 'reflections')).toHaveLength(0);
});

test('onboarding says that uninstalling deletes every reflection', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('onboarding.html');
  await expect(page.getByText('Uninstalling Power of Many deletes every one of them')).toBeVisible();
});
