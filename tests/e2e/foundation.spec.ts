import { expect, test } from './support/fixtures';

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

test('the planning script runs on an enabled site and nowhere else', async ({
  openSitePage,
  context,
  server,
  enableLocalSite,
}) => {
  await enableLocalSite();
  await openSitePage('leaflet.html');
  const other = await context.newPage();
  await other.goto(`${server.origin.replace('127.0.0.1', 'localhost')}/leaflet.html`);
  await other.waitForTimeout(1000);
  await expect(other.locator('html')).not.toHaveAttribute('data-power-of-many', 'ready');
});
