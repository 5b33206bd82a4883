import { z } from 'zod';
import type { PlanningContext } from '../detect/detection';
import type { Reflection } from '../reflections/model';
import { commitmentToAsk, nextAskDay } from './commitments';
import { recordFollowUp } from './record';
import { commitmentOutcomes } from './vocabulary';

/** What the card is told: which reflection, and the commitment in a line. Nothing else of the log. */
export const CommitmentAsk = z
  .object({ reflectionId: z.string().uuid(), commitment: z.string().min(1).max(160) })
  .strict();
export type CommitmentAsk = z.infer<typeof CommitmentAsk>;

/** The user's answer, as the card sends it. */
export const CommitmentAnswer = z
  .object({
    reflectionId: z.string().uuid(),
    outcome: z.enum(commitmentOutcomes),
    note: z.string().trim().max(280),
  })
  .strict();
export type CommitmentAnswer = z.infer<typeof CommitmentAnswer>;

const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

/** Whether a planning page of this kind, today, should ask about a commitment, and which. */
export function askFor(
  reflections: readonly Reflection[],
  page: { today: string; context: PlanningContext | null },
): CommitmentAsk | null {
  const due = commitmentToAsk(reflections, page);
  if (!due) return null;
  const words = due.nowWhat || due.title || due.commitment?.involves || '';
  return { reflectionId: due.id, commitment: oneLine(words, 160) || due.occurredOn };
}

/** Where a follow-up's line is written so it reaches "What I changed" in the exports. */
export type FollowUpField = 'changed';
export const followUpField: FollowUpField = 'changed';

/**
 * The reflection with the answer recorded, or null when the answer is not one the card could have been
 * asked today (no such reflection, no commitment, not yet due, or already settled): a forged message
 * cannot write to any other reflection.
 */
export function answerCommitment(
  reflection: Reflection | undefined,
  answer: CommitmentAnswer,
  clock: { now: Date; today: string },
): Reflection | null {
  if (!reflection?.commitment || reflection.id !== answer.reflectionId) return null;
  const askDay = nextAskDay(reflection.commitment);
  if (askDay === null || askDay > clock.today) return null;
  return recordFollowUp(
    reflection,
    { at: clock.now.toISOString(), outcome: answer.outcome, note: answer.note },
    followUpField,
  );
}
