import type { ContentMessage } from '../messaging/protocol';

/*
 * The few browser APIs the scripts in pages need, from whichever namespace the browser provides
 * (Firefox's promise-based `browser`, Chromium's `chrome`). No polyfill: the watcher runs in every page
 * of an enabled site and must stay tiny, and the card needs only these two calls.
 */
type PageApi = {
  runtime?: { id?: string; sendMessage: (message: unknown) => Promise<unknown> };
  i18n?: { getMessage: (key: string, substitutions?: string | string[]) => string };
};

const ns = globalThis as { browser?: PageApi; chrome?: PageApi };
const api = (): PageApi => (ns.browser?.runtime ? ns.browser : (ns.chrome ?? {}));

/** The extension's id, or undefined once this script is orphaned (the extension updated or went). */
export const runtimeId = (): string | undefined => api().runtime?.id;

/** Typed sending, so a message that does not fit the protocol fails to compile. */
export function sendFromPage(message: ContentMessage): Promise<unknown> {
  const runtime = api().runtime;
  return runtime ? runtime.sendMessage(message) : Promise.reject(new Error('no-extension-runtime'));
}

export function pageMessages(key: string, substitutions?: string | string[]): string {
  return api().i18n?.getMessage(key, substitutions) ?? '';
}
