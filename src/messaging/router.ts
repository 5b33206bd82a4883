import { classify } from '../detect/classify';
import { parseAddress } from '../detect/platforms';
import type { PromptEvent } from '../prompts/events';
import type { Prompt } from '../prompts/schema';
import { decidePrompt } from '../prompts/select';
import {
  CAPTURE_DRAFT_ID,
  type Draft,
  type DraftFields,
  emptyDraftFields,
  withQuote,
} from '../reflections/draft';
import { localDate } from '../reflections/local-date';
import type { EffectiveSettings } from '../settings/merge';
import { t } from '../ui/i18n';
import { ContentMessage, ExtensionPageMessage, type PageState, type PromptOffer, snoozeMs } from './protocol';
import { classifySender, type SenderInfo, siteOf } from './sender';
import { createTogether, type TogetherStore } from './together';

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
  /** Whether a page's site is switched on and granted right now (the user may have turned it off). */
  enabled: (url: string) => Promise<boolean>;
  /** The reflections, for commitments that come back; without it, no card asks about one. */
  reflections?: TogetherStore;
};

export type OfferedPage = { title?: string; url?: string };

export class RejectedMessage extends Error {}

/** Only web addresses are offered; anything else (file:, data:, an intranet app's custom scheme) is dropped. */
function offeredPage(title: string | undefined, url: string | undefined): OfferedPage {
  return {
    ...(title ? { title: title.slice(0, 500) } : {}),
    ...(url && /^https?:/i.test(url) ? { url: url.slice(0, 2048) } : {}),
  };
}

export function createRouter(deps: RouterDeps) {
  const together = deps.reflections ? createTogether(deps.reflections, deps.now) : null;
  async function route(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const kind = classifySender(sender, deps.runtimeId, deps.extensionOrigin);
    if (kind === 'content') {
      const parsed = ContentMessage.safeParse(raw);
      if (!parsed.success) throw new RejectedMessage(t('err_router_malformedPage'));
      const site = siteOf(sender);
      const tabId = sender.tab?.id;
      if (!site || tabId === undefined) throw new RejectedMessage(t('err_router_unknownPage'));
      const frame = { tabId, frameId: sender.frameId ?? 0 };
      if (parsed.data.type === 'page:sample') return onSample(parsed.data, sender, frame, site);
      if (parsed.data.type === 'commitment:answer') {
        if (!together || !(await together.answer(parsed.data)))
          throw new RejectedMessage(t('err_router_noCommitment'));
        return { ok: true };
      }
      return handleContent(parsed.data, site, frame, sender.tab?.url);
    }
    if (kind === 'extension-page') {
      const parsed = ExtensionPageMessage.safeParse(raw);
      if (!parsed.success) throw new RejectedMessage(t('err_router_malformedExtension'));
      if (parsed.data.type === 'sites:sync') await deps.syncSites();
      else await redecideAll();
      return { ok: true };
    }
    throw new RejectedMessage(t('err_router_unknownSender'));
  }

  /** "Reflect on selection": the user chose this text, so it may go into their draft. */
  async function reflectOnSelection(quote: string, page: { title?: string; url?: string }) {
    await prefillDraft({ quote });
    await deps.openCapture('selection', offeredPage(page.title, page.url));
  }

  /** Work on one frame's state never interleaves: a sample and a settings change arrive together. */
  const queues = new Map<string, Promise<unknown>>();
  function serial<T>(frame: FrameRef, fn: () => Promise<T>): Promise<T> {
    const key = `${frame.tabId}:${frame.frameId}`;
    const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => queues.get(key) === tail && queues.delete(key));
    return run;
  }

  /** A watcher's sample: classify it here, off the page's main thread, then decide about the card. */
  function onSample(message: PageSample, sender: SenderInfo, frame: FrameRef, site: string) {
    const address = addressOf(message.url);
    if (address === null || (sender.url && addressOf(sender.url)?.split('/')[2] !== address.split('/')[2]))
      throw new RejectedMessage(t('err_router_sampleMismatch'));
    const detection = classify({ ...message.signals, url: parseAddress(message.url) });
    return serial(frame, async () => {
      const prev = await deps.pages.get(frame);
      const fresh = message.fresh || !prev || prev.since !== message.since;
      if (fresh && frame.frameId === 0) await deps.pages.dropOlderFrames(frame.tabId, message.since);
      const state: PageState = {
        visitId: fresh || !prev ? deps.uuid() : prev.visitId,
        site,
        address,
        since: message.since,
        detection,
        promptId: fresh || !prev ? null : prev.promptId,
        decision: 'pending',
        closed: prev?.closed ?? [],
        at: deps.now().toISOString(),
      };
      await decide(frame, state);
      return { ok: true };
    });
  }

  /** Chooses a prompt (or none) for one frame, puts the card in or takes it out, and records why. */
  async function decide(frame: FrameRef, state: PageState): Promise<void> {
    let offer: PromptOffer = null;
    if (state.closed.includes(state.address)) state.decision = 'closed';
    else if (!(await deps.enabled(state.address))) state.decision = 'site-off';
    else {
      const settings = await deps.settings();
      const prompts = await deps.prompts(settings);
      const history = await deps.history.list();
      const now = deps.now();
      const page = { ...state.detection, site: state.site, visitId: state.visitId };
      const outcome = decidePrompt(page, history, { ...settings.settings, prompts }, now, deps.random);
      const context = state.detection.context;
      if (outcome.shown && context) {
        const commitmentAsk = await together?.askOnPage(context);
        offer = {
          prompt: outcome.prompt,
          context,
          signals: state.detection.signals,
          passItOn: settings.passItOn,
          ...(commitmentAsk && { commitmentAsk }),
        };
        const alreadyShown = history.some((e) => e.visitId === state.visitId && e.kind === 'shown');
        if (!alreadyShown) {
          await deps.history.add({
            id: deps.uuid(),
            promptId: outcome.prompt.id,
            kind: 'shown',
            at: now.toISOString(),
            site: state.site,
            context,
            visitId: state.visitId,
          });
        }
      }
      state.decision = outcome.shown ? 'shown' : outcome.silence;
    }
    if (offer && offer.prompt.id !== state.promptId) {
      try {
        await deps.card.show(frame, offer, state.visitId);
        state.promptId = offer.prompt.id;
      } catch {
        // The frame went away or navigated on: nothing is showing there.
        state.promptId = null;
        state.decision = 'card-failed';
      }
    } else if (!offer && state.promptId !== null) {
      await deps.card.remove(frame).catch(() => undefined);
      state.promptId = null;
    }
    await deps.pages.set(frame, state);
    await deps.card.decided?.(frame, state).catch(() => undefined);
  }

  /** Settings or prompt history changed: every open page decides again from what it last sampled. */
  async function redecideAll(): Promise<void> {
    const pages = await deps.pages.list();
    await Promise.all(
      pages.map(({ frame }) =>
        serial(frame, async () => {
          const state = await deps.pages.get(frame);
          if (state) await decide(frame, state);
        }),
      ),
    );
  }

  async function handleContent(
    message: Exclude<ContentMessage, PageSample | { type: 'commitment:answer' }>,
    site: string,
    frame: FrameRef,
    tabUrl: string | undefined,
  ) {
    const history = await deps.history.list();
    const now = deps.now();

    // Actions are only accepted for a prompt this visit was actually shown, on this site.
    const shown = history.find(
      (e) =>
        e.kind === 'shown' &&
        e.visitId === message.visitId &&
        e.promptId === message.promptId &&
        e.site === site,
    );
    if (!shown) throw new RejectedMessage(t('err_router_noPrompt'));
    if (message.type === 'card:open') {
      await deps.card.open(frame);
      return { ok: true };
    }
    // Passing a prompt on leaves the card where it is; only the fact is kept, never the text.
    if (message.type === 'prompt:passed-on') {
      await deps.history.add(event('passed-on', shown.promptId, site, shown.context));
      return { ok: true };
    }
    // Whatever the user chose, the card has gone from this frame.
    await serial(frame, async () => {
      const state = await deps.pages.get(frame);
      if (!state || state.visitId !== message.visitId) return;
      state.promptId = null;
      if (message.type === 'prompt:close') {
        state.closed = [...state.closed.filter((a) => a !== state.address), state.address].slice(-20);
        state.decision = 'closed';
      }
      await deps.pages.set(frame, state);
    });
    if (message.type === 'prompt:close') return { ok: true };

    if (message.type === 'prompt:action') {
      if (message.action === 'snooze') {
        const until = new Date(now.getTime() + snoozeMs[message.snoozeFor ?? 'day']).toISOString();
        await deps.history.add({ ...event('snoozed', shown.promptId, site, shown.context), until });
      } else {
        await deps.history.add(
          event(message.action === 'never' ? 'never' : 'muted-site', shown.promptId, site, shown.context),
        );
      }
      return { ok: true };
    }

    await deps.history.add(event('reflected', shown.promptId, site, shown.context));
    const prompts = await deps.prompts(await deps.settings());
    const prompt = prompts.find((p) => p.id === shown.promptId);
    await prefillDraft({
      promptId: shown.promptId,
      ...(shown.context && { context: shown.context }),
      title: prompt ? prompt.text.slice(0, 200) : '',
    });
    await deps.openCapture('prompt', offeredPage(message.pageTitle, tabUrl));
    return { ok: true };

    function event(
      kind: PromptEvent['kind'],
      promptId: string,
      where: string,
      context: PromptEvent['context'],
    ) {
      return {
        id: deps.uuid(),
        promptId,
        kind,
        at: now.toISOString(),
        site: where,
        context,
        visitId: message.visitId,
      };
    }
  }

  /** Starts or extends the capture draft without overwriting anything the user already typed. */
  async function prefillDraft(patch: Partial<DraftFields> & { quote?: string }) {
    const now = deps.now();
    const existing = await deps.drafts.get(CAPTURE_DRAFT_ID);
    const fields = existing?.fields ?? emptyDraftFields(localDate(now));
    const { quote, ...rest } = patch;
    // A new page is starting this draft: whatever was offered or kept from an earlier page goes.
    const {
      pageUrl: _url,
      pageTitle: _title,
      keepPageTitle: _keptTitle,
      quoteNotice: _told,
      ...kept
    } = fields;
    const next: DraftFields = { ...kept, ...rest, keepPageUrl: false };
    if (fields.title.trim()) next.title = fields.title;
    if (quote) Object.assign(next, withQuote(fields.what, quote));
    await deps.drafts.save({ id: CAPTURE_DRAFT_ID, savedAt: now.toISOString(), fields: next });
  }

  return { route, reflectOnSelection, redecideAll };
}

type PageSample = Extract<ContentMessage, { type: 'page:sample' }>;

/** Origin, path and query: the same page, whatever its fragment says. */
function addressOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.origin}${u.pathname}${u.search}`;
  } catch {
    return null;
  }
}
