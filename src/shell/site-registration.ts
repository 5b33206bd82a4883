import { browser } from 'wxt/browser';
import { patternCovers } from '../settings/sites';

const SCRIPT_ID = 'planning';
const SCRIPT_FILE = '/content-scripts/planning.js';

/** The enabled sites this browser has actually granted; the others wait for the user's permission. */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return sites.filter((site) => origins.some((granted) => patternCovers(granted, site)));
}

/** Registers the planning script on exactly the enabled, granted sites (persisting across restarts). */
export async function syncPlanningScript(sites: readonly string[]): Promise<string[]> {
  const matches = await grantedSites(sites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return matches;
  }
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

/** Starts the planning script in an already open tab, so enabling a site works without a reload. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILE] });
}
