import type { PromptEvent } from '../prompts/events';
import type { Prompt } from '../prompts/schema';
import type { Draft } from '../reflections/draft';
import type { EffectiveSettings } from '../settings/merge';
import type { PageState, PromptOffer } from './protocol';
import type { TogetherStore } from './together';

/** One frame of one tab: where a watcher runs and where a card may be shown. */
export type FrameRef = { tabId: number; frameId: number };

/** Everything the router touches, injected so it runs in Node tests with a fake clock and database. */
export type RouterDeps = {
  runtimeId: string;
  extensionOrigin: string;
  now: () => Date;
  random: () => number;
  uuid: () => string;
  settings: () => Promise<EffectiveSettings>;
  prompts: (settings: EffectiveSettings) => Promise<readonly Prompt[]>;
  history: {
    list: () => Promise<PromptEvent[]>;
    add: (event: PromptEvent) => Promise<void>;
  };
  drafts: {
    get: (id: string) => Promise<Draft | undefined>;
    save: (draft: Draft) => Promise<void>;
  };
  /**
   * Opens capture and hands it the page's title and address in memory (never in a stored draft, nor in the
   * window's own address); they are stored only if the user ticks to keep them.
   */
  openCapture: (from: 'prompt' | 'selection', page: OfferedPage) => Promise<void>;
  syncSites: () => Promise<void>;
  /** What was decided per frame; lives in session storage because the service worker comes and goes. */
  pages: {
    get: (frame: FrameRef) => Promise<PageState | undefined>;
    set: (frame: FrameRef, state: PageState) => Promise<void>;
    list: () => Promise<Array<{ frame: FrameRef; state: PageState }>>;
    /** A new top-level document: forget the tab's frames that started before it. */
    dropOlderFrames: (tabId: number, since: number) => Promise<void>;
  };
  /** The card lives only in frames where one is shown: injected, told to go, and (in tests) announced. */
  card: {
    show: (frame: FrameRef, offer: NonNullable<PromptOffer>, visitId: string) => Promise<void>;
    remove: (frame: FrameRef) => Promise<void>;
    /** The user opened the chip: the open card's code goes into that frame only now. */
    open: (frame: FrameRef) => Promise<void>;
    decided?: (frame: FrameRef, state: PageState) => Promise<void>;
  };
  /** Injects the watcher into the tab's frames that have none yet (a page that added frames late). */
  watchTab?: (tabId: number) => Promise<void>;
  /** The user asked (the popup is open on the tab): read it now, even where no card could show. */
  readTab?: (tabId: number) => Promise<void>;
  /** Whether a page's site is switched on and granted right now (the user may have turned it off). */
  enabled: (url: string) => Promise<boolean>;
  /** The reflections, for commitments that come back; without it, no card asks about one. */
  reflections?: TogetherStore;
};

export type OfferedPage = { title?: string; url?: string };

export class RejectedMessage extends Error {}

/** Only web addresses are offered; anything else (file:, data:, an intranet app's custom scheme) is dropped. */
export function offeredPage(title: string | undefined, url: string | undefined): OfferedPage {
  return {
    ...(title ? { title: title.slice(0, 500) } : {}),
    ...(url && /^https?:/i.test(url) ? { url: url.slice(0, 2048) } : {}),
  };
}
