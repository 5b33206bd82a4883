import { classify } from './classify';
import type { Detection } from './detection';
import { defaultSignalBudget, type SignalBudget } from './page-signals';
import { extractSignals } from './signals';

export { type Classification, classify, classifyWithBreakdown, type ScoreBreakdown } from './classify';
// Types only: the zod schemas stay in detection.ts so importing the detector never bundles zod.
export type { Detection, PlanningContext, Signal, VoiceKind, Voices } from './detection';
export type { PageSignals, SignalBudget } from './page-signals';
export { defaultSignalBudget } from './page-signals';
export { extractSignals } from './signals';

/** The whole detector: bounded DOM read, then a pure decision. Same code in the content script and Node. */
export function detectPlanningPage(doc: Document, url: string, budget?: SignalBudget): Detection {
  return classify(extractSignals(doc, url, budget));
}

/**
 * In a live page every DOM read crosses into the browser, so the content script reads fewer nodes than
 * the Node tools do; planning cues sit in titles, headings, tables and editors, which come early enough.
 */
export const inPageBudget: SignalBudget = { ...defaultSignalBudget, maxNodes: 8_000, maxTextChars: 8_000 };
