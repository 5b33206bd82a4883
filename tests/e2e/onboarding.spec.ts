import { expect, promptChip, test } from './support/fixtures';

test('onboarding chooses a profession and a site; that site gets prompts and an ungranted one does not', async ({
  context,
  server,
  worker,
  openExtensionPage,
}) => {
  const onboarding = await openExtensionPage('onboarding.html');
  await onboarding.getByRole('radio', { name: 'Doctor (GMC)' }).check();
  await onboarding.getByLabel('Another intranet or site').fill('http://127.0.0.1');
  await onboarding.getByRole('button', { name: 'Add site' }).click();
  await expect(onboarding.getByText('http://127.0.0.1/*', { exact: true })).toBeVisible();
  await onboarding.getByRole('radio', { name: 'Rarely: at most one a day' }).check();
  await onboarding.getByRole('button', { name: 'Finish' }).click();
  await expect(
    onboarding.getByText(/You're set\. Power of Many is working on the sites you chose/),
  ).toBeVisible();

  const saved = await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  expect(saved).toMatchObject({
    onboarded: true,
    profession: 'doctor',
    dailyCap: 1,
    sites: ['http://127.0.0.1/*'],
  });

  const page = await context.newPage();
  await page.goto(`${server.origin}/agenda.html`);
  await expect(promptChip(page)).toBeVisible();

  const ungranted = await context.newPage();
  await ungranted.goto(`${server.origin.replace('127.0.0.1', 'localhost')}/agenda.html`);
  await ungranted.waitForLoadState('load');
  // Nothing runs where the user gave no permission: the background cannot even see that tab's address,
  // so it has nothing to inject into, while it sees the granted one.
  const addresses = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''));
  expect(addresses.some((a) => a.startsWith('http://127.0.0.1'))).toBe(true);
  expect(addresses.some((a) => a.includes('localhost'))).toBe(false);
  await expect(promptChip(ungranted)).toHaveCount(0);
  expect(
    await ungranted.evaluate(() => document.documentElement.hasAttribute('data-pom-test-decision')),
  ).toBe(false);

  // The profession shapes capture: a doctor sees appraisal fields, not NMC ones.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('group', { name: 'Medical appraisal' })).toBeVisible();
  await expect(popup.getByRole('group', { name: 'NMC revalidation' })).toHaveCount(0);
});

test('changing the daily cap in settings takes effect in a tab that is already open', async ({
  openSitePage,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite({ dailyCap: 0 });
  const page = await openSitePage('agenda.html');
  // openSitePage waited for the background's decision: with no prompts allowed today, no card.
  await expect(promptChip(page)).toHaveCount(0);

  const settings = await openExtensionPage('options.html#settings');
  const cap = settings.getByLabel('Most prompts a day');
  await cap.fill('2');
  await cap.press('Tab');
  await expect(settings.getByText('Saved. Open tabs use the new setting straight away.')).toBeVisible();

  await expect(promptChip(page)).toBeVisible();
});
