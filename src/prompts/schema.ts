import { z } from 'zod';
import { DetectionMode, PlanningContext, VoiceKind } from '../detect/detection';
import { pageFactKeys } from '../detect/page-facts';
import { promptCategories } from '../vocabulary';
import { referencesByKey } from './references';

/** Kebab-case: "ask-what-matters", never "Ask_What", "-lead" or "two--hyphens". */
const kebabCaseId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const hasNoRepeats = (items: readonly string[]): boolean => new Set(items).size === items.length;

export const PromptCategory = z.enum(promptCategories);
export type PromptCategory = z.infer<typeof PromptCategory>;

export { DetectionMode };

export const PageFactKey = z.enum(pageFactKeys);

/**
 * Conditions on the detection that make a prompt especially fitting. All given conditions must hold, and a
 * condition on something the detection did not check (no facts, no mode) never holds.
 */
export const PromptWhen = z
  .object({
    /** Fits when none of these voices is mentioned on the page yet. */
    missingVoices: z.array(VoiceKind).min(1).refine(hasNoRepeats, 'list each voice only once').optional(),
    /** Fits only while the user is (true) or is not (false) editing. */
    editing: z.boolean().optional(),
    /** Fits only when the page was checked and each listed fact has the given value. */
    facts: z.partialRecord(PageFactKey, z.boolean()).optional(),
    /** Fits only in these detection modes: drafting, reviewing or taking part. */
    modes: z.array(DetectionMode).min(1).refine(hasNoRepeats, 'list each mode only once').optional(),
  })
  .strict();
export type PromptWhen = z.infer<typeof PromptWhen>;

export const Prompt = z
  .object({
    id: z
      .string()
      .min(2)
      .max(63)
      .regex(
        kebabCaseId,
        'use kebab-case: lower-case words or digits joined by single hyphens, e.g. "ask-what-matters"',
      ),
    text: z.string().trim().min(10).max(200),
    why: z.string().trim().min(10).max(400),
    /** The source as a reader sees it; built-in prompts take it from their reference. */
    source: z.string().trim().min(2).max(200),
    /** Key of the reference in references.ts; required for built-in prompts, optional in packs. */
    ref: z
      .string()
      .refine((key) => referencesByKey.has(key), 'is not a key in the references table')
      .optional(),
    category: PromptCategory,
    contexts: z.array(PlanningContext).min(1).refine(hasNoRepeats, 'list each context only once'),
    when: PromptWhen.optional(),
    shift: z.string().trim().min(3).max(80),
    try: z.string().trim().min(10).max(240),
  })
  .strict();
export type Prompt = z.infer<typeof Prompt>;

/** An organisation's or team's own prompts: the same prompt schema, with a name. */
export const PromptPack = z
  .object({
    name: z.string().trim().min(1).max(100),
    version: z.string().max(40).optional(),
    prompts: z.array(Prompt).min(1).max(500),
  })
  .strict();
export type PromptPack = z.infer<typeof PromptPack>;

/** How the built-in library is written: every prompt cites a reference by key, and its `source` is derived. */
export type LibraryEntry = Omit<Prompt, 'source' | 'ref'> & { ref: string };
