import { describe, expect, it } from 'vitest';
import {
  type Commitment,
  commitmentToAsk,
  nextAskDay,
  overdueCommitments,
  withFollowUp,
} from '../../../src/together/commitments';

const commitment = (due: string, followUps: Commitment['followUps'] = []): Commitment => ({
  due,
  involves: 'the PPG chair',
  followUps,
});

describe('nextAskDay', () => {
  it('is the due date until the user answers', () => {
    expect(nextAskDay(commitment('2026-12-01'))).toBe('2026-12-01');
  });

  it('is a week after a "not yet", and never again after "done" or "no longer relevant"', () => {
    const notYet = commitment('2026-12-01', [{ at: '2026-12-03T10:00:00Z', outcome: 'not-yet', note: '' }]);
    expect(nextAskDay(notYet)).toBe('2026-12-10');
    const done = withFollowUp(notYet, { at: '2026-12-10T09:00:00Z', outcome: 'done', note: 'Met the chair' });
    expect(nextAskDay(done)).toBeNull();
    const dropped = commitment('2026-12-01', [
      { at: '2026-12-02T09:00:00Z', outcome: 'no-longer-relevant', note: '' },
    ]);
    expect(nextAskDay(dropped)).toBeNull();
  });
});

describe('commitmentToAsk', () => {
  const reflections = [
    { id: 'agenda-old', context: 'agenda' as const, commitment: commitment('2026-11-01') },
    { id: 'strategy', context: 'strategy' as const, commitment: commitment('2026-10-01') },
    { id: 'future', context: 'agenda' as const, commitment: commitment('2027-01-01') },
    { id: 'none', context: 'agenda' as const },
  ];

  it('asks about a commitment made on the same kind of page first', () => {
    expect(commitmentToAsk(reflections, { today: '2026-11-29', context: 'agenda' })?.id).toBe('agenda-old');
  });

  it('falls back to the oldest due commitment on another kind of page, and never one not yet due', () => {
    expect(commitmentToAsk(reflections, { today: '2026-11-29', context: 'board' })?.id).toBe('strategy');
    expect(commitmentToAsk(reflections.slice(2), { today: '2026-11-29', context: 'agenda' })).toBeNull();
  });

  it('does not ask again the day after a "not yet"', () => {
    const answered = [
      {
        id: 'a',
        context: 'agenda' as const,
        commitment: commitment('2026-11-01', [{ at: '2026-11-28T09:00:00Z', outcome: 'not-yet', note: '' }]),
      },
    ];
    expect(commitmentToAsk(answered, { today: '2026-11-29', context: 'agenda' })).toBeNull();
    expect(commitmentToAsk(answered, { today: '2026-12-05', context: 'agenda' })?.id).toBe('a');
  });
});

describe('overdueCommitments', () => {
  it('lists unanswered commitments past their date, oldest first', () => {
    const list = overdueCommitments(
      [
        { id: 'b', commitment: commitment('2026-11-20') },
        { id: 'a', commitment: commitment('2026-10-02') },
        { id: 'today', commitment: commitment('2026-11-29') },
        {
          id: 'done',
          commitment: commitment('2026-09-01', [{ at: '2026-09-02T09:00:00Z', outcome: 'done', note: '' }]),
        },
      ],
      '2026-11-29',
    );
    expect(list.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('withFollowUp', () => {
  it('refuses an outcome it does not know', () => {
    expect(() =>
      withFollowUp(commitment('2026-11-01'), {
        at: '2026-11-02T09:00:00Z',
        outcome: 'maybe' as never,
        note: '',
      }),
    ).toThrow();
  });
});
