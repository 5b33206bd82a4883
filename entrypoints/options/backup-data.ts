import { browser } from 'wxt/browser';
import type { BackupData } from '../../src/export/backup';
import { type ExportFile, exportAs } from '../../src/export/formats';
import type { Reflection } from '../../src/reflections/model';
import { listPacks, listPromptEvents, listReflections, type PomDb } from '../../src/reflections/store';
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

/** Everything the user owns: reflections, prompt history, settings and prompt packs. */
export async function collectBackupData(db: PomDb, loaded?: readonly Reflection[]): Promise<BackupData> {
  const [reflections, promptEvents, packs, settings] = await Promise.all([
    // The log already holds every reflection; reading 10,000 again would double the wait.
    loaded ? [...loaded] : listReflections(db),
    listPromptEvents(db),
    listPacks(db),
    userSettings(),
  ]);
  return { reflections, promptEvents, packs, settings };
}

/** A complete JSON backup file, named with today's date. */
export async function backupFile(
  db: PomDb,
  loaded?: readonly Reflection[],
  now = new Date(),
): Promise<ExportFile> {
  return exportAs('json', await collectBackupData(db, loaded), { now });
}
