/// <reference types="chrome" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser-path';
import { testExtensionDir } from './fixtures';

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
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-e2e-fresh-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...chromiumArgs,
      `--disable-extensions-except=${testExtensionDir}`,
      `--load-extension=${testExtensionDir}`,
    ],
  });
  const offenders: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = '';
    }
    if (from.startsWith('chrome-extension://')) offenders.push(`${from} -> ${url}`);
  });
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
      return page;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      expect(offenders, 'network requests made by the extension in the fresh profile').toEqual([]);
    },
  };
}
