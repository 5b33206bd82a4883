import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';
import { migrateStoredSettings, SETTINGS_VERSION } from '../../../src/settings/versions';
import { SETTINGS_KEY, SYNC_ITEM_BYTES, settingsItem } from '../../../src/shell/settings-store';

const { get: loadSettings, set: saveSettings, readUser: readUserSettings } = settingsItem;

const site = (n: number) =>
  `https://team-${String(n).padStart(3, '0')}.intranet.northbrook-community-health.nhs.uk/*`;
const sites = (from: number, count: number) => Array.from({ length: count }, (_, i) => site(from + i));

beforeEach(() => {
  fakeBrowser.reset();
});

// #11 point 12: organisation sites, the 200-site limit and storage.sync's per-item quota.
describe('the user’s sites and the organisation’s', () => {
  it('keeps organisation sites out of the user’s list, so a withdrawn site stops at once', () => {
    const withPolicy = mergeSettings(defaultSettings, { sites: [site(1)] }, { sites: [site(900)] });
    expect(withPolicy.settings.sites).toEqual([site(900), site(1)]);
    expect(withPolicy.userSites).toEqual([site(1)]);
    // What the user's choices would be saved as holds nothing of the organisation's.
    const withdrawn = mergeSettings(defaultSettings, { sites: withPolicy.userSites }, {});
    expect(withdrawn.settings.sites).toEqual([site(1)]);
  });

  it('never drops the user’s whole list when it has grown past 200 sites', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { sites: [...sites(1, 210), 42] } });
    expect((await readUserSettings()).sites).toEqual(sites(1, 210));
  });

  it('keeps every storage.sync item under the per-item limit, and reads 200 long sites back', async () => {
    await saveSettings({ sites: sites(1, 200), dailyCap: 4 });
    const stored = await fakeBrowser.storage.sync.get(null);
    for (const [key, value] of Object.entries(stored))
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThan(SYNC_ITEM_BYTES);
    const loaded = await loadSettings();
    expect(loaded.userSites).toEqual(sites(1, 200));
    expect(loaded.settings.dailyCap).toBe(4);

    // Shrinking the list removes the parts no longer needed.
    await saveSettings({ sites: sites(1, 2) });
    const after = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(after)).toEqual([SETTINGS_KEY]);
    expect((await readUserSettings()).sites).toEqual(sites(1, 2));
  });
});

describe('the settings item', () => {
  it('stamps what it writes with the current version and reads unversioned settings as version 1', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { dailyCap: 7 } });
    expect((await loadSettings()).settings.dailyCap).toBe(7);
    await saveSettings({ promptsEnabled: false });
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual({ dailyCap: 7, promptsEnabled: false, version: SETTINGS_VERSION });
  });

  it('lifts older stored settings step by step and refuses a gap it cannot cross', () => {
    const steps = {
      0: (s: Record<string, unknown>) => ({ ...s, dailyCap: Number(s.cap) }),
      1: (s: Record<string, unknown>) => ({ ...s, promptsEnabled: s.dailyCap !== 0 }),
    };
    expect(migrateStoredSettings({ cap: 0 }, steps, 2)).toEqual({
      cap: 0,
      dailyCap: 0,
      promptsEnabled: false,
      version: 2,
    });
    // Written by a newer version: read as it is, never lowered.
    expect(migrateStoredSettings({ dailyCap: 2, version: 5 }, steps, 2)).toEqual({ dailyCap: 2, version: 5 });
    expect(() => migrateStoredSettings({ version: 1 }, {}, 2)).toThrow(/version 1/);
  });

  it('merges the organisation’s managed policy at read time, so a new policy needs no restart', async () => {
    await saveSettings({ dailyCap: 9, profession: null });
    expect((await loadSettings()).settings.dailyCap).toBe(9);
    await fakeBrowser.storage.managed.set({ maxDailyCap: 4, defaultProfession: 'ahp' });
    const merged = await loadSettings();
    expect(merged.settings.dailyCap).toBe(4);
    expect(merged.dailyCapRange).toMatchObject({ max: 4, setByOrganisation: true });
    expect(merged.settings.profession).toBe('ahp');
    // The user's own choice is kept underneath, never overwritten by the policy.
    expect((await readUserSettings()).dailyCap).toBe(9);
  });

  it('falls back to local storage where storage.sync is missing', async () => {
    const sync = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('sync is off'));
    try {
      await saveSettings({ dailyCap: 2 });
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
        dailyCap: 2,
      });
      expect((await loadSettings()).settings.dailyCap).toBe(2);
    } finally {
      fakeBrowser.storage.sync.get = sync;
    }
  });

  it('tells watchers about the user’s changes and the organisation’s, not about page decisions', async () => {
    const heard: string[] = [];
    const stop = settingsItem.watch(() => heard.push('changed'));
    await saveSettings({ dailyCap: 1 });
    await fakeBrowser.storage.managed.set({ passItOn: false });
    await fakeBrowser.storage.session.set({ 'page:1:0': {} });
    expect(heard).toEqual(['changed', 'changed']);
    stop();
    await saveSettings({ dailyCap: 2 });
    expect(heard).toHaveLength(2);
  });
});

// Chromium's managed storage answers only once its policy service has started, sometimes never.
describe('the organisation’s policy when the browser is slow to give it', () => {
  const realGet = fakeBrowser.storage.managed.get;
  afterEach(() => {
    fakeBrowser.storage.managed.get = realGet;
    vi.useRealTimers();
  });

  it('waits for it once, then reads settings without waiting again', async () => {
    vi.useFakeTimers();
    let asked = 0;
    fakeBrowser.storage.managed.get = () => {
      asked++;
      return new Promise(() => undefined);
    };
    await saveSettings({ dailyCap: 3 });
    const first = loadSettings();
    await vi.advanceTimersByTimeAsync(2000);
    expect((await first).settings.dailyCap).toBe(3);
    let secondDone = false;
    const second = loadSettings().then((s) => {
      secondDone = true;
      return s;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(secondDone).toBe(true);
    expect((await second).settings.dailyCap).toBe(3);
    expect(asked).toBe(1);
  });

  it('keeps a policy that arrives after the wait, and tells whoever shows settings', async () => {
    vi.useFakeTimers();
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    fakeBrowser.storage.managed.get = () =>
      new Promise<Record<string, unknown>>((resolve) => {
        answer = resolve;
      });
    const heard: string[] = [];
    const stop = settingsItem.watch(() => heard.push('changed'));
    const first = loadSettings();
    await vi.advanceTimersByTimeAsync(2000);
    expect((await first).passItOn).toBe(true);
    answer({ passItOn: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual(['changed']);
    expect((await loadSettings()).passItOn).toBe(false);
    stop();
  });
});
