import type { PromptCategory } from '../vocabulary';
import type { GmcDomain } from './model';

/*
 * Suggestions for "How this relates to the Code / Good medical practice": which NMC Code sections or GMP
 * 2024 domains a reflection seems to touch, from its own words and the prompt it came from. Only a
 * starting point the user can take or leave; the matching is deliberately simple and explainable.
 */

/** NMC Code sections (1–25) this tool can suggest. */
export const codeSections = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 17, 18, 19, 20, 25] as const;
export type CodeSection = (typeof codeSections)[number];

const sectionCues: [CodeSection, RegExp][] = [
  [1, /\b(dignity|individual|respect|discriminat)/i],
  [2, /\b(carers?|famil(y|ies)|listen|preferences?|what matters|co-?produc|involv)/i],
  [3, /\b(needs? (were|are|was)? ?assessed|wellbeing|psychological|social needs)/i],
  [4, /\b(best interests?|advocat|consent|capacity)/i],
  [5, /\b(confidential|privacy|private)/i],
  [6, /\b(evidence|guidelines?|research|best practice)/i],
  [7, /\b(communicat|explain|language|plain english|letter|conversation)/i],
  [8, /\b(team|colleagues?|co-?operat|handover|partners?|multidisciplinary|mdt)/i],
  [9, /\b(teach|mentor|students?|shar(e|ed|ing) (my )?(skills|knowledge|learning)|supervis)/i],
  [10, /\b(records?|documentation|notes)\b/i],
  [11, /\b(delegat)/i],
  [13, /\b(competen|limits of|scope of practice)/i],
  [14, /\b(candou?r|apologi|openness|honest)/i],
  [16, /\b(risk|escalat|raise (a )?concern|speak(ing)? up)/i],
  [17, /\b(safeguard|vulnerable|abuse)/i],
  [18, /\b(medicines?|medication|prescri|dose)/i],
  [19, /\b(harm|incident|error|near miss|infection)/i],
  [20, /\b(reputation|social media|professionalism|role model)/i],
  [25, /\b(lead(ing|ership|er)?|improv(e|ement|ing)|change|organis(e|ing))/i],
];

const sectionsByCategory: Record<PromptCategory, CodeSection[]> = {
  'what-matters': [2, 4],
  'who-is-missing': [1, 2],
  'sharing-power': [2, 25],
  relationships: [8],
  organising: [25, 9],
  'peer-support': [8, 9],
  story: [7],
  'collective-action': [25, 8],
  'access-and-equality': [1, 3],
  'recognition-and-momentum': [25, 9],
  'strengths-and-assets': [2, 25],
};

const domainCues: [GmcDomain, RegExp][] = [
  ['knowledge-skills-development', /\b(learn|course|cpd|skills?|knowledge|training|reading|teach)/i],
  [
    'patients-partnership-communication',
    /\b(patients?|carers?|famil(y|ies)|communicat|partnership|listen|co-?produc)/i,
  ],
  [
    'colleagues-culture-safety',
    /\b(team|colleagues?|culture|safety|incident|risk|lead(ing|ership)?|support)/i,
  ],
  ['trust-professionalism', /\b(honest|probity|trust|candou?r|complaint|confidential|integrity)/i],
];

const domainsByCategory: Record<PromptCategory, GmcDomain[]> = {
  'what-matters': ['patients-partnership-communication'],
  'who-is-missing': ['patients-partnership-communication'],
  'sharing-power': ['patients-partnership-communication'],
  relationships: ['colleagues-culture-safety'],
  organising: ['colleagues-culture-safety'],
  'peer-support': ['colleagues-culture-safety'],
  story: ['patients-partnership-communication'],
  'collective-action': ['colleagues-culture-safety'],
  'access-and-equality': ['patients-partnership-communication'],
  'recognition-and-momentum': ['colleagues-culture-safety'],
  'strengths-and-assets': ['patients-partnership-communication'],
};

function ranked<T>(cues: [T, RegExp][], fromPrompt: readonly T[], text: string, limit: number): T[] {
  const scores = new Map<T, number>();
  for (const item of fromPrompt) scores.set(item, (scores.get(item) ?? 0) + 2);
  for (const [item, cue] of cues) {
    const hits = text.match(new RegExp(cue.source, 'gi'))?.length ?? 0;
    if (hits > 0) scores.set(item, (scores.get(item) ?? 0) + Math.min(hits, 3));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([item]) => item);
}

/** Up to three Code sections, strongest first: the prompt's category counts for two mentions. */
export function suggestCodeSections(text: string, category?: PromptCategory): CodeSection[] {
  return ranked(sectionCues, category ? sectionsByCategory[category] : [], text, 3);
}

/** Up to two Good medical practice 2024 domains, strongest first. */
export function suggestGmpDomains(text: string, category?: PromptCategory): GmcDomain[] {
  return ranked(domainCues, category ? domainsByCategory[category] : [], text, 2);
}
