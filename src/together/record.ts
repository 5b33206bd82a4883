import { z } from 'zod';
import { findPii } from '../reflections/pii';
import { t } from '../ui/i18n';
import { Commitment, type FollowUp, withFollowUp } from './commitments';

/*
 * The "power of many" parts of a reflection record. The PII guard never imports the model (PiiKind has its
 * own module), so the name check lives in the record's own schema: every save, edit, group file and backup
 * is held to it.
 */

/** Whether a role names or numbers a person: "two patient partners" passes, "Mrs Patel" does not. */
export function roleNamesPerson(role: string): boolean {
  return findPii(role).length > 0;
}

export const ReflectionParticipant = z
  .object({
    role: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .refine((role) => !roleNamesPerson(role), { error: () => t('err_together_roleNamesPerson') }),
    count: z.number().int().min(1).max(500),
  })
  .strict();

/** The first participant role in a stored reflection that names a person, for an import's report. */
export function namedParticipantIn(reflection: unknown): string | null {
  const group = (reflection as { group?: { participants?: unknown } } | null)?.group;
  if (!group || !Array.isArray(group.participants)) return null;
  for (const p of group.participants) {
    const role = (p as { role?: unknown } | null)?.role;
    if (typeof role === 'string' && roleNamesPerson(role)) return role;
  }
  return null;
}

/** A reflection made with others: who took part (by role and number), and what the group decided. */
export const ReflectionGroup = z
  .object({
    groupId: z.string().uuid(),
    participants: z.array(ReflectionParticipant).min(1).max(20),
    decided: z.string().max(20_000),
  })
  .strict();
export type ReflectionGroup = z.infer<typeof ReflectionGroup>;

export { Commitment };

/** What a reflection needs to take a follow-up: its commitment and the text the answer joins. */
export interface FollowUpTarget {
  commitment?: Commitment;
  updatedAt: string;
}

const outcomeKeys = {
  done: 'outcome_done',
  partly: 'outcome_partly',
  'not-yet': 'outcome_not_yet',
  'no-longer-relevant': 'outcome_no_longer_relevant',
} as const;

/** "29 November 2026, partly: the PPG chair agreed; the board has not seen it yet." */
export function followUpLine(followUp: FollowUp): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(followUp.at));
  const note = followUp.note.trim();
  return t('followUpLine', [day, t(outcomeKeys[followUp.outcome]).toLowerCase(), note ? `: ${note}` : '.']);
}

/**
 * The reflection with the user's answer recorded: the follow-up joins the commitment, and a line joins
 * the text named by `into` (what the user changed), so the answer reaches the exports. Pure.
 */
export function recordFollowUp<R extends FollowUpTarget, K extends keyof R & string>(
  reflection: R,
  followUp: FollowUp,
  into: K,
): R {
  if (!reflection.commitment) throw new Error(t('err_together_noCommitment'));
  const before = String(reflection[into] ?? '').trimEnd();
  const line = followUpLine(followUp);
  const text = (before ? `${before}\n\n${line}` : line).slice(0, 20_000);
  return {
    ...reflection,
    commitment: withFollowUp(reflection.commitment, followUp),
    [into]: text,
    updatedAt: followUp.at,
  };
}
