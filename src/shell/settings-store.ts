import { browser } from 'wxt/browser';
import {
  type EffectiveSettings,
  mergeSettings,
  parseManagedPolicy,
  parseUserSettings,
} from '../settings/merge';
import { defaultSettings, type Settings } from '../settings/schema';

export const SETTINGS_KEY = 'settings';

/** storage.sync follows the user between browsers where it exists; some Firefox setups lack it. */
async function userArea() {
  try {
    await browser.storage.sync.get(SETTINGS_KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}

export async function readManagedPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox throws when no policy is installed; that simply means no organisation settings.
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const area = await userArea();
  const [stored, managed] = await Promise.all([area.get(SETTINGS_KEY), readManagedPolicy()]);
  const user = parseUserSettings(stored[SETTINGS_KEY]);
  return mergeSettings(defaultSettings, user, parseManagedPolicy(managed).policy);
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const area = await userArea();
  const stored = await area.get(SETTINGS_KEY);
  const next = { ...parseUserSettings(stored[SETTINGS_KEY]), ...patch };
  await area.set({ [SETTINGS_KEY]: next });
}
