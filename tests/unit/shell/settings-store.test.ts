import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';
import {
  loadSettings,
  readUserSettings,
  SETTINGS_KEY,
  SYNC_ITEM_BYTES,
  saveSettings,
} from '../../../src/shell/settings-store';

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
    const loaded = await loadSettings({ managedWaitMs: 0 });
    expect(loaded.userSites).toEqual(sites(1, 200));
    expect(loaded.settings.dailyCap).toBe(4);

    // Shrinking the list removes the parts no longer needed.
    await saveSettings({ sites: sites(1, 2) });
    const after = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(after)).toEqual([SETTINGS_KEY]);
    expect((await readUserSettings()).sites).toEqual(sites(1, 2));
  });
});
