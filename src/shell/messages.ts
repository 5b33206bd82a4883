import { browser } from 'wxt/browser';
import type { ContentMessage, ExtensionPageMessage } from '../messaging/protocol';

/** Typed sending, so a message that does not fit the protocol fails to compile. */
export function sendToBackground(message: ContentMessage | ExtensionPageMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
