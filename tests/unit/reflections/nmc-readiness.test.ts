import { describe, expect, it } from 'vitest';
import type { RevalidationReflection } from '../../../src/reflections/fields';
import type { Reflection } from '../../../src/reflections/model';
import { nmcReadiness } from '../../../src/reflections/nmc-readiness';
import { emptyRevalidationRecord, type RevalidationRecord } from '../../../src/reflections/revalidation';
import { plainReflection } from './helpers';

/** Midday local time (the tests run in Europe/London), so no time zone shifts the day. */
const at = (isoDate: string) => new Date(`${isoDate}T12:00:00`);
const now = at('2026-11-29');

/** A complete written account: questions 1 to 3 answered, a Code theme ticked and the relation noted. */
function account(occurredOn: string, over: Partial<Reflection> = {}): RevalidationReflection {
  return {
    ...plainReflection({
      occurredOn,
      what: 'A discharge planning meeting without carers.',
      soWhat: 'Carers see problems we miss.',
      nowWhat: 'Invite carers to the next two meetings.',
      nmc: { themes: ['prioritise-people'] },
      ...over,
    }),
    changed: 'I asked two carers to review the plan before it was agreed.',
    codeRelation: 'Section 2: listening to people and responding to their preferences.',
  };
}

const record = (over: Partial<RevalidationRecord>): RevalidationRecord => ({
  ...emptyRevalidationRecord,
  ...over,
});

describe('nmcReadiness: worked examples', () => {
  it('someone who renewed last year counts from that renewal, not from three years ago', () => {
    // Renewed on 31 May 2025, so the next renewal is 31 May 2028 and the period starts on 1 June 2025.
    const profile = { nmcRenewalDate: '2028-05-31' };
    const rs = [account('2024-09-10'), account('2025-05-31'), account('2025-06-01'), account('2026-03-03')];
    const result = nmcReadiness(rs, now, { profile });
    expect(result.period).toEqual({ from: '2025-06-01', to: '2028-05-31' });
    expect(result.renewalDateSet).toBe(true);
    expect(result.accounts).toBe(2);
    expect(result.remaining).toBe(3);
    // Without the renewal date the three years up to today would wrongly take in the older two.
    const guessed = nmcReadiness(rs, now);
    expect(guessed.renewalDateSet).toBe(false);
    expect(guessed.accounts).toBe(4);
  });

  it('five complete accounts are enough, and say nothing about themes that are not ticked', () => {
    const rs = ['2024-01-10', '2024-05-02', '2025-02-14', '2025-08-30', '2026-06-01'].map((d) => account(d));
    const result = nmcReadiness(rs, now);
    expect(result).toMatchObject({ accounts: 5, remaining: 0, incomplete: [] });
    // Every account ticks only "Prioritise people": the others stay at zero, and no requirement is unmet.
    expect(result.themes).toEqual({
      'prioritise-people': 5,
      'practise-effectively': 0,
      'preserve-safety': 0,
      'promote-professionalism': 0,
    });
  });

  it('an account with only a theme ticked does not count, and says what it lacks', () => {
    const themeOnly = plainReflection({ occurredOn: '2026-02-02', nmc: { themes: ['preserve-safety'] } });
    const noRelation: RevalidationReflection = { ...account('2026-02-03'), codeRelation: '  ' };
    const intentionOnly: RevalidationReflection = { ...account('2026-02-04'), changed: '' };
    const result = nmcReadiness([themeOnly, noRelation, intentionOnly, account('2026-02-05')], now);
    expect(result.accounts).toBe(1);
    expect(result.incomplete).toEqual([
      { reflectionId: themeOnly.id, gaps: ['q1', 'q2', 'q3', 'codeRelation'] },
      { reflectionId: noRelation.id, gaps: ['codeRelation'] },
      { reflectionId: intentionOnly.id, gaps: ['q3'] },
    ]);
    expect(result.themes['preserve-safety']).toBe(0);
  });

  it('one discussion with an NMC registrant covering the chosen five is done', () => {
    const rs = ['2024-01-10', '2024-05-02', '2025-02-14', '2025-08-30', '2026-06-01', '2026-07-01'].map((d) =>
      account(d),
    );
    const five = rs.slice(1).map((r) => r.id);
    const discussion = { date: '2026-10-01', withNmcRegistrant: true, accountIds: five };
    const result = nmcReadiness(rs, now, { record: record({ nmcChosen: five, discussion }) });
    expect(result.chosen).toEqual(five);
    expect(result.discussion).toBe('done');

    const fourCovered = { ...discussion, accountIds: five.slice(0, 4) };
    expect(
      nmcReadiness(rs, now, { record: record({ nmcChosen: five, discussion: fourCovered }) }).discussion,
    ).toBe('not-all-five');
    const notNmc = { ...discussion, withNmcRegistrant: false };
    expect(
      nmcReadiness(rs, now, { record: record({ nmcChosen: five, discussion: notNmc }) }).discussion,
    ).toBe('not-nmc-registrant');
    const tooOld = { ...discussion, date: '2023-01-01' };
    expect(
      nmcReadiness(rs, now, { record: record({ nmcChosen: five, discussion: tooOld }) }).discussion,
    ).toBe('date');
    expect(nmcReadiness(rs, now).discussion).toBe('none');
  });

  it('a chosen reflection that is no longer a complete account drops out of the five', () => {
    const good = account('2026-01-01');
    const emptied: RevalidationReflection = { ...account('2026-01-02'), changed: '' };
    const result = nmcReadiness([good, emptied], now, {
      record: record({ nmcChosen: [good.id, emptied.id] }),
    });
    expect(result.chosen).toEqual([good.id]);
  });
});

describe('nmcReadiness: the other requirements', () => {
  it('lists every requirement, untracked until the user records something', () => {
    const result = nmcReadiness([], now);
    expect(result.requirements.map((r) => [r.id, r.have, r.need, r.met])).toEqual([
      ['practice-hours', null, 450, false],
      ['cpd-hours', null, 35, false],
      ['participatory-hours', null, 20, false],
      ['feedback', null, 5, false],
      ['health-character', null, null, false],
      ['indemnity', null, null, false],
      ['confirmation', null, null, false],
    ]);
  });

  it('adds up CPD hours and the participatory part in the period, and counts feedback', () => {
    const ids: string[] = [];
    const cpd = [
      {
        id: 'a',
        date: '2026-01-10',
        topic: 'Safeguarding update',
        hours: 20,
        participatory: true,
        reflectionIds: ids,
      },
      {
        id: 'b',
        date: '2026-02-10',
        topic: 'Reading on co-production',
        hours: 16,
        participatory: false,
        reflectionIds: ids,
      },
      { id: 'c', date: '2020-02-10', topic: 'Too old', hours: 50, participatory: true, reflectionIds: ids },
    ];
    const feedback = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'].map(
      (date, i) => ({
        id: String(i),
        date,
        source: 'patients' as const,
        reflectionIds: ids,
      }),
    );
    const result = nmcReadiness([], now, {
      record: record({ cpd, feedback, practiceHours: 460, declarations: ['indemnity'] }),
    });
    const byId = Object.fromEntries(result.requirements.map((r) => [r.id, r]));
    expect(byId['practice-hours']).toMatchObject({ have: 460, met: true });
    expect(byId['cpd-hours']).toMatchObject({ have: 36, met: true });
    expect(byId['participatory-hours']).toMatchObject({ have: 20, met: true });
    expect(byId.feedback).toMatchObject({ have: 5, met: true });
    expect(byId.indemnity?.met).toBe(true);
    expect(byId.confirmation?.met).toBe(false);
  });
});
