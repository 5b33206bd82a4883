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

let managedRead: Promise<unknown> | null = null;

/**
 * The organisation's policy. Chromium can take seconds to answer the first read after start-up, so pages
 * may choose not to wait (waitMs) and render with user settings; the background always waits.
 */
export function readManagedPolicy(waitMs = Number.POSITIVE_INFINITY): Promise<unknown> {
  managedRead ??= browser.storage.managed.get(null).catch(() => ({}));
  // Firefox rejects when no policy is installed; that simply means no organisation settings.
  if (!Number.isFinite(waitMs)) return managedRead;
  return Promise.race([managedRead, new Promise((resolve) => setTimeout(() => resolve({}), waitMs))]);
}

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') managedRead = null;
});

export async function loadSettings(opts: { managedWaitMs?: number } = {}): Promise<EffectiveSettings> {
  const area = await userArea();
  const [stored, managed] = await Promise.all([
    area.get(SETTINGS_KEY),
    readManagedPolicy(opts.managedWaitMs),
  ]);
  const user = parseUserSettings(stored[SETTINGS_KEY]);
  return mergeSettings(defaultSettings, user, parseManagedPolicy(managed).policy);
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const area = await userArea();
  const stored = await area.get(SETTINGS_KEY);
  const next = { ...parseUserSettings(stored[SETTINGS_KEY]), ...patch };
  await area.set({ [SETTINGS_KEY]: next });
}
