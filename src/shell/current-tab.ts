import { browser } from 'wxt/browser';
import type { PageState } from '../messaging/protocol';
import { tabDetection } from './page-state';

export type DetectionReport = Pick<PageState, 'detection' | 'promptId' | 'decision'>;
export type CurrentTab = { id: number; url: string; title: string; report: DetectionReport | null };

/** The tab the popup was opened over, and what the background made of it (if the site is on). */
export async function currentTab(tabId?: number): Promise<CurrentTab | null> {
  const [tab] =
    tabId === undefined
      ? await browser.tabs.query({ active: true, lastFocusedWindow: true })
      : [await browser.tabs.get(tabId)];
  if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) return null;
  // Nothing recorded yet: the site is not on, or the page has not finished loading.
  const report = await tabDetection(tab.id).catch(() => null);
  return { id: tab.id, url: tab.url, title: tab.title ?? '', report };
}
