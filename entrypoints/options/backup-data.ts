import { browser } from 'wxt/browser';
import type { BackupData } from '../../src/export/backup';
import { type ExportFile, exportAs } from '../../src/export/formats';
import { type PomDb, readBackupRecords } from '../../src/reflections/store';
import { parseUserSettings } from '../../src/settings/merge';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { SETTINGS_KEY } from '../../src/shell/settings-store';

/**
 * The user's own choices, without organisation policy mixed in, so restoring a backup elsewhere never
 * turns an organisation's settings into personal ones. Mirrors settings-store's choice of storage area.
 */
async function userSettings(): Promise<Settings> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.sync.get(SETTINGS_KEY);
  } catch {
    stored = await browser.storage.local.get(SETTINGS_KEY);
  }
  return { ...defaultSettings, ...parseUserSettings(stored[SETTINGS_KEY]) };
}

/**
 * Everything the user owns: reflections, prompt history and prompt packs read from IndexedDB in one
 * transaction (never a page's list, which can be stale or still loading), and the user's own settings.
 */
export async function collectBackupData(db: PomDb): Promise<BackupData> {
  const [records, settings] = await Promise.all([readBackupRecords(db), userSettings()]);
  return { ...records, settings };
}

/** A complete JSON backup file, named with today's date. */
export async function backupFile(db: PomDb, now = new Date()): Promise<ExportFile> {
  return exportAs('json', await collectBackupData(db), { now });
}
