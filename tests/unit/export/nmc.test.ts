import { describe, expect, it } from 'vitest';
import { toNmcAccounts } from '../../../src/export/nmc';
import { makeReflection } from '../../support/factory';

// The NMC form's wording, typed here from the form itself so a drift in the source is caught.
const Q1 =
  'What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?';
const Q2 =
  'What did you learn from the CPD activity and/or feedback and/or event or experience in your practice?';
const Q3 = 'How did you change or improve your practice as a result?';
const Q4 = 'How is this relevant to the Code?';

describe('toNmcAccounts', () => {
  const later = makeReflection({
    occurredOn: '2025-09-02',
    title: 'Second',
    what: 'W2',
    soWhat: 'S2',
    nowWhat: 'N2',
    nmc: { activities: ['feedback'], themes: ['preserve-safety', 'prioritise-people'] },
  });
  const earlier = {
    ...makeReflection({
      occurredOn: '2025-06-14',
      title: '  First\nline  ',
      what: 'What happened\non two lines',
      soWhat: 'What I learned',
      nowWhat: 'I will ask the carers first next time.',
    }),
    changed: 'I asked the carers before the plan was fixed.',
    codeRelation: 'Section 2: listening and responding to preferences.',
  };
  const accounts = toNmcAccounts([later, earlier]);

  it('numbers accounts from 1 in order of when the events happened', () => {
    expect(accounts.map((a) => [a.number, a.heading, a.reflectionId])).toEqual([
      [1, 'Reflective account: 1', earlier.id],
      [2, 'Reflective account: 2', later.id],
    ]);
  });

  it('fills question 3 from what was changed, never from the plan for next time', () => {
    const first = accounts[0];
    expect(first?.answers).toEqual([
      { question: Q1, answer: 'What happened\non two lines' },
      { question: Q2, answer: 'What I learned' },
      { question: Q3, answer: 'I asked the carers before the plan was fixed.' },
    ]);
    expect(JSON.stringify(first)).not.toContain('next time');
    expect(first?.code.question).toBe(Q4);
    expect(first?.code.relation).toEqual({
      question: 'How this relates to the Code',
      answer: 'Section 2: listening and responding to preferences.',
    });
  });

  it('numbers the chosen five 1 to 5 in the order chosen, leaving the rest out', () => {
    const rs = Array.from({ length: 7 }, (_, i) => makeReflection({ occurredOn: `2025-0${i + 1}-01` }));
    const chosen = [rs[6], rs[0], rs[3], rs[2], rs[5]].map((r) => r?.id as string);
    const chosenAccounts = toNmcAccounts(rs, { chosen });
    expect(chosenAccounts.map((a) => [a.number, a.reflectionId])).toEqual(chosen.map((id, i) => [i + 1, id]));
    expect(chosenAccounts.map((a) => a.heading)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Reflective account: ${n}`),
    );
  });

  it('lists every kind of activity an account combines', () => {
    const combined = {
      ...makeReflection(),
      nmc: { themes: [], activities: ['cpd' as const, 'feedback' as const, 'experience' as const] },
    };
    expect(toNmcAccounts([combined])[0]?.activities).toEqual([
      'CPD activity',
      'Practice-related feedback',
      'An event or experience in my practice',
    ]);
  });

  it('gives month and year only, and a one-line title', () => {
    expect(accounts[0]?.monthYear).toBe('June 2025');
    expect(accounts[1]?.monthYear).toBe('September 2025');
    expect(JSON.stringify(accounts)).not.toContain('2025-06-14');
    expect(accounts[0]?.title).toBe('First line');
  });

  it('lists all four Code themes in the Code order, ticking the chosen ones', () => {
    expect(accounts[1]?.code.themes.map((t) => [t.label, t.ticked])).toEqual([
      ['Prioritise people', true],
      ['Practise effectively', false],
      ['Preserve safety', true],
      ['Promote professionalism and trust', false],
    ]);
    expect(accounts[1]?.code.note).toBeNull();
    expect(accounts[1]?.activities).toEqual(['Practice-related feedback']);
  });

  it('says plainly when no theme has been chosen', () => {
    expect(accounts[0]?.code.themes.every((t) => !t.ticked)).toBe(true);
    expect(accounts[0]?.code.note).toBe('No Code theme chosen yet.');
    expect(accounts[0]?.activities).toEqual([]);
  });

  it('carries the reminder not to identify anyone', () => {
    for (const account of accounts) {
      expect(account.reminder).toMatch(/patient, service user, colleague or other individual/);
    }
  });

  it('names an untitled reflection', () => {
    expect(toNmcAccounts([makeReflection({ title: ' ' })])[0]?.title).toBe('Untitled reflection');
  });
});
