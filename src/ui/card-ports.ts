import type { SnoozeDuration } from '../messaging/protocol';
import type { CommitmentOutcome } from '../together/vocabulary';

/** What the card needs from the page it is mounted in: the clipboard, and recording a commitment's answer. */
export type CardPorts = {
  copy: (text: string) => Promise<void>;
  answerCommitment: (outcome: CommitmentOutcome, note: string) => Promise<void>;
  /** Today, YYYY-MM-DD, for the invitation's suggested reply-by date. */
  today: string;
};

export type CardAction =
  | { kind: 'reflect' }
  | { kind: 'passed-on' }
  | { kind: 'snooze'; snoozeFor: SnoozeDuration }
  | { kind: 'not-here' }
  | { kind: 'never' }
  | { kind: 'close' };
