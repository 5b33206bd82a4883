import { classify } from '../detect/classify';
import { inPageBudget } from '../detect/page-signals';
import { sampleSnapshot } from '../detect/page-snapshot';
import { parseAddress } from '../detect/platforms';
import { silenceBeforeReading } from '../prompts/before-reading';
import type { SilenceReason } from '../prompts/select';
import { t } from '../ui/i18n';
import { ContentMessage, ExtensionPageMessage, PageSampleMessage, type PageState } from './protocol';
import { handleContent, prefillDraft } from './router-content';
import { decide } from './router-decide';
import { type FrameRef, offeredPage, RejectedMessage, type RouterDeps } from './router-deps';
import { classifySender, type SenderInfo, siteOf } from './sender';
import { createTogether } from './together';

export type { FrameRef, OfferedPage, RouterDeps } from './router-deps';
export { RejectedMessage };

/**
 * The background's one entry for messages: who sent it, is it well formed, and what it may do. Work on a
 * frame's state is queued per frame; deciding about the card and the card's own buttons live beside it.
 */
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
      return handleContent({ deps, serial }, parsed.data, site, frame, sender.tab?.url);
    }
    if (kind === 'extension-page') {
      const parsed = ExtensionPageMessage.safeParse(raw);
      if (!parsed.success) throw new RejectedMessage(t('err_router_malformedExtension'));
      if (parsed.data.type === 'sites:sync') await deps.syncSites();
      else await deps.readTab?.(parsed.data.tabId);
      return { ok: true };
    }
    throw new RejectedMessage(t('err_router_unknownSender'));
  }

  /**
   * What an injected watcher returned (its first snapshot): the background injected it itself, into a
   * frame of a tab whose address it knows, so the tab's address stands in for the sender's.
   */
  async function injected(result: unknown, frame: FrameRef, tabUrl: string): Promise<void> {
    if (result === null || result === undefined) return;
    const parsed = PageSampleMessage.safeParse({ type: 'page:sample', ...(result as object) });
    const site = siteOf({ tab: { url: tabUrl } });
    if (!parsed.success || !site) throw new RejectedMessage(t('err_router_malformedPage'));
    await onSample(parsed.data, {}, frame, site);
  }

  /** "Reflect on selection": the user chose this text, so it may go into their draft. */
  async function reflectOnSelection(quote: string, page: { title?: string; url?: string }) {
    await prefillDraft(deps, { quote });
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
    // The reading happens here, in the background: the page only handed over its markup.
    const detection = classify({
      ...sampleSnapshot(message.snapshot, inPageBudget),
      url: parseAddress(message.url),
    });
    if (message.newFrames && frame.frameId === 0) void deps.watchTab?.(frame.tabId).catch(() => undefined);
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
      await decide(deps, together, frame, state);
      return { ok: true };
    });
  }

  /**
   * Why a fresh load at this address could get no card whatever the page says, or null when it might.
   * Reading costs the page a script world, so the watcher goes in only when this is null or the user asks.
   */
  async function silenceBeforeReadingAt(url: string): Promise<SilenceReason | null> {
    const site = siteOf({ tab: { url } });
    if (!site) return null;
    const { settings } = await deps.settings();
    return silenceBeforeReading(await deps.history.list(), settings, site, deps.now());
  }

  /** Settings or prompt history changed: every open page decides again from what it last sampled. */
  async function redecideAll(): Promise<void> {
    const pages = await deps.pages.list();
    await Promise.all(
      pages.map(({ frame }) =>
        serial(frame, async () => {
          const state = await deps.pages.get(frame);
          if (state) await decide(deps, together, frame, state);
        }),
      ),
    );
  }

  return { route, injected, reflectOnSelection, redecideAll, silenceBeforeReadingAt };
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
