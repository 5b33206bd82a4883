import type { CommitmentOutcome } from '../together/vocabulary';

/** What the card needs from the page it is mounted in: the clipboard, and recording a commitment's answer. */
export type CardPorts = {
  copy: (text: string) => Promise<void>;
  answerCommitment: (outcome: CommitmentOutcome, note: string) => Promise<void>;
  /** Today, YYYY-MM-DD, for the invitation's suggested reply-by date. */
  today: string;
};
