import type { PromptEvent } from '../prompts/events';
import type { Prompt } from '../prompts/schema';
import { selectPrompt } from '../prompts/select';
import { CAPTURE_DRAFT_ID, type Draft, type DraftFields, emptyDraftFields } from '../reflections/draft';
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
  /** Opens capture; the page address travels with the window, and is stored only if the user ticks to keep it. */
  openCapture: (from: 'prompt' | 'selection', pageUrl?: string) => Promise<void>;
  syncSites: () => Promise<void>;
};

export class RejectedMessage extends Error {}

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
    await prefillDraft({
      quote: quote.slice(0, 5000),
      ...(page.title && { pageTitle: page.title.slice(0, 500) }),
    });
    await deps.openCapture(
      'selection',
      page.url && /^https?:/.test(page.url) ? page.url.slice(0, 2048) : undefined,
    );
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
      pageTitle: message.pageTitle,
    });
    await deps.openCapture('prompt', tabUrl?.slice(0, 2048));
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
    const { pageUrl: _offeredBefore, ...kept } = fields;
    const next: DraftFields = { ...kept, ...rest, keepPageUrl: false };
    if (fields.title.trim()) next.title = fields.title;
    if (quote) next.what = `${fields.what ? `${fields.what}\n\n` : ''}“${quote}”\n\n`;
    await deps.drafts.save({ id: CAPTURE_DRAFT_ID, savedAt: now.toISOString(), fields: next });
  }

  return { route, reflectOnSelection };
}
