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

/** storage.sync refuses any one item over 8,192 bytes (key and JSON value); stay well under it. */
export const SYNC_ITEM_BYTES = 8192;
const ITEM_BUDGET = 7000;
const SITES_KEY_PREFIX = 'settings.sites.';

type StorageArea = Awaited<ReturnType<typeof userArea>>;
const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Sites in runs small enough for one storage.sync item each. */
function siteChunks(sites: readonly string[]): string[][] {
  const chunks: string[][] = [[]];
  for (const site of sites) {
    const chunk = chunks[chunks.length - 1] as string[];
    if (chunk.length > 0 && byteLength([...chunk, site]) > ITEM_BUDGET) chunks.push([site]);
    else chunk.push(site);
  }
  return chunks;
}

/**
 * The user's own stored settings, exactly as chosen (no organisation policy, no defaults). A long site
 * list lives in items of its own ("settings.sites.0", …) so no item passes storage.sync's per-item limit.
 */
export async function readUserSettings(area?: StorageArea): Promise<Partial<Settings>> {
  const from = area ?? (await userArea());
  const stored = await from.get(null);
  const raw = stored[SETTINGS_KEY] as Record<string, unknown> | undefined;
  const chunkCount = Number(raw?.sitesChunks ?? 0);
  if (raw && Number.isInteger(chunkCount) && chunkCount > 0) {
    const sites = Array.from({ length: chunkCount }, (_, i) => stored[`${SITES_KEY_PREFIX}${i}`]).flat();
    return parseUserSettings({ ...raw, sites });
  }
  return parseUserSettings(raw);
}

export async function loadSettings(opts: { managedWaitMs?: number } = {}): Promise<EffectiveSettings> {
  const area = await userArea();
  const [user, managed] = await Promise.all([readUserSettings(area), readManagedPolicy(opts.managedWaitMs)]);
  return mergeSettings(defaultSettings, user, parseManagedPolicy(managed).policy);
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const area = await userArea();
  const next = { ...(await readUserSettings(area)), ...patch };
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as { sitesChunks?: unknown } | undefined;
  const previous = Number(stored?.sitesChunks ?? 0) || 0;
  const { sites = [], ...rest } = next;
  const chunks = byteLength({ [SETTINGS_KEY]: next }) > ITEM_BUDGET ? siteChunks(sites) : [];
  if (chunks.length === 0) await area.set({ [SETTINGS_KEY]: next });
  else {
    // The sites first, then the item that names them, so a reader never sees a count with parts missing;
    // the time makes the settings item change, so open pages hear about a changed site list.
    await area.set(Object.fromEntries(chunks.map((chunk, i) => [`${SITES_KEY_PREFIX}${i}`, chunk])));
    const marker = { sitesChunks: chunks.length, sitesSavedAt: new Date().toISOString() };
    await area.set({ [SETTINGS_KEY]: { ...rest, ...marker } });
  }
  const stale = Array.from({ length: Math.max(0, previous - chunks.length) }, (_, i) => i + chunks.length);
  if (stale.length > 0) await area.remove(stale.map((i) => `${SITES_KEY_PREFIX}${i}`));
}
