import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en_GB/messages.json';

export type MessageKey = keyof typeof messages;

/** Every user-visible string comes from _locales, so a translation is a new file, not a code change. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // WXT's generated key type lags behind until `wxt prepare`; MessageKey above is the source of truth.
  const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}
