import { browser } from 'wxt/browser';

/** Opens capture in its own small window: a popup cannot be opened from a page or menu everywhere. */
export async function openCaptureWindow(from: 'prompt' | 'selection', pageUrl?: string): Promise<void> {
  const params = new URLSearchParams({ window: '1', from });
  if (pageUrl) params.set('page', pageUrl);
  const url = browser.runtime.getURL(`/popup.html?${params}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 460, height: 720 });
  } catch {
    await browser.tabs.create({ url });
  }
}
