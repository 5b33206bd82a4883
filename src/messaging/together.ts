import type { PlanningContext } from '../detect/detection';
import { localDate } from '../reflections/local-date';
import type { Reflection } from '../reflections/model';
import {
  answerCommitment,
  askFor,
  type CommitmentAnswer,
  type CommitmentAsk,
} from '../together/commitment-ask';

/** The reflection store as the background's "power of many" decisions need it. */
export type TogetherStore = {
  list: () => Promise<Reflection[]>;
  get: (id: string) => Promise<Reflection | undefined>;
  save: (reflection: Reflection) => Promise<void>;
};

/**
 * The background's side of "commitments that come back": which commitment a planning page should ask
 * about, and recording the answer. The card learns one line of one commitment, never the log.
 */
export function createTogether(store: TogetherStore, now: () => Date) {
  async function askOnPage(context: PlanningContext | null): Promise<CommitmentAsk | null> {
    return askFor(await store.list(), { today: localDate(now()), context });
  }

  /** True when recorded; false when the answer is not one the card could have been asked today. */
  async function answer(message: CommitmentAnswer): Promise<boolean> {
    const at = now();
    const updated = answerCommitment(await store.get(message.reflectionId), message, {
      now: at,
      today: localDate(at),
    });
    if (!updated) return false;
    await store.save(updated);
    return true;
  }

  return { askOnPage, answer };
}
