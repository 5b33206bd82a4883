import { z } from 'zod';
import { Detection, PlanningContext, Signal } from '../detect/detection';
import { Prompt } from '../prompts/schema';

const visitId = z.string().min(8).max(64);
const promptId = z.string().min(1).max(63);

/** Messages a content script may send. Nothing here can read reflections. */
export const PageDetected = z
  .object({ type: z.literal('page:detected'), visitId, detection: Detection })
  .strict();
export const snoozeDurations = ['hour', 'day', 'week'] as const;
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
export const ContentMessage = z.discriminatedUnion('type', [PageDetected, PromptAction, PromptReflect]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Messages only the extension's own pages (popup, options, onboarding) may send. */
export const SitesSync = z.object({ type: z.literal('sites:sync') }).strict();
export const HistoryChanged = z.object({ type: z.literal('history:changed') }).strict();
export const ExtensionPageMessage = z.discriminatedUnion('type', [SitesSync, HistoryChanged]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

/** What the background offers a page: one prompt and why, or nothing. */
export const PromptOffer = z
  .object({ prompt: Prompt, context: PlanningContext, signals: z.array(Signal) })
  .strict()
  .nullable();
export type PromptOffer = z.infer<typeof PromptOffer>;

export const Ack = z.object({ ok: z.boolean(), error: z.string().optional() }).strict();
export type Ack = z.infer<typeof Ack>;

/** Sent by the popup to the tab's content script. */
export const DetectionQuery = z.object({ type: z.literal('detection:get') }).strict();
export const DetectionReport = z
  .object({ detection: Detection.nullable(), promptId: z.string().nullable() })
  .strict();
export type DetectionReport = z.infer<typeof DetectionReport>;
