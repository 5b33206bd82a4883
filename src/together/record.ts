import { t } from '../ui/i18n';
import { Commitment, type FollowUp, withFollowUp } from './commitments';

/*
 * The "power of many" parts of a reflection record that the in-page card also needs (commitments and
 * follow-ups). Who took part lives in participants.ts, with the PII guard the card must not carry.
 */

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
