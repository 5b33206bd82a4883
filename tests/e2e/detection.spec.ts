import { tabIdOf } from './support/extension-data';
import { decided, decisions, expect, promptChip, test } from './support/fixtures';

test('the popup shows a planning detection and its signals', async ({
  openSitePage,
  worker,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite();
  const page = await openSitePage('agenda.html');
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, page)}`);
  await expect(popup.getByText('Looks like a meeting agenda being drafted.')).toBeVisible();
  await popup.getByText('What Power of Many noticed').click();
  await expect(popup.getByRole('listitem').first()).toBeVisible();
});

test('the popup shows no planning on a leaflet', async ({
  openSitePage,
  worker,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite();
  const page = await openSitePage('leaflet.html');
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, page)}`);
  await expect(popup.getByText("This doesn't look like planning work, so no prompts here.")).toBeVisible();
});

test('a client-side route change to a plan is detected again', async ({ openSitePage, enableLocalSite }) => {
  await enableLocalSite();
  const page = await openSitePage('spa.html');
  expect(await decided(page)).toBe('not-planning unsure-detection');
  await expect(promptChip(page)).toHaveCount(0);
  const before = await decisions(page);
  await page.getByRole('link', { name: 'Service improvement plan' }).click();
  expect(await decided(page, before + 1)).toBe('planning shown');
  await expect(promptChip(page)).toBeVisible();
});
