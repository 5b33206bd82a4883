import { z } from 'zod';
import type { PlanningContext } from '../detect/detection';
import { type CommitmentOutcome, commitmentOutcomes, settledOutcomes } from './vocabulary';

const isoDate = z.iso.date({ message: 'use YYYY-MM-DD' });

export const FollowUp = z
  .object({
    at: z.string().datetime({ offset: true }),
    outcome: z.enum(commitmentOutcomes),
    note: z.string().max(2_000),
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUp>;

/** "What I'll do next", made concrete: by when, with whom, and what happened when the card asked. */
export const Commitment = z
  .object({
    due: isoDate,
    /** Who it involves, by role: "the PPG chair", "the ward team". */
    involves: z.string().max(200),
    followUps: z.array(FollowUp).max(50),
  })
  .strict();
export type Commitment = z.infer<typeof Commitment>;

/** What the scheduler needs of a reflection; any reflection record has these. */
export interface WithCommitment {
  id: string;
  context?: PlanningContext;
  commitment?: Commitment;
}

/** After "not yet", ask again no sooner than this. */
export const askAgainAfterDays = 7;

export function latestOutcome(commitment: Commitment): CommitmentOutcome | null {
  return commitment.followUps.at(-1)?.outcome ?? null;
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day, YYYY-MM-DD, from which the card may ask about this commitment; null once settled. */
export function nextAskDay(commitment: Commitment): string | null {
  const last = commitment.followUps.at(-1);
  if (!last) return commitment.due;
  if (settledOutcomes.includes(last.outcome)) return null;
  const again = addDays(last.at.slice(0, 10), askAgainAfterDays);
  // ISO days sort as text, so the later of the two is the last.
  return [again, commitment.due].sort()[1] as string;
}

/** Commitments past their date and not settled, oldest first: for the popup and the log. */
export function overdueCommitments<T extends WithCommitment>(reflections: readonly T[], today: string): T[] {
  return reflections
    .filter((r) => r.commitment && latestOutcome(r.commitment) === null && r.commitment.due < today)
    .sort((a, b) => (a.commitment?.due ?? '').localeCompare(b.commitment?.due ?? ''));
}

/**
 * The one commitment the card should ask about on a planning page of this kind today, or null. Same
 * kind of page first (that is where the commitment was made); then any, so none waits for ever.
 */
export function commitmentToAsk<T extends WithCommitment>(
  reflections: readonly T[],
  page: { today: string; context: PlanningContext | null },
): T | null {
  const askable = reflections.filter((r) => {
    if (!r.commitment) return false;
    const day = nextAskDay(r.commitment);
    return day !== null && day <= page.today;
  });
  const oldestFirst = (a: T, b: T) => (a.commitment?.due ?? '').localeCompare(b.commitment?.due ?? '');
  const sameKind = askable.filter((r) => r.context !== undefined && r.context === page.context);
  return sameKind.sort(oldestFirst)[0] ?? askable.sort(oldestFirst)[0] ?? null;
}

/** The commitment with the user's answer added; never changes the reflection's other fields. */
export function withFollowUp(commitment: Commitment, followUp: FollowUp): Commitment {
  return { ...commitment, followUps: [...commitment.followUps, FollowUp.parse(followUp)] };
}
