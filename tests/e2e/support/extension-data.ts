/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';

/** Reads a whole object store from the extension's own IndexedDB, from an extension page. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Changes the user's settings the way the options page does, so open tabs hear about it. */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    const { settings = {} } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), ...p } });
  }, patch);
}

/** The browser's id for the tab showing a page, so the popup can be opened for it (popup.html?tab=<id>). */
export function tabIdOf(worker: Worker, page: Page): Promise<number> {
  return worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1,
    page.url(),
  );
}
