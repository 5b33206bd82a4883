import { browser } from 'wxt/browser';
import {
  type EffectiveSettings,
  mergeSettings,
  parseManagedPolicy,
  parseUserSettings,
} from '../settings/merge';
import { defaultSettings, type Settings } from '../settings/schema';
import { migrateStoredSettings, SETTINGS_VERSION } from '../settings/versions';

export const SETTINGS_KEY = 'settings';

/** storage.sync refuses any one item over 8,192 bytes (key and JSON value); stay well under it. */
export const SYNC_ITEM_BYTES = 8192;
const ITEM_BUDGET = 7000;
const SITES_KEY_PREFIX = 'settings.sites.';

/** storage.sync follows the user between browsers where it exists; some Firefox setups lack it. */
async function userArea() {
  try {
    await browser.storage.sync.get(SETTINGS_KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}
type StorageArea = Awaited<ReturnType<typeof userArea>>;

/** How long a read waits for the organisation's policy before going on without it. */
const MANAGED_PATIENCE_MS = 2000;

type Watcher = () => void;
/** Who hears when a policy that was given up on arrives after all. */
const lateWatchers = new Set<Watcher>();

/**
 * The organisation's policy, read once per extension context and read again only after it changes.
 * Chromium answers `storage.managed` only once its policy service has started, which can take seconds
 * or never happen (seen in every test profile here); reading it on each settings read made every
 * decision about a page wait two seconds, and the card's own buttons waited behind those decisions.
 * So a read waits once, goes on without a policy if none has come, and a policy arriving later is
 * kept and announced. Firefox rejects when none is installed, which means no policy.
 */
function managedPolicyReader(patienceMs: number) {
  let cached: Promise<unknown> | undefined;
  const forget = (_changes: unknown, area: string) => {
    if (area === 'managed') cached = undefined;
  };
  return (): Promise<unknown> => {
    // Without our listener a change could have been missed (a new context, a reset): read afresh.
    if (!browser.storage.onChanged.hasListener(forget)) {
      browser.storage.onChanged.addListener(forget);
      cached = undefined;
    }
    if (cached) return cached;
    const answer = browser.storage.managed.get(null).catch(() => ({}));
    const attempt: Promise<unknown> = new Promise((resolve) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        resolve({});
      }, patienceMs);
      void answer.then((policy) => {
        clearTimeout(timer);
        resolve(policy);
        if (cached !== attempt) return;
        cached = Promise.resolve(policy);
        // This read went on without it, so whoever shows settings must read again.
        if (gaveUp && policy && typeof policy === 'object' && Object.keys(policy).length > 0)
          for (const watcher of lateWatchers) watcher();
      });
    });
    cached = attempt;
    return attempt;
  };
}

let readManagedPolicy: (() => Promise<unknown>) | undefined;
const managedPolicy = () => {
  readManagedPolicy ??= managedPolicyReader(MANAGED_PATIENCE_MS);
  return readManagedPolicy();
};

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
 * The user's own stored settings, exactly as chosen (no organisation policy, no defaults), lifted to the
 * current version. A long site list lives in items of its own ("settings.sites.0", …) so no item passes
 * storage.sync's per-item limit.
 */
async function readUser(area?: StorageArea): Promise<Partial<Settings>> {
  const from = area ?? (await userArea());
  const stored = await from.get(null);
  const found = stored[SETTINGS_KEY];
  if (!found || typeof found !== 'object') return {};
  const raw = migrateStoredSettings(found as Record<string, unknown>);
  const chunkCount = Number(raw.sitesChunks ?? 0);
  if (Number.isInteger(chunkCount) && chunkCount > 0) {
    const sites = Array.from({ length: chunkCount }, (_, i) => stored[`${SITES_KEY_PREFIX}${i}`]).flat();
    return parseUserSettings({ ...raw, sites });
  }
  return parseUserSettings(raw);
}

/** Everything in effect: defaults, then the user's choices, then the organisation's policy, read now. */
async function get(): Promise<EffectiveSettings> {
  const area = await userArea();
  const [user, managed] = await Promise.all([readUser(area), managedPolicy()]);
  return mergeSettings(defaultSettings, user, parseManagedPolicy(managed).policy);
}

/** Saves the user's change (never the organisation's layer), stamped with the current version. */
async function set(patch: Partial<Settings>): Promise<void> {
  const area = await userArea();
  const next = { ...(await readUser(area)), ...patch };
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as { sitesChunks?: unknown } | undefined;
  const previous = Number(stored?.sitesChunks ?? 0) || 0;
  const { sites = [], ...rest } = next;
  const chunks = byteLength({ [SETTINGS_KEY]: next }) > ITEM_BUDGET ? siteChunks(sites) : [];
  if (chunks.length === 0) await area.set({ [SETTINGS_KEY]: { ...next, version: SETTINGS_VERSION } });
  else {
    // The sites first, then the item that names them, so a reader never sees a count with parts missing;
    // the time makes the settings item change, so open pages hear about a changed site list.
    await area.set(Object.fromEntries(chunks.map((chunk, i) => [`${SITES_KEY_PREFIX}${i}`, chunk])));
    const marker = { sitesChunks: chunks.length, sitesSavedAt: new Date().toISOString() };
    await area.set({ [SETTINGS_KEY]: { ...rest, ...marker, version: SETTINGS_VERSION } });
  }
  const stale = Array.from({ length: Math.max(0, previous - chunks.length) }, (_, i) => i + chunks.length);
  if (stale.length > 0) await area.remove(stale.map((i) => `${SITES_KEY_PREFIX}${i}`));
}

/** Calls back whenever the user's settings or the organisation's policy change; returns the way to stop. */
function watch(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area !== 'session' && SETTINGS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  lateWatchers.add(onChange);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    lateWatchers.delete(onChange);
  };
}

/**
 * The one typed settings item every context reads and writes: the background, popup, onboarding and
 * options. Reads merge the organisation's managed layer at that moment, so a policy change needs no restart.
 */
export const settingsItem = { get, set, readUser, watch };
export type SettingsItem = typeof settingsItem;
