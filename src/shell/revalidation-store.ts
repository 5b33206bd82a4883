import { browser } from 'wxt/browser';
import {
  emptyRevalidationProfile,
  parseRevalidationRecord,
  type RevalidationBackup,
  type RevalidationRecord,
  revalidationRestores,
} from '../reflections/revalidation';
import { settingsItem } from './settings-store';

/*
 * The revalidation record (chosen five, discussion, CPD and feedback logs, HCPC summary) stays in this
 * browser's local storage: it can grow past storage.sync's limits and need not follow the user around.
 * When it or the profile last changed is kept beside it, so a backup's copy replaces it only if newer.
 */
export const REVALIDATION_KEY = 'revalidation';
export const REVALIDATION_UPDATED_KEY = 'revalidationUpdatedAt';

export async function loadRevalidationRecord(): Promise<RevalidationRecord> {
  const stored = await browser.storage.local.get(REVALIDATION_KEY);
  return parseRevalidationRecord(stored[REVALIDATION_KEY]);
}

export async function saveRevalidationRecord(record: RevalidationRecord, now = new Date()): Promise<void> {
  await browser.storage.local.set({
    [REVALIDATION_KEY]: record,
    [REVALIDATION_UPDATED_KEY]: now.toISOString(),
  });
}

/** Notes that the profile (registration body, renewal dates) changed, so backups carry the newer copy. */
export async function markRevalidationChanged(now = new Date()): Promise<void> {
  await browser.storage.local.set({ [REVALIDATION_UPDATED_KEY]: now.toISOString() });
}

const startOfTime = new Date(0).toISOString();

/**
 * When the record or profile last changed here; null when this browser holds neither (a fresh profile).
 * Copies saved before changes were stamped count as the oldest possible, so any dated backup is newer.
 */
async function localUpdatedAt(): Promise<string | null> {
  const [stored, user] = await Promise.all([
    browser.storage.local.get([REVALIDATION_KEY, REVALIDATION_UPDATED_KEY]),
    settingsItem.readUser(),
  ]);
  const stamp = stored[REVALIDATION_UPDATED_KEY];
  if (typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp))) return stamp;
  return stored[REVALIDATION_KEY] === undefined && user.revalidation === undefined ? null : startOfTime;
}

/** The record and profile for a backup, or undefined when the user has never set either. */
export async function readRevalidationBackup(): Promise<RevalidationBackup | undefined> {
  const [record, updatedAt, user] = await Promise.all([
    loadRevalidationRecord(),
    localUpdatedAt(),
    settingsItem.readUser(),
  ]);
  if (updatedAt === null) return undefined;
  return { updatedAt, profile: user.revalidation ?? emptyRevalidationProfile, record };
}

/** 'restored' when the backup's copy was newer and replaced this browser's; 'kept' when this one is newer. */
export async function restoreRevalidationBackup(incoming: RevalidationBackup): Promise<'restored' | 'kept'> {
  if (!revalidationRestores(incoming, await localUpdatedAt())) return 'kept';
  await browser.storage.local.set({
    [REVALIDATION_KEY]: incoming.record,
    [REVALIDATION_UPDATED_KEY]: incoming.updatedAt,
  });
  await settingsItem.set({ revalidation: incoming.profile });
  return 'restored';
}
