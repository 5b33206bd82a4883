import { browser } from 'wxt/browser';
import { parseRevalidationRecord, type RevalidationRecord } from '../reflections/revalidation';

/*
 * The revalidation record (chosen five, discussion, CPD and feedback logs, HCPC summary) stays in this
 * browser's local storage: it can grow past storage.sync's limits and need not follow the user around.
 */
export const REVALIDATION_KEY = 'revalidation';

export async function loadRevalidationRecord(): Promise<RevalidationRecord> {
  const stored = await browser.storage.local.get(REVALIDATION_KEY);
  return parseRevalidationRecord(stored[REVALIDATION_KEY]);
}

export async function saveRevalidationRecord(record: RevalidationRecord): Promise<void> {
  await browser.storage.local.set({ [REVALIDATION_KEY]: record });
}
