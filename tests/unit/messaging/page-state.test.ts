import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../src/messaging/protocol';
import { pageStates, tabDetection, watchTabStates } from '../../../src/shell/page-state';

const state = (over: Partial<PageState> = {}): PageState => ({
  visitId: '00000000-0000-4000-8000-000000000001',
  site: 'intranet.example.nhs.uk',
  address: 'https://intranet.example.nhs.uk/agenda',
  since: 1000,
  detection: {
    planning: false,
    context: null,
    mode: null,
    score: 0.1,
    editing: false,
    voices: { patients: false, carers: false, public: false, staff: false },
    signals: [],
  },
  promptId: null,
  decision: 'unsure-detection',
  closed: [],
  at: '2026-11-29T09:00:00.000Z',
  ...over,
});
const planning = {
  ...state().detection,
  planning: true,
  context: 'agenda' as const,
  mode: 'drafting' as const,
  score: 0.9,
};

describe('page state: the background’s decisions, per tab and frame', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each frame apart and forgets a closed tab', async () => {
    await pageStates.set({ tabId: 1, frameId: 0 }, state());
    await pageStates.set({ tabId: 1, frameId: 5 }, state({ since: 1200 }));
    await pageStates.set({ tabId: 2, frameId: 0 }, state());
    expect(await pageStates.list()).toHaveLength(3);
    await pageStates.removeTab(1);
    expect((await pageStates.list()).map((p) => p.frame)).toEqual([{ tabId: 2, frameId: 0 }]);
  });

  it('drops a tab’s child frames that started before a new top-level document', async () => {
    await pageStates.set({ tabId: 1, frameId: 0 }, state({ since: 5000 }));
    await pageStates.set({ tabId: 1, frameId: 3 }, state({ since: 1000 }));
    await pageStates.set({ tabId: 1, frameId: 4 }, state({ since: 6000 }));
    await pageStates.dropOlderFrames(1, 5000);
    expect((await pageStates.list()).map((p) => p.frame.frameId).sort()).toEqual([0, 4]);
  });

  it('shows the popup the top frame, unless a child frame (an editor frame) found planning work', async () => {
    expect(await tabDetection(1)).toBeNull();
    await pageStates.set({ tabId: 1, frameId: 0 }, state());
    expect((await tabDetection(1))?.detection.planning).toBe(false);
    await pageStates.set({ tabId: 1, frameId: 9 }, state({ detection: planning, since: 1500 }));
    expect((await tabDetection(1))?.detection.context).toBe('agenda');
  });

  it('ignores anything in session storage that is not a valid page state', async () => {
    await fakeBrowser.storage.session.set({ 'page:1:0': { planning: true }, other: 1 });
    expect(await pageStates.get({ tabId: 1, frameId: 0 })).toBeUndefined();
    expect(await tabDetection(1)).toBeNull();
  });

  it('tells the popup when its tab gets a new decision, and only its tab', async () => {
    const heard: number[] = [];
    const stop = watchTabStates(1, () => heard.push(1));
    await pageStates.set({ tabId: 1, frameId: 0 }, state());
    await pageStates.set({ tabId: 11, frameId: 0 }, state());
    await pageStates.set({ tabId: 1, frameId: 4 }, state());
    await fakeBrowser.storage.local.set({ 'page:1:0': 'not a decision' });
    expect(heard).toEqual([1, 1]);
    stop();
    await pageStates.set({ tabId: 1, frameId: 0 }, state({ since: 2000 }));
    expect(heard).toHaveLength(2);
  });
});
