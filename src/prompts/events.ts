import { z } from 'zod';
import { PlanningContext } from '../detect/detection';

// 'passed-on': the user copied or opened an invitation to answer the prompt; no text is kept.
export const promptEventKinds = [
  'shown',
  'snoozed',
  'muted-site',
  'never',
  'reflected',
  'passed-on',
] as const;
export const PromptEventKind = z.enum(promptEventKinds);

/** One thing that happened to a prompt; the user's prompt history is a list of these. */
export const PromptEvent = z
  .object({
    id: z.string().uuid(),
    promptId: z.string().min(1).max(63),
    kind: PromptEventKind,
    at: z.string().datetime({ offset: true }),
    /** The page's host name, never its path or text. */
    site: z.string().max(253),
    context: PlanningContext.nullable(),
    /** One page visit, so a prompt shows at most once per visit. */
    visitId: z.string().max(64).optional(),
    /** For snoozes: when prompts may show again. */
    until: z.string().datetime({ offset: true }).optional(),
  })
  .strict();
export type PromptEvent = z.infer<typeof PromptEvent>;
