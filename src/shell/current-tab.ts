import { browser } from 'wxt/browser';
import { DetectionReport } from '../messaging/protocol';

export type CurrentTab = { id: number; url: string; title: string; report: DetectionReport | null };

/** The tab the popup was opened over, and what the planning script there noticed (if it runs there). */
export async function currentTab(tabId?: number): Promise<CurrentTab | null> {
  const [tab] =
    tabId === undefined
      ? await browser.tabs.query({ active: true, lastFocusedWindow: true })
      : [await browser.tabs.get(tabId)];
  if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) return null;
  let report: DetectionReport | null = null;
  try {
    report = DetectionReport.parse(await browser.tabs.sendMessage(tab.id, { type: 'detection:get' }));
  } catch {
    report = null; // No planning script on this page: the site is not enabled yet.
  }
  return { id: tab.id, url: tab.url, title: tab.title ?? '', report };
}
