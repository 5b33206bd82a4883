import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
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
  await expect(popup.getByText('Saved to your reflection log.')).toBeVisible();
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
  await saveFromPopup(popup, 'Ward round with families', 'Families joined the ward round for the first time.');
  await popup.close();

  await log.bringToFront();
  await expect(log.getByRole('link', { name: 'Ward round with families', exact: true })).toBeVisible();
  await goTo(log, 'Export and backup');
  const dir = testInfo.outputPath('downloads');
  fs.mkdirSync(dir, { recursive: true });
  const backup = await downloadBackup(log, dir);
  expect(backup.reflections.map((r) => r.title)).toEqual(['Ward round with families']);
});
