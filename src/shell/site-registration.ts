import { browser } from 'wxt/browser';
import { patternCovers } from '../settings/sites';

const SCRIPT_ID = 'watch';
const SCRIPT_FILE = '/watch.js';
/** Ids earlier versions registered; registrations persist across updates, so they are removed here. */
const RETIRED_IDS = ['planning'];

/** The enabled sites this browser has actually granted; the others wait for the user's permission. */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return sites.filter((site) => origins.some((granted) => patternCovers(granted, site)));
}

/** Registers the watcher on exactly the enabled, granted sites (persisting across restarts). */
export async function syncWatcher(sites: readonly string[]): Promise<string[]> {
  const matches = await grantedSites(sites);
  const retired = await browser.scripting.getRegisteredContentScripts({ ids: RETIRED_IDS });
  if (retired.length > 0) await browser.scripting.unregisterContentScripts({ ids: retired.map((s) => s.id) });
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return matches;
  }
  // Every frame gets the watcher, but a child frame only reads itself once it holds an editor.
  const script = {
    id: SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches,
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return matches;
}

/** Starts the watcher in an already open tab, so enabling a site works without a reload. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILE] });
}
