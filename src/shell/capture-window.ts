import { browser } from 'wxt/browser';

/** Opens capture in its own small window: a popup cannot be opened from a page or menu everywhere. */
export async function openCaptureWindow(from: 'prompt' | 'selection'): Promise<void> {
  const url = browser.runtime.getURL(`/popup.html?window=1&from=${from}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 460, height: 720 });
  } catch {
    await browser.tabs.create({ url });
  }
}
