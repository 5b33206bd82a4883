import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decided, decisions, type Ext, type FirefoxSession, launchFirefox, seeText, until } from './support';

type Seen = { messages: string[]; added: Array<{ tag: string; attributes: string[] }>; upgraded: number };

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
  // Every test here shows a card on the same site, so neither the cool-down nor the daily cap stops one.
  await session.enableLocalSite({ siteCooldownMinutes: 0, dailyCap: 20 });
});

afterAll(async () => {
  await session?.close();
});

const seenBy = (page: Page) =>
  page.evaluate(() => {
    const seen = (window as unknown as { __seen: Seen }).__seen;
    return { messages: [...seen.messages], added: [...seen.added], upgraded: seen.upgraded };
  });

describe('A hostile page in Firefox ESR (#12)', () => {
  it('cannot read the card, run script through it, or hide it', async () => {
    const page = await session.openSitePage('hostile.html');
    expect(await decided(page)).toBe('planning shown');
    // The page's own view: one plain element with no attributes, a closed shadow root and no text, and
    // its sabotage of attachShadow never reached us.
    const view = await page.evaluate(() => {
      const host = [...document.querySelectorAll('div')].find(
        (d) => d.parentElement === document.body && !d.id && d.textContent === '',
      ) as HTMLElement;
      const style = getComputedStyle(host);
      return {
        shadowRoot: host.shadowRoot === null ? 'hidden' : 'exposed',
        text: host.textContent,
        stolen: (window as unknown as { __stolenShadow?: boolean }).__stolenShadow ?? false,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        display: style.display,
        visibility: style.visibility,
      };
    });
    expect(view).toEqual({
      shadowRoot: 'hidden',
      text: '',
      stolen: false,
      pwned: 0,
      display: 'block',
      visibility: 'visible',
    });
    expect((await seenBy(page)).added).toEqual([{ tag: 'div', attributes: [] }]);
    // The next test opens the same address and finds its tab by it.
    await page.close();
  });

  it('sees no extension id, cannot stop detection, and cannot bring a closed card back', async () => {
    const page = await session.openSitePage('hostile.html');
    expect(await decided(page)).toBe('planning shown');
    const extension = await session.anExtensionPage();
    const { tabId, address, id } = await extension.evaluate(async (url) => {
      const { browser } = globalThis as unknown as Ext;
      const tab = (await browser.tabs.query({})).find((t) => t.url === url);
      return { tabId: tab?.id ?? -1, address: browser.runtime.getURL('/'), id: browser.runtime.id };
    }, page.url());

    // Close the card from the keyboard (its shadow root is closed, as in production): the shortcut opens
    // it with focus on its first button ("make small"); the next is "close". Keys go to the active tab.
    await page.bringToFront();
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    // The open card's code is fetched the first time: wait until focus has moved into the card's host.
    await until(
      () =>
        page.evaluate(() => {
          const active = document.activeElement;
          return active?.localName === 'div' && active.parentElement === document.body;
        }),
      (inCard) => inCard,
      'focus in the opened card',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        extension.evaluate(async (key) => {
          const { browser } = globalThis as unknown as Ext;
          return JSON.stringify(await browser.storage.session.get(key));
        }, `page:${tabId}:0`),
      )
      .toContain('"decision":"closed"');

    // The page impersonates WXT (a newer script starting, a location change), fires popstate and
    // hashchange without moving, rewrites history in place and changes its own text.
    const before = await decisions(page);
    await page.evaluate(() => (window as unknown as { __impersonate: () => void }).__impersonate());
    // Detection carried on (a new decision arrived after the page's tricks) and the card stayed closed.
    expect(await decided(page, before + 1)).toBe('planning closed');
    const seen = await seenBy(page);
    expect(seen.upgraded).toBe(0);
    expect(seen.added.filter((a) => a.tag !== 'div' || a.attributes.length > 0)).toEqual([]);
    // The only window messages are the page's own; none carries the extension's id or address.
    const messages = seen.messages.join('\n');
    expect(messages).not.toContain(id);
    expect(messages).not.toContain(new URL(address).host);
    expect(messages).not.toContain('moz-extension');
    expect(
      seen.messages.every((m) => m.startsWith(session.origin) && m.includes('wxt:content-script-started')),
    ).toBe(true);
    // Root attributes: the page's own, and the decision stamp that only test builds write.
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual([
      'lang',
      'data-pom-test-closed-card',
      'data-pom-test-decision',
      'data-pom-test-decisions',
    ]);
  });

  it('hostile titles and headings stay inert text in the popup', async () => {
    // Test builds open the popup for a page whose address asks for it (BiDi cannot open extension pages).
    await session.openSitePage('hostile.html?pom-test-popup');
    const popup = await session.extensionPage('popup.html?tab=');
    await seeText(popup, 'Looks like a meeting agenda being drafted.');
    await (await seeText(popup, 'What Power of Many noticed')).click();
    await seeText(popup, 'matters arising');
    const region = await popup.waitForSelector('::-p-aria([role="region"][name="This page"])');
    expect(await region?.$$('img, script')).toEqual([]);
  });
});
