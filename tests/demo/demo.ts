/// <reference types="chrome" />
/**
 * npm run demo: builds the extension, serves the demo intranet and opens Chromium with it loaded.
 * With no display it runs headless and writes screenshots instead, saying where.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser-path';
import { tabIdOf } from '../e2e/support/extension-data';
import { startFixtureServer } from '../e2e/support/server';

// The demo build is the test build: it pre-grants 127.0.0.1, where the demo intranet is served.
execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, WXT_POM_TEST: '1' } });
const extension = path.resolve('.output-test/chrome-mv3');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = path.resolve('demo-output');

const server = await startFixtureServer();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  viewport: { width: 1280, height: 800 },
  args: [...chromiumArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(async () => {
  await chrome.storage.sync.set({
    settings: { onboarded: true, profession: 'nurse-midwife', sites: ['http://127.0.0.1/*'] },
  });
});

const page = await context.newPage();
await page.goto(`${server.origin}/agenda.html`);
// The card arrives as a small chip at the page edge; it opens when the user chooses.
const chip = page.getByRole('button', { name: /^Power of Many prompt:/ });
await chip.waitFor({ timeout: 15_000 });
const card = page.getByRole('complementary');
console.log(`Demo intranet: ${server.origin}/agenda.html`);

if (headless) {
  fs.mkdirSync(outDir, { recursive: true });
  const chipShot = path.join(outDir, 'demo-chip.png');
  await page.screenshot({ path: chipShot });
  await chip.click();
  await card.getByRole('button', { name: 'Try this, and why' }).click();
  const shot = path.join(outDir, 'demo-agenda.png');
  await page.screenshot({ path: shot });
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 800 });
  const tabId = await tabIdOf(worker, page);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { name: 'Record a reflection' }).waitFor();
  const popupShot = path.join(outDir, 'demo-popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`No display, so the demo ran headless. Screenshots:\n  ${chipShot}\n  ${shot}\n  ${popupShot}`);
  await context.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
} else {
  console.log('Chromium is open with Power of Many loaded. Press Ctrl+C to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  context.on('close', () => void stop());
}
