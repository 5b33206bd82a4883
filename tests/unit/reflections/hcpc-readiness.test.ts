import { describe, expect, it } from 'vitest';
import type { RevalidationReflection } from '../../../src/reflections/fields';
import { activityGaps, hcpcReadiness } from '../../../src/reflections/hcpc-readiness';
import { plainReflection } from './helpers';

const now = new Date('2026-11-29T12:00:00');

function activity(occurredOn: string, over: Partial<RevalidationReflection> = {}): RevalidationReflection {
  return {
    ...plainReflection({ occurredOn, what: 'A workshop on co-production.', nmc: { themes: [] } }),
    changed: 'I rewrote the clinic letter with two service users.',
    codeRelation: 'Standard 4: service users now get a letter they helped to write.',
    ...over,
  };
}

describe('hcpcReadiness', () => {
  it('takes activities from the two years up to the renewal date', () => {
    const rs = [activity('2024-08-31'), activity('2024-09-01'), activity('2026-08-31')];
    const result = hcpcReadiness(rs, now, { profile: { hcpcRenewalDate: '2026-08-31' } });
    expect(result.period).toEqual({ from: '2024-09-01', to: '2026-08-31' });
    expect(result.activityIds).toEqual([rs[1]?.id, rs[2]?.id]);
  });

  it('puts standards 3 and 4 on what changed and who benefited, and 2 on a mixture of activity', () => {
    const cpd = { nmc: { themes: [], activities: ['cpd' as const] } };
    const event = { nmc: { themes: [], activities: ['experience' as const] } };
    const rs = [
      activity('2025-01-10', cpd),
      activity('2025-03-10', event),
      activity('2025-05-10', cpd),
      activity('2025-07-10', { ...cpd, codeRelation: '' }),
    ];
    const result = hcpcReadiness(rs, now, { summary: 'I am a physiotherapist in a community team.' });
    expect(result).toMatchObject({ withChange: 4, withBenefit: 3, kinds: 2 });
    expect(result.standards).toEqual({ 1: true, 2: true, 3: true, 4: false, 5: true });
  });

  it('asks for a summary of no more than 500 words', () => {
    const rs = ['2025-01-10', '2025-03-10', '2025-05-10', '2025-07-10'].map((d) => activity(d));
    expect(hcpcReadiness(rs, now, { summary: 'word '.repeat(501) }).standards[5]).toBe(false);
    expect(hcpcReadiness(rs, now, { summary: 'word '.repeat(500) }).standards[5]).toBe(true);
    expect(hcpcReadiness(rs, now).standards[5]).toBe(false);
  });

  it('finds gaps of three months or more that the profile must explain', () => {
    const period = { from: '2024-11-30', to: '2026-11-29' };
    expect(activityGaps(['2025-01-15', '2025-04-14', '2025-07-20', '2026-10-01'], period)).toEqual([
      { from: '2025-04-14', to: '2025-07-20' },
      { from: '2025-07-20', to: '2026-10-01' },
    ]);
  });
});
