import { browser } from 'wxt/browser';
import { sendToBackground } from './messages';
import { settingsItem } from './settings-store';

/**
 * Asks for the sites and, if the user agrees, remembers them and registers the planning script.
 * Call it straight from a click handler: Firefox only honours permission requests made before any await.
 */
export function enableSites(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns }).then(async (granted) => {
    if (!granted) return false;
    // Only the user's own list is saved: organisation sites stay in policy, merged when settings are read.
    const { userSites } = await settingsItem.get();
    await settingsItem.set({ sites: [...new Set([...userSites, ...patterns])] });
    await sendToBackground({ type: 'sites:sync' });
    return true;
  });
}

/** Forgets a site and gives its permission back. Organisation sites cannot be removed here. */
export async function disableSite(pattern: string): Promise<void> {
  const { userSites, orgSites } = await settingsItem.get();
  if (orgSites.includes(pattern)) return;
  await settingsItem.set({ sites: userSites.filter((s) => s !== pattern) });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await sendToBackground({ type: 'sites:sync' });
}

/** What the shared site chooser needs from the browser, handed to it by the page that shows it. */
export const siteActions = { enableSites, disableSite };
