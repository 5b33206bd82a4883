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

/** Every record in every object store of the extension's database, as JSON text per store. */
export function dumpDatabase(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const out: Record<string, string> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = JSON.stringify(request.result);
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
