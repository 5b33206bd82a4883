import { z } from 'zod';
import { pageFactKeys } from './page-facts';
import { detectionModes, planningContexts, signalSources, voiceKinds } from './vocabulary';

// The arrays live in a zod-free module so the content script can use them without bundling zod.
export { detectionModes, planningContexts, signalSources, voiceKinds };

export const PlanningContext = z.enum(planningContexts);
export type PlanningContext = z.infer<typeof PlanningContext>;

/** Drafting a document, reviewing someone else's before it is final, or taking part in the work. */
export const DetectionMode = z.enum(detectionModes);
export type DetectionMode = z.infer<typeof DetectionMode>;

export const VoiceKind = z.enum(voiceKinds);
export type VoiceKind = z.infer<typeof VoiceKind>;

/** Whose voices the page already mentions, so prompts can notice who is missing. */
export const Voices = z.object({
  patients: z.boolean(),
  carers: z.boolean(),
  public: z.boolean(),
  staff: z.boolean(),
});
export type Voices = z.infer<typeof Voices>;

export const SignalSource = z.enum(signalSources);

/** One piece of evidence, shown to the user under "Why am I seeing this?". Negative weights count against. */
export const Signal = z.object({
  source: SignalSource,
  term: z.string().max(120),
  weight: z.number(),
});
export type Signal = z.infer<typeof Signal>;

export const Detection = z.object({
  planning: z.boolean(),
  context: PlanningContext.nullable(),
  /** Null exactly when the page is not planning. */
  mode: DetectionMode.nullable(),
  score: z.number().min(0).max(1),
  editing: z.boolean(),
  voices: Voices,
  signals: z.array(Signal).max(40),
  /** What the page says or leaves out (page-facts.ts); absent when not checked, so no prompt may claim it. */
  facts: z.record(z.enum(pageFactKeys), z.boolean()).optional(),
});
export type Detection = z.infer<typeof Detection>;

export const noVoices: Voices = { patients: false, carers: false, public: false, staff: false };
