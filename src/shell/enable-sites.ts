import { browser } from 'wxt/browser';
import { sendToBackground } from './messages';
import { loadSettings, saveSettings } from './settings-store';

/**
 * Asks for the sites and, if the user agrees, remembers them and registers the planning script.
 * Call it straight from a click handler: Firefox only honours permission requests made before any await.
 */
export function enableSites(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns }).then(async (granted) => {
    if (!granted) return false;
    // Only the user's own list is saved: organisation sites stay in policy, merged when settings are read.
    const { userSites } = await loadSettings();
    await saveSettings({ sites: [...new Set([...userSites, ...patterns])] });
    await sendToBackground({ type: 'sites:sync' });
    return true;
  });
}

/** Forgets a site and gives its permission back. Organisation sites cannot be removed here. */
export async function disableSite(pattern: string): Promise<void> {
  const { userSites, orgSites } = await loadSettings();
  if (orgSites.includes(pattern)) return;
  await saveSettings({ sites: userSites.filter((s) => s !== pattern) });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await sendToBackground({ type: 'sites:sync' });
}

/** What the shared site chooser needs from the browser, handed to it by the page that shows it. */
export const siteActions = { enableSites, disableSite };
