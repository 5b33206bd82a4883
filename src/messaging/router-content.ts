import type { PromptEvent } from '../prompts/events';
import { CAPTURE_DRAFT_ID, type DraftFields, emptyDraftFields, withQuote } from '../reflections/draft';
import { localDate } from '../reflections/local-date';
import { t } from '../ui/i18n';
import { type ContentMessage, snoozeMs } from './protocol';
import { type FrameRef, offeredPage, RejectedMessage, type RouterDeps } from './router-deps';

/** Runs work on one frame's state in turn (the router owns the queues). */
export type Serial = <T>(frame: FrameRef, fn: () => Promise<T>) => Promise<T>;

type CardMessage = Exclude<ContentMessage, { type: 'page:sample' } | { type: 'commitment:answer' }>;

/** What the card's buttons send: accepted only for a prompt this visit was shown, on this site. */
export async function handleContent(
  { deps, serial }: { deps: RouterDeps; serial: Serial },
  message: CardMessage,
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
  await prefillDraft(deps, {
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
export async function prefillDraft(deps: RouterDeps, patch: Partial<DraftFields> & { quote?: string }) {
  const now = deps.now();
  const existing = await deps.drafts.get(CAPTURE_DRAFT_ID);
  const fields = existing?.fields ?? emptyDraftFields(localDate(now));
  const { quote, ...rest } = patch;
  // A new page is starting this draft: whatever was offered or kept from an earlier page goes.
  const { pageUrl: _url, pageTitle: _title, keepPageTitle: _keptTitle, quoteNotice: _told, ...kept } = fields;
  const next: DraftFields = { ...kept, ...rest, keepPageUrl: false };
  if (fields.title.trim()) next.title = fields.title;
  if (quote) Object.assign(next, withQuote(fields.what, quote));
  await deps.drafts.save({ id: CAPTURE_DRAFT_ID, savedAt: now.toISOString(), fields: next });
}
