import { z } from 'zod';
import { Detection, PlanningContext, Signal } from '../detect/detection';
import { MAX_FIELD_CHARS, MAX_FIELDS, MAX_SNAPSHOT_CHARS, type PageSnapshot } from '../detect/snapshot-shape';
import { Prompt } from '../prompts/schema';
import { CommitmentAnswer, CommitmentAsk } from '../together/commitment-ask';

const visitId = z.string().min(8).max(64);
const promptId = z.string().min(1).max(63);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What the watcher hands over (read-page.ts): bounded markup and typed values, read in the background. */
export const Snapshot = z
  .object({
    html: z.string().max(MAX_SNAPSHOT_CHARS),
    fields: z.array(z.string().max(MAX_FIELD_CHARS)).max(MAX_FIELDS),
  })
  .strict();
true satisfies Same<PageSnapshot, z.infer<typeof Snapshot>>;

/**
 * Messages a content script may send. Nothing here can read reflections. The page is described by a
 * plain sample, never by a verdict: the background classifies it, so a forged message cannot claim
 * a page is planning work any more than the page's text does.
 */
export const PageSampleMessage = z
  .object({
    type: z.literal('page:sample'),
    /** A new visit: the first sample of a document, or the address changed (a client-side route). */
    fresh: z.boolean(),
    url: z.string().max(4096),
    /** When this document started (performance.timeOrigin), so the background can drop its old frames. */
    since: z.number().finite(),
    snapshot: Snapshot,
    /** The page has more frames than when it last reported: the background looks into the new ones. */
    newFrames: z.boolean().optional(),
  })
  .strict();
/** How long the card's snooze buttons quiet prompts for; the router turns the name into a time. */
export const snoozeDurations = ['hour', 'day', 'week'] as const;
export type SnoozeDuration = (typeof snoozeDurations)[number];
export const snoozeMs: Record<SnoozeDuration, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};
export const PromptAction = z
  .object({
    type: z.literal('prompt:action'),
    visitId,
    promptId,
    action: z.enum(['snooze', 'not-here', 'never']),
    snoozeFor: z.enum(snoozeDurations).optional(),
  })
  .strict();
export const PromptReflect = z
  .object({ type: z.literal('prompt:reflect'), visitId, promptId, pageTitle: z.string().max(500) })
  .strict();
/** The card was closed with its × or Escape: it stays away from this address in this tab. */
export const PromptClose = z.object({ type: z.literal('prompt:close'), visitId, promptId }).strict();
/** The user copied the card's invitation or opened it in e-mail: recorded without any text. */
export const PromptPassedOn = z.object({ type: z.literal('prompt:passed-on'), visitId, promptId }).strict();
/** The user opened the card's chip: the background injects the open card's code into that frame. */
export const CardOpen = z.object({ type: z.literal('card:open'), visitId, promptId }).strict();
/** The user's answer to "How did it go: …?" on the card. */
export const CommitmentAnswerMessage = CommitmentAnswer.extend({
  type: z.literal('commitment:answer'),
  visitId,
}).strict();
export const ContentMessage = z.discriminatedUnion('type', [
  PageSampleMessage,
  PromptAction,
  PromptReflect,
  PromptClose,
  PromptPassedOn,
  CardOpen,
  CommitmentAnswerMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Messages only the extension's own pages (popup, options, onboarding) may send. */
export const SitesSync = z.object({ type: z.literal('sites:sync') }).strict();
/** The popup asks for a page that was not read on load (no card could have shown then) to be read now. */
export const PageRead = z
  .object({ type: z.literal('page:read'), tabId: z.number().int().nonnegative() })
  .strict();
export const ExtensionPageMessage = z.discriminatedUnion('type', [SitesSync, PageRead]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

/** What the background offers a page: one prompt and why, or nothing. */
export const PromptOffer = z
  .object({
    prompt: Prompt,
    context: PlanningContext,
    signals: z.array(Signal),
    /** A commitment past its date for the card to ask about, in one line. */
    commitmentAsk: CommitmentAsk.optional(),
    /** False when the organisation has switched "Ask others" off. */
    passItOn: z.boolean().optional(),
  })
  .strict()
  .nullable();
export type PromptOffer = z.infer<typeof PromptOffer>;

/** What the background decided for one frame of a tab; kept in session storage for the popup. */
export const PageState = z
  .object({
    visitId,
    /** The tab's host name, as prompt history records it. */
    site: z.string().max(253),
    /** Origin, path and query of the visit (no fragment): a closed card stays away from it. */
    address: z.string().max(4096),
    since: z.number(),
    detection: Detection,
    promptId: promptId.nullable(),
    /** 'shown', or why no card is showing. */
    decision: z.string().max(40),
    closed: z.array(z.string().max(4096)).max(20),
    at: z.string().max(40),
  })
  .strict();
export type PageState = z.infer<typeof PageState>;
