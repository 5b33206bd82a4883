import path from 'node:path';
import { expect, test } from './support/fixtures';

test('debug', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#export');
  await page
    .getByLabel('Backup file')
    .setInputFiles(path.resolve(import.meta.dirname, '../fixtures/backups/sample-backup.json'));
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByText(/^Backup imported/)).toBeVisible();
  await page.getByRole('link', { name: 'Log', exact: true }).click();
  await page.getByLabel('Appraisal year').selectOption({ label: 'April 2025 to March 2026' });
  await page.getByRole('link', { name: 'Export and backup' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Export and backup');
  const sel = page.getByLabel('Format', { exact: true });
  console.log('before', await sel.inputValue());
  await sel.selectOption({ label: 'NMC reflective accounts (Word)' });
  console.log('right after', await sel.inputValue());
  await page.waitForTimeout(500);
  console.log('after 500ms', await sel.inputValue());
  await sel.selectOption({ label: 'NMC reflective accounts (Word)' });
  await page.waitForTimeout(500);
  console.log('second try', await sel.inputValue());
  console.log(
    await page.evaluate(() =>
      [...document.querySelectorAll('select')].map(
        (s) =>
          s.id +
          '=' +
          s.value +
          ' opts:' +
          [...s.options].map((o) => o.value + (o.disabled ? '(d)' : '')).join('|'),
      ),
    ),
  );
  await sel.selectOption({ label: 'Spreadsheet (CSV)' });
  console.log('csv', await sel.inputValue());
});
