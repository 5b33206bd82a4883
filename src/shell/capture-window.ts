import { browser } from 'wxt/browser';
import type { OfferedPage } from '../messaging/router';

/*
 * The page's title and address reach the capture window through the extension's session storage (memory
 * only, readable by extension pages, never by content scripts), not through the window's own address: an
 * address with the page's query string would sit in the window's URL and, where a tab is used, in history.
 */
const OFFER_KEY = 'captureOffer';
type StoredOffer = { id: string; page: OfferedPage };

/** Opens capture in its own small window: a popup cannot be opened from a page or menu everywhere. */
export async function openCaptureWindow(from: 'prompt' | 'selection', page: OfferedPage): Promise<void> {
  const params = new URLSearchParams({ window: '1', from });
  if (page.title || page.url) {
    const offer: StoredOffer = { id: crypto.randomUUID(), page };
    await browser.storage.session.set({ [OFFER_KEY]: offer });
    params.set('offer', offer.id);
  }
  const url = browser.runtime.getURL(`/popup.html?${params}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 460, height: 720 });
  } catch {
    await browser.tabs.create({ url });
  }
}

/** Reads the offer named in the window's address once, and forgets it, so it cannot be picked up twice. */
export async function takeCaptureOffer(id: string | null): Promise<OfferedPage | undefined> {
  if (!id) return undefined;
  const { [OFFER_KEY]: stored } = (await browser.storage.session.get(OFFER_KEY)) as {
    [OFFER_KEY]?: StoredOffer;
  };
  if (!stored || stored.id !== id) return undefined;
  await browser.storage.session.remove(OFFER_KEY);
  const { title, url } = stored.page;
  return {
    ...(typeof title === 'string' && title ? { title: title.slice(0, 500) } : {}),
    ...(typeof url === 'string' && /^https?:\/\//i.test(url) ? { url: url.slice(0, 2048) } : {}),
  };
}
