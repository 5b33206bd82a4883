import { browser } from 'wxt/browser';
import { installMessages, type MessageLookup } from '../ui/i18n';

/** Call first in every entry point that shows words, before anything renders. */
export function installBrowserMessages(): void {
  installMessages(browser.i18n.getMessage as MessageLookup);
}
