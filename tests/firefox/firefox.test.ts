import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decided, decisions, type FirefoxSession, launchFirefox, until } from './support';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

/** No cool-down or daily cap, so one test's card does not hold the next page back unread. */
const often = { siteCooldownMinutes: 0, dailyCap: 20 };

describe('Power of Many in Firefox ESR', () => {
  it('onboards, prompts on a planning page, and saves a reflection that appears in the list', async () => {
    const onboarding = await session.extensionPage('onboarding.html');
    await onboarding.locator('::-p-text(Nurse, midwife or nursing associate)').click();
    await onboarding.locator('input[type="text"]').fill('http://127.0.0.1');
    await onboarding.locator('::-p-text(Add site)').click();
    await onboarding.waitForFunction(() => document.body.textContent?.includes('http://127.0.0.1/*'));
    await onboarding.locator('::-p-text(Finish)').click();
    await onboarding.waitForFunction(() => document.body.textContent?.includes("You're set"));

    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/agenda.html`);
    expect(await decided(page)).toBe('planning shown');
    // The card arrives as a small chip; opening it is the user's choice.
    const chip = await page.waitForSelector('[data-pom-card] >>> button.chip');
    await chip?.click();
    const card = await page.waitForSelector('[data-pom-card] >>> aside');
    const text = await card?.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('Reflect on this');

    const reflect = await page.waitForSelector('[data-pom-card] >>> ::-p-text(Reflect on this)');
    await reflect?.click();
    const capture = await session.extensionPage('popup.html');
    await capture.waitForSelector('::-p-text(Reflecting on the prompt)');
    const what = await capture.waitForSelector('textarea');
    await what?.type('We fixed the agenda before asking the patient panel; next time we ask first.');
    await capture.locator('::-p-text(Save reflection)').click();
    await capture.waitForFunction(() => document.body.textContent?.includes('Saved to your reflection log'));
    const listed = await capture.evaluate(() => document.querySelector('.recent')?.textContent ?? '');
    expect(listed.length).toBeGreaterThan(10);
  });

  it('shows nothing on a page that is not planning work', async () => {
    await session.enableLocalSite(often);
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/leaflet.html`);
    expect(await decided(page)).toBe('not-planning unsure-detection');
    expect(await page.$('[data-pom-card]')).toBeNull();
    expect(await page.evaluate(() => document.body.lastElementChild?.localName)).not.toBe('div');
  });

  it("shows this page's detection in the popup", async () => {
    const page = await session.browser.newPage();
    // Test builds open the popup for a page whose address asks for it (BiDi cannot open extension pages).
    await page.goto(`${session.origin}/agenda.html?pom-test-popup`);
    await decided(page);
    const popup = await session.extensionPage('popup.html?tab=');
    await popup.waitForFunction(
      () => document.body.textContent?.includes('Looks like a meeting agenda being drafted.'),
      {
        timeout: 20_000,
      },
    );
  });

  it('detects again after a client-side route change', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/spa.html`);
    expect(await decided(page)).toBe('not-planning unsure-detection');
    const before = Number(await page.evaluate(() => document.documentElement.dataset.pomTestDecisions));
    await page.locator('::-p-text(Service improvement plan)').click();
    expect(await decided(page, before + 1)).toBe('planning shown');
  });

  it('switching a site on reads the page already open, without a reload', async () => {
    await session.enableLocalSite({ ...often, sites: [] });
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/agenda.html`);
    // A mark in the page's own state, which a reload would wipe.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const before = await decisions(page);
    await session.enableLocalSite(often);
    expect(await decided(page, before + 1)).toBe('planning shown');
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
  });

  it('leaves a page unread while the site rests after a card, and reads it when the popup opens', async () => {
    await session.enableLocalSite(often);
    const first = await session.openSitePage('agenda.html?first');
    expect(await decided(first)).toBe('planning shown');
    await session.enableLocalSite({ siteCooldownMinutes: 120, dailyCap: 20 });
    const page = await session.browser.newPage();
    // Test builds open the popup for a page whose address asks for it, as if the user had clicked.
    await page.goto(`${session.origin}/wide-strategy.html?pom-test-popup`);
    expect(await decided(page)).toBe('unread site-cooldown');
    const popup = await session.extensionPage('popup.html?tab=');
    await popup.waitForFunction(() =>
      document.body.textContent?.includes('this site had a prompt a short while ago, so it is resting'),
    );
    const latest = () => page.evaluate(() => document.documentElement.getAttribute('data-pom-test-decision'));
    await until(latest, (v) => v === 'planning site-cooldown', 'the popup had the page read');
  });

  it('weighs a client-side route again in a page left unread on load', async () => {
    await session.enableLocalSite({ ...often, promptsEnabled: false });
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/spa.html`);
    expect(await decided(page)).toBe('unread prompts-off');
    await page.locator('::-p-text(Service improvement plan)').click();
    const unreadAt = () =>
      page.evaluate(() => document.documentElement.getAttribute('data-pom-test-unread-at'));
    await until(unreadAt, (at) => at?.includes('view=plan') ?? false, 'the route was weighed again');
  });
});
