import type { PageState } from '../src/messaging/protocol';
import { createRouter, type FrameRef, RejectedMessage } from '../src/messaging/router';
import {
  addPromptEvent,
  getDraft,
  getReflection,
  listPromptEvents,
  listReflections,
  saveDraft,
  saveReflection,
} from '../src/reflections/store';
import { openCaptureWindow } from '../src/shell/capture-window';
import { getDb } from '../src/shell/db';
import { installBrowserMessages } from '../src/shell/i18n';
import { openCard, removeCard, showCard, stampDecision, stampUnread } from '../src/shell/page-card';
import { pageStates } from '../src/shell/page-state';
import { promptPool } from '../src/shell/prompt-pool';
import { settingsItem } from '../src/shell/settings-store';
import { openTabsOn, syncWatcher, watchedAddress, watchTab } from '../src/shell/site-watching';
import { t } from '../src/ui/i18n';

const MENU_ID = 'reflect-on-selection';

/**
 * Test builds only: stamps each decision on the page, and opens the popup for a tab whose address asks
 * for it (`?pom-test-popup`), because Firefox's WebDriver BiDi cannot navigate to extension pages.
 */
const popupOpenedFor = new Set<number>();
async function testPopup(frame: FrameRef, address: string): Promise<void> {
  if (frame.frameId !== 0 || !address.includes('pom-test-popup') || popupOpenedFor.has(frame.tabId)) return;
  popupOpenedFor.add(frame.tabId);
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${frame.tabId}`) });
}
async function testDecided(frame: FrameRef, state: PageState): Promise<void> {
  await stampDecision(frame, state);
  await testPopup(frame, state.address);
}
async function testUnread(frame: FrameRef, address: string, silence: string): Promise<void> {
  await stampUnread(frame, silence, address);
  await testPopup(frame, address);
}

export default defineBackground(() => {
  installBrowserMessages();
  // The watcher goes into a page once it has loaded, and what it hands back is decided on here. When no
  // card could show on the page whatever it says (prompts off, quiet hours, the day's cap, the site's
  // cool-down), it stays out: the page pays nothing, and the popup reads the page if the user asks.
  const watch = async (tabId: number, tabUrl: string, asked = false) => {
    const silence = asked ? null : await silenceBeforeReadingAt(tabUrl);
    if (silence !== null) {
      if (import.meta.env.WXT_POM_TEST === '1') await testUnread({ tabId, frameId: 0 }, tabUrl, silence);
      return;
    }
    const frames = await watchTab(tabId).catch(() => []);
    for (const { frame, result } of frames)
      await injected(result, frame, tabUrl).catch((error: unknown) => {
        if (!(error instanceof RejectedMessage)) console.error('[Power of Many]', error);
      });
  };
  const syncSites = async () => {
    const { settings } = await settingsItem.get();
    const sites = await syncWatcher(settings.sites);
    // Tabs already decided on are decided again from what they sent (redecideAll), so only tabs on a
    // newly switched-on site get the watcher: a settings change does not make every open page run it again.
    const known = new Set((await pageStates.list()).map(({ frame }) => frame.tabId));
    const fresh = (await openTabsOn(sites)).filter((tab) => !known.has(tab.id));
    await Promise.all(fresh.map((tab) => watch(tab.id, tab.url)));
  };

  const readTab = async (tabId: number) => {
    const tab = await browser.tabs.get(tabId);
    if (tab.url && (await watchedAddress(tab.url, (await settingsItem.get()).settings.sites)))
      await watch(tabId, tab.url, true);
  };

  const { route, injected, reflectOnSelection, redecideAll, silenceBeforeReadingAt } = createRouter({
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    now: () => new Date(),
    random: Math.random,
    uuid: () => crypto.randomUUID(),
    settings: settingsItem.get,
    prompts: promptPool,
    history: {
      list: async () => listPromptEvents(await getDb()),
      add: async (e) => addPromptEvent(await getDb(), e),
    },
    drafts: {
      get: async (id) => getDraft(await getDb(), id),
      save: async (d) => {
        await saveDraft(await getDb(), d);
      },
    },
    openCapture: openCaptureWindow,
    syncSites,
    pages: pageStates,
    card: {
      show: showCard,
      remove: removeCard,
      open: openCard,
      // Test builds only: end-to-end tests wait on the decision, never on a timer.
      ...(import.meta.env.WXT_POM_TEST === '1' && { decided: testDecided }),
    },
    enabled: async (url) => watchedAddress(url, (await settingsItem.get()).settings.sites),
    watchTab: async (tabId) => {
      const tab = await browser.tabs.get(tabId);
      if (tab.url) await watch(tabId, tab.url, true);
    },
    readTab,
    reflections: {
      list: async () => listReflections(await getDb()),
      get: async (id) => getReflection(await getDb(), id),
      save: async (r) => {
        await saveReflection(await getDb(), r);
      },
    },
  });

  // Listeners are registered synchronously at top level so a restarted service worker still hears events.
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, sender).catch((error: unknown) => {
      if (!(error instanceof RejectedMessage)) console.error('[Power of Many]', error);
      return { ok: false, error: error instanceof RejectedMessage ? 'rejected' : 'failed' };
    }),
  );

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: t('menuReflectOnSelection'), contexts: ['selection'] });
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    await syncSites();
  });
  browser.runtime.onStartup.addListener(() => void syncSites());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void reflectOnSelection(info.selectionText, { title: tab?.title, url: tab?.url });
  });

  // Test builds only: the native context menu cannot be clicked by automation, so tests call its handler.
  if (import.meta.env.WXT_POM_TEST === '1')
    Object.assign(globalThis, { pomTestHooks: { reflectOnSelection } });

  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  // A change of settings applies to open tabs at once: each decides again from its last sample.
  settingsItem.watch(() => void syncSites().then(redecideAll, redecideAll));
  browser.tabs.onRemoved.addListener((tabId) => void pageStates.removeTab(tabId));
  // The address is visible only for tabs on sites the user granted, so other tabs stop here.
  // Both browsers report a client-side route as a completed load too, so a tab left unread on load (no
  // card could show then) is weighed again at each route; a tab already read has its watcher.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void settingsItem.get().then(async ({ settings }) => {
      if (await watchedAddress(url, settings.sites)) await watch(tabId, url);
    });
  });
});
