import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { answerCommitment, askFor } from '../../../src/together/commitment-ask';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';
import { makeReflection } from '../../support/factory';

beforeAll(() => installMessages(lookupFromMessages(messages)));

const now = new Date('2026-11-29T10:00:00Z');
const clock = { now, today: '2026-11-29' };
const due = makeReflection({
  nowWhat: 'Ask the PPG chair to co-chair the next meeting.',
  context: 'agenda',
  commitment: { due: '2026-11-20', involves: 'the PPG chair', followUps: [] },
});
const later = makeReflection({ commitment: { due: '2026-12-20', involves: '', followUps: [] } });

describe('askFor', () => {
  it('asks about a commitment past its date, in one line', () => {
    expect(askFor([later, due], { today: clock.today, context: 'agenda' })).toEqual({
      reflectionId: due.id,
      commitment: 'Ask the PPG chair to co-chair the next meeting.',
    });
  });

  it('asks nothing before the date', () => {
    expect(askFor([later], { today: clock.today, context: null })).toBeNull();
  });
});

describe('answerCommitment', () => {
  const answer = { reflectionId: due.id, outcome: 'done' as const, note: 'She said yes.' };

  it('records the answer on the reflection and in its text', () => {
    const after = answerCommitment(due, answer, clock);
    expect(after?.commitment?.followUps).toEqual([
      { at: now.toISOString(), outcome: 'done', note: 'She said yes.' },
    ]);
    expect(after?.changed).toContain('29 November 2026, done: She said yes.');
  });

  it('refuses an answer the card could not have been asked', () => {
    expect(answerCommitment(later, { ...answer, reflectionId: later.id }, clock)).toBeNull();
    expect(answerCommitment(due, { ...answer, reflectionId: later.id }, clock)).toBeNull();
    expect(answerCommitment(undefined, answer, clock)).toBeNull();
    const settled = answerCommitment(due, answer, clock);
    expect(answerCommitment(settled ?? undefined, answer, clock)).toBeNull();
  });
});
