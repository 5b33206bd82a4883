import type { BackupData } from '../../src/export/backup';
import { toBackupParts } from '../../src/export/backup-parts';
import type { ExportFile } from '../../src/export/formats';
import { type PomDb, readBackupRecords } from '../../src/reflections/store';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { readRevalidationBackup } from '../../src/shell/revalidation-store';
import { settingsItem } from '../../src/shell/settings-store';

/**
 * The user's own choices, without organisation policy mixed in, so restoring a backup elsewhere never
 * turns an organisation's settings into personal ones.
 */
async function userSettings(): Promise<Settings> {
  return { ...defaultSettings, ...(await settingsItem.readUser()) };
}

/**
 * Everything the user owns: reflections, prompt history and prompt packs read from IndexedDB in one
 * transaction (never a page's list, which can be stale or still loading), the user's own settings, and
 * the revalidation record and dates.
 */
export async function collectBackupData(db: PomDb): Promise<BackupData> {
  const [records, settings, revalidation] = await Promise.all([
    readBackupRecords(db),
    userSettings(),
    readRevalidationBackup(),
  ]);
  return { ...records, settings, ...(revalidation ? { revalidation } : {}) };
}

/**
 * A complete JSON backup, named with today's date: one file, or several parts when it is too large for
 * one file to be read back safely ("…-part-1-of-3.json").
 */
export async function backupFiles(db: PomDb, now = new Date()): Promise<ExportFile[]> {
  const data = await collectBackupData(db);
  const texts = toBackupParts(data, now);
  const day = now.toISOString().slice(0, 10);
  const encoder = new TextEncoder();
  return texts.map((text, i) => ({
    filename:
      texts.length === 1
        ? `power-of-many-backup-${day}.json`
        : `power-of-many-backup-${day}-part-${i + 1}-of-${texts.length}.json`,
    mimeType: 'application/json',
    bytes: encoder.encode(text),
    count: data.reflections.length,
  }));
}
