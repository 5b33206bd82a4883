import { setSettings, tabIdOf } from './support/extension-data';
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

test('the popup says why a planning page got no card, and follows the next decision as it is made', async ({
  openSitePage,
  worker,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite();
  await setSettings(worker, { promptsEnabled: false });
  const page = await openSitePage('agenda.html');
  // With prompts off no card could show, so the page is left unread when it loads...
  expect(await decided(page)).toBe('unread prompts-off');
  // ...and read when the user opens the popup on it.
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, page)}`);
  await expect(page.locator('html')).toHaveAttribute('data-pom-test-decision', 'planning prompts-off');
  const why = popup.getByText('No prompt here: prompts are switched off in settings.');
  await expect(why).toBeVisible();
  // Switching prompts back on makes the background decide again; the open popup hears the new decision.
  await setSettings(worker, { promptsEnabled: true });
  await expect(promptChip(page)).toBeVisible();
  await expect(why).toHaveCount(0);
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

test('switching a site on from the popup reads the page already open, without a reload', async ({
  context,
  server,
  worker,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite({ sites: [] });
  const page = await context.newPage();
  await page.goto(`${server.origin}/agenda.html`);
  // A mark in the page's own state, which a reload would wipe.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, page)}`);
  await popup.getByRole('button', { name: 'Enable on this site' }).click();
  await expect(promptChip(page)).toBeVisible();
  expect(await decided(page)).toContain('planning');
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
});

test('a page on a site that has just shown a card is left unread, and read when the popup opens on it', async ({
  openSitePage,
  worker,
  enableLocalSite,
  openExtensionPage,
}) => {
  // Default settings: one card per site every two hours.
  await enableLocalSite();
  const first = await openSitePage('agenda.html');
  expect(await decided(first)).toBe('planning shown');
  const second = await openSitePage('wide-strategy.html');
  expect(await decided(second)).toBe('unread site-cooldown');
  // The watcher never ran in the second page: the extension's own script world there holds nothing of it.
  const watched = (page: typeof first) =>
    tabIdOf(worker, page).then((tabId) =>
      worker.evaluate(
        async (id) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId: id },
              func: () => 'pomWatch' in globalThis,
            })
          )[0]?.result,
        tabId,
      ),
    );
  expect(await watched(first)).toBe(true);
  expect(await watched(second)).toBe(false);

  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, second)}`);
  await expect(second.locator('html')).toHaveAttribute('data-pom-test-decision', 'planning site-cooldown');
  await expect(
    popup.getByText('No prompt here: this site had a prompt a short while ago, so it is resting.'),
  ).toBeVisible();
  expect(await watched(second)).toBe(true);
  await expect(promptChip(second)).toHaveCount(0);
});

test('a client-side route in a page left unread is a new chance to read it', async ({
  openSitePage,
  worker,
  enableLocalSite,
}) => {
  await enableLocalSite();
  await setSettings(worker, { promptsEnabled: false });
  const page = await openSitePage('spa.html');
  expect(await decided(page)).toBe('unread prompts-off');
  await expect(page.locator('html')).not.toHaveAttribute('data-pom-test-unread-at', /view=plan/);
  await page.getByRole('link', { name: 'Service improvement plan' }).click();
  // The new route is weighed (at its own address); prompts are still off, so the page stays unread.
  await expect(page.locator('html')).toHaveAttribute('data-pom-test-unread-at', /view=plan/);
  expect(await decided(page)).toBe('unread prompts-off');
});
