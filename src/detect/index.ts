import { classify } from './classify';
import type { Detection } from './detection';
import { extractSignals } from './signals';

export { type Classification, classify, classifyWithBreakdown, type ScoreBreakdown } from './classify';
// Types only: the zod schemas stay in detection.ts so importing the detector never bundles zod.
export type { Detection, PlanningContext, Signal, VoiceKind, Voices } from './detection';
export type { PageSignals, SignalBudget } from './page-signals';
export { defaultSignalBudget } from './page-signals';
export { extractSignals } from './signals';

/** The whole detector: bounded DOM read, then a pure decision. Same code in the content script and Node. */
export function detectPlanningPage(doc: Document, url: string): Detection {
  return classify(extractSignals(doc, url));
}
