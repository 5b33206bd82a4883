import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser-path';

export const testExtensionDir = path.resolve(import.meta.dirname, '../../../.output-test/chrome-mv3');

export type Launched = {
  context: BrowserContext;
  /** Requests the extension sent beyond its own origin: the privacy promise says there are none. */
  networkOffenders: string[];
  /** Closes the browser and deletes its profile. */
  dispose: () => Promise<void>;
};

/** Chromium with the test build loaded, in a new profile, watching for any request the extension makes. */
export async function launchWithTestExtension(): Promise<Launched> {
  if (!fs.existsSync(path.join(testExtensionDir, 'manifest.json'))) {
    throw new Error(`No test build at ${testExtensionDir}. Run "npm run build:test" first.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...chromiumArgs,
      `--disable-extensions-except=${testExtensionDir}`,
      `--load-extension=${testExtensionDir}`,
    ],
  });
  const networkOffenders: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    let from = '';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = '';
    }
    if (from.startsWith('chrome-extension://')) networkOffenders.push(`${from} -> ${url}`);
  });
  return {
    context,
    networkOffenders,
    dispose: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
