import { classify } from './classify';
import type { Detection } from './detection';
import type { SignalBudget } from './page-signals';
import { extractSignals } from './signals';

export { type Classification, classify, classifyWithBreakdown, type ScoreBreakdown } from './classify';
// Types only: the zod schemas stay in detection.ts so importing the detector never bundles zod.
export type { Detection, PlanningContext, Signal, VoiceKind, Voices } from './detection';
export type { PageSample, PageSignals, SignalBudget } from './page-signals';
export { defaultSignalBudget, inPageBudget } from './page-signals';
export { extractSignals } from './signals';

/**
 * The whole detector: bounded DOM read, then a pure decision. In the browser the two halves are split:
 * the page's watcher runs the same walk (sample-page.ts) and the background classifies its sample.
 */
export function detectPlanningPage(doc: Document, url: string, budget?: SignalBudget): Detection {
  return classify(extractSignals(doc, url, budget));
}
