import { browser } from 'wxt/browser';
import { PageState } from '../messaging/protocol';
import type { FrameRef } from '../messaging/router';

/*
 * What the background decided for each frame of each open tab, in session storage: it outlives the
 * MV3 service worker (and Firefox's event page) but not the browser, is never written to disk, and
 * content scripts cannot read it. One key per frame, so two frames never overwrite each other.
 */

const PREFIX = 'page:';
const keyOf = (f: FrameRef) => `${PREFIX}${f.tabId}:${f.frameId}`;

function frameOf(key: string): FrameRef | null {
  const m = /^page:(\d+):(\d+)$/.exec(key);
  return m ? { tabId: Number(m[1]), frameId: Number(m[2]) } : null;
}

async function all(): Promise<Array<{ frame: FrameRef; state: PageState }>> {
  const stored = await browser.storage.session.get(null);
  const out: Array<{ frame: FrameRef; state: PageState }> = [];
  for (const [key, value] of Object.entries(stored)) {
    const frame = frameOf(key);
    const parsed = frame && PageState.safeParse(value);
    if (frame && parsed?.success) out.push({ frame, state: parsed.data });
  }
  return out;
}

export const pageStates = {
  async get(frame: FrameRef): Promise<PageState | undefined> {
    const key = keyOf(frame);
    const parsed = PageState.safeParse((await browser.storage.session.get(key))[key]);
    return parsed.success ? parsed.data : undefined;
  },
  async set(frame: FrameRef, state: PageState): Promise<void> {
    await browser.storage.session.set({ [keyOf(frame)]: state });
  },
  list: all,
  async dropOlderFrames(tabId: number, since: number): Promise<void> {
    const stale = (await all()).filter(
      ({ frame, state }) => frame.tabId === tabId && frame.frameId !== 0 && state.since < since,
    );
    if (stale.length > 0) await browser.storage.session.remove(stale.map(({ frame }) => keyOf(frame)));
  },
  async removeTab(tabId: number): Promise<void> {
    const keys = (await all()).filter(({ frame }) => frame.tabId === tabId).map(({ frame }) => keyOf(frame));
    if (keys.length > 0) await browser.storage.session.remove(keys);
  },
};

/**
 * This tab's detection for the popup: the top frame's, unless a child frame (Word's editor frame, say)
 * found planning work there, in which case the newest such frame speaks for the page.
 */
export async function tabDetection(tabId: number): Promise<PageState | null> {
  const frames = (await all()).filter(({ frame }) => frame.tabId === tabId);
  const planning = frames
    .filter(({ frame, state }) => frame.frameId !== 0 && state.detection.planning)
    .sort((a, b) => b.state.at.localeCompare(a.state.at));
  const top = frames.find(({ frame }) => frame.frameId === 0);
  if (top?.state.detection.planning) return top.state;
  return planning[0]?.state ?? top?.state ?? null;
}

/**
 * Calls back when the background records a new decision for any frame of the tab, so the popup shows it
 * the moment it exists rather than after a guessed wait; returns the way to stop.
 */
export function watchTabStates(tabId: number, onChange: () => void): () => void {
  const prefix = `${PREFIX}${tabId}:`;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((key) => key.startsWith(prefix))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
