/// <reference types="chrome" />
import {
  type BrowserContext,
  test as base,
  expect,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { launchWithTestExtension } from './launch';
import { startFixtureServer } from './server';

type Fixtures = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (popup.html, options.html…) in a tab. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** Opens a demo-site page (e.g. "agenda.html") in a new tab and waits until the background has decided about it. */
  openSitePage: (file: string) => Promise<Page>;
  /** Enables the demo site with default settings, opens a page on it, and returns the prompt card's region. */
  openCardOn: (file: string) => Promise<{ page: Page; card: Locator }>;
  /** Enables 127.0.0.1 the way a user would have, and waits until the watcher is registered. */
  enableLocalSite: (settings?: Record<string, unknown>) => Promise<void>;
};

export const test = base.extend<Fixtures, { server: { origin: string } }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  context: async ({}, use) => {
    const launched = await launchWithTestExtension();
    await use(launched.context);
    await launched.dispose();
    // The privacy promise, checked on every test: nothing from an extension origin goes to the network.
    expect(launched.networkOffenders, 'network requests made by the extension').toEqual([]);
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      // A tab behind the onboarding tab gets about one frame a second; bring it forward like a user would.
      await page.bringToFront();
      return page;
    });
  },
  openSitePage: async ({ context, server }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${file}`);
      await decided(page);
      return page;
    });
  },
  openCardOn: async ({ enableLocalSite, openSitePage }, use) => {
    await use(async (file) => {
      await enableLocalSite();
      const page = await openSitePage(file);
      return { page, card: await openCard(page) };
    });
  },
  enableLocalSite: async ({ worker }, use) => {
    await use(async (settings = {}) => {
      await worker.evaluate(async (extra) => {
        await chrome.storage.sync.set({
          settings: { onboarded: true, profession: 'nurse-midwife', sites: ['http://127.0.0.1/*'], ...extra },
        });
      }, settings);
    });
  },
});

/**
 * Waits until the background has decided about this page (at least `count` times): test builds stamp
 * each decision on the page's root element. Resolves to what it decided, e.g. "planning shown" or
 * "not-planning unsure-detection", so "no card" tests wait for a real answer rather than a timer.
 */
export async function decided(page: Page, count = 1): Promise<string> {
  await expect
    .poll(async () => Number(await page.locator('html').getAttribute('data-pom-test-decisions')), {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(count);
  return (await page.locator('html').getAttribute('data-pom-test-decision')) ?? '';
}

/** How many decisions the background has made about this page so far. */
export async function decisions(page: Page): Promise<number> {
  return Number((await page.locator('html').getAttribute('data-pom-test-decisions')) ?? 0);
}

/** The card's host in test builds (production hosts carry no attribute at all). */
export const CARD_HOST = '[data-pom-card]';

/** The card at rest: a small button at the page edge named after the prompt. */
export const promptChip = (page: Page): Locator =>
  page.getByRole('button', { name: /^Power of Many prompt:/ });

/** Opens the card from its chip, as a user would, and returns the opened card. */
export async function openCard(page: Page): Promise<Locator> {
  await promptChip(page).click();
  const card = page.getByRole('complementary');
  await expect(card).toBeVisible();
  return card;
}

export { expect } from '@playwright/test';
