/// <reference types="chrome" />
import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';
import { launchWithTestExtension } from './launch';

export type FreshProfile = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  openExtensionPage: (file: string) => Promise<Page>;
  /** Closes the browser, checks the extension made no network requests, and deletes the profile. */
  close: () => Promise<void>;
};

/**
 * A second browser with its own new profile and the test build installed, as on another computer.
 * It keeps the same privacy check as the `context` fixture: nothing from the extension goes to the network.
 */
export async function launchFreshProfile(): Promise<FreshProfile> {
  const launched = await launchWithTestExtension();
  const { context } = launched;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let closed = false;
  return {
    context,
    worker,
    extensionId,
    openExtensionPage: async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      await page.bringToFront();
      return page;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await launched.dispose();
      expect(
        launched.networkOffenders,
        'network requests made by the extension in the fresh profile',
      ).toEqual([]);
    },
  };
}
