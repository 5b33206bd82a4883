import { decided, decisions, expect, test } from './support/fixtures';

test('the service worker starts and the popup renders', async ({ worker, openExtensionPage }) => {
  expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Power of Many' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Record a reflection' })).toBeVisible();
});

test('onboarding opens on first install', async ({ context, extensionId }) => {
  const onboarding =
    context.pages().find((p) => p.url().includes('onboarding.html')) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url().includes('onboarding.html') }));
  expect(onboarding.url()).toContain(extensionId);
  await expect(onboarding.getByRole('heading', { name: 'Welcome to Power of Many' })).toBeVisible();
});

test('the watcher runs on an enabled site and nowhere else', async ({
  openSitePage,
  context,
  server,
  worker,
  enableLocalSite,
}) => {
  await enableLocalSite();
  const other = await context.newPage();
  await other.goto(`${server.origin.replace('127.0.0.1', 'localhost')}/leaflet.html`);
  // Loaded after the ungranted page, so by the time this one is decided that one would have been too.
  const enabled = await openSitePage('leaflet.html');
  expect(await decided(enabled)).toContain('not-planning');
  expect(await decisions(other)).toBe(0);
  const recorded = await worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  expect(recorded).toContain('127.0.0.1');
  expect(recorded).not.toContain('localhost');
});
