import type { PromptEvent } from '../prompts/events';
import type { Prompt } from '../prompts/schema';
import { selectPrompt } from '../prompts/select';
import {
  CAPTURE_DRAFT_ID,
  type Draft,
  type DraftFields,
  emptyDraftFields,
  withQuote,
} from '../reflections/draft';
import { localDate } from '../reflections/local-date';
import type { EffectiveSettings } from '../settings/merge';
import { ContentMessage, ExtensionPageMessage, type PromptOffer } from './protocol';
import { classifySender, type SenderInfo, siteOf } from './sender';

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

const snoozeMs = { hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;

export function createRouter(deps: RouterDeps) {
  async function route(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const kind = classifySender(sender, deps.runtimeId, deps.extensionOrigin);
    if (kind === 'content') {
      const parsed = ContentMessage.safeParse(raw);
      if (!parsed.success) throw new RejectedMessage('Malformed message from a page');
      const site = siteOf(sender);
      if (!site) throw new RejectedMessage('Unknown page');
      return handleContent(parsed.data, site, sender.tab?.url);
    }
    if (kind === 'extension-page') {
      const parsed = ExtensionPageMessage.safeParse(raw);
      if (!parsed.success) throw new RejectedMessage('Malformed message from an extension page');
      if (parsed.data.type === 'sites:sync') await deps.syncSites();
      return { ok: true };
    }
    throw new RejectedMessage('Message from an unknown sender');
  }

  /** "Reflect on selection": the user chose this text, so it may go into their draft. */
  async function reflectOnSelection(quote: string, page: { title?: string; url?: string }) {
    await prefillDraft({ quote });
    await deps.openCapture('selection', offeredPage(page.title, page.url));
  }

  async function handleContent(message: ContentMessage, site: string, tabUrl: string | undefined) {
    const history = await deps.history.list();
    const now = deps.now();
    if (message.type === 'page:detected') {
      const settings = await deps.settings();
      const prompts = await deps.prompts(settings);
      const page = { ...message.detection, site, visitId: message.visitId };
      const choice = selectPrompt(page, history, { ...settings.settings, prompts }, now, deps.random);
      if (!choice || !message.detection.context) return null;
      const alreadyShown = history.some((e) => e.visitId === message.visitId && e.kind === 'shown');
      if (!alreadyShown)
        await deps.history.add(event('shown', choice.prompt.id, site, message.detection.context));
      const offer: PromptOffer = {
        prompt: choice.prompt,
        context: message.detection.context,
        signals: message.detection.signals,
      };
      return offer;
    }

    // Actions are only accepted for a prompt this visit was actually shown, on this site.
    const shown = history.find(
      (e) =>
        e.kind === 'shown' &&
        e.visitId === message.visitId &&
        e.promptId === message.promptId &&
        e.site === site,
    );
    if (!shown) throw new RejectedMessage('No such prompt was shown here');

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

  return { route, reflectOnSelection };
}
