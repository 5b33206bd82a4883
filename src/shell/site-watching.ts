import { browser } from 'wxt/browser';
import type { FrameRef } from '../messaging/router-deps';
import { patternCovers, sitePatternFor } from '../settings/sites';

/*
 * Pages get the watcher from here, after they have loaded, and only on the enabled, granted sites.
 * Nothing is registered with the browser: a registered content script costs every page of the site
 * a script world and a run before the load event, and this way a page that is only read pays neither.
 */

const WATCH_FILE = '/watch.js';
/** Ids earlier versions registered; registrations persist across updates, so they are removed here. */
const RETIRED_IDS = ['planning', 'watch'];

/** The enabled sites this browser has actually granted; the others wait for the user's permission. */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return sites.filter((site) => origins.some((granted) => patternCovers(granted, site)));
}

/** Whether a page's address is on a site that is switched on and granted right now. */
export async function watchedAddress(url: string, sites: readonly string[]): Promise<boolean> {
  const site = sitePatternFor(url);
  return site !== null && (await grantedSites(sites)).some((s) => patternCovers(s, site));
}

/** What each frame's watcher handed back; frames with nothing new hand back null. */
export type Injected = { frame: FrameRef; result: unknown };

/** Injects the watcher into every frame of a tab (frames that have it already answer only if changed). */
export async function watchTab(tabId: number): Promise<Injected[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: [WATCH_FILE],
  });
  return results.map((r) => ({ frame: { tabId, frameId: r.frameId ?? 0 }, result: r.result }));
}

/** Removes what earlier versions registered, and returns the sites pages are watched on. */
export async function syncWatcher(sites: readonly string[]): Promise<string[]> {
  const retired = await browser.scripting.getRegisteredContentScripts({ ids: RETIRED_IDS });
  if (retired.length > 0) await browser.scripting.unregisterContentScripts({ ids: retired.map((s) => s.id) });
  return grantedSites(sites);
}

/** The open tabs on these sites, so switching a site on works without a reload. */
export async function openTabsOn(sites: readonly string[]): Promise<Array<{ id: number; url: string }>> {
  if (sites.length === 0) return [];
  const tabs = await browser.tabs.query({ url: [...sites] });
  return tabs.flatMap((tab) => (tab.id === undefined || !tab.url ? [] : [{ id: tab.id, url: tab.url }]));
}
