import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../../src/reflections/model';
import {
  appraisalReadiness,
  reflectionsByPrompt,
  reflectionsPerMonth,
} from '../../../src/reflections/readiness';
import { plainReflection } from './helpers';

const reflection = (over: Partial<Reflection> = {}): Reflection =>
  plainReflection({ what: 'Something happened', ...over });

/** Midday local time (the tests run in Europe/London), so no time zone shifts the day. */
const at = (isoDate: string) => new Date(`${isoDate}T12:00:00`);

describe('appraisalReadiness', () => {
  it('uses the appraisal year that today falls in: 31 March still belongs to the year before', () => {
    expect(appraisalReadiness([], at('2026-03-31'))).toMatchObject({
      year: 2025,
      period: { from: '2025-04-01', to: '2026-03-31' },
    });
    expect(appraisalReadiness([], at('2026-04-01')).year).toBe(2026);
  });

  it('counts the twelve months up to the appraisal date when the doctor has set one', () => {
    const rs = [reflection({ occurredOn: '2025-09-30' }), reflection({ occurredOn: '2025-10-01' })];
    const result = appraisalReadiness(rs, at('2026-02-15'), { gmcAppraisalDate: '2026-09-30' });
    expect(result.period).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(result.total).toBe(1);
  });

  it('counts reflections this year by GMC domain and by supporting-information type', () => {
    const rs = [
      reflection({
        occurredOn: '2025-04-01',
        gmc: { domains: ['knowledge-skills-development', 'trust-professionalism'], supportingInfo: 'cpd' },
      }),
      reflection({
        occurredOn: '2025-09-09',
        gmc: { domains: ['trust-professionalism'], supportingInfo: 'cpd' },
      }),
      reflection({ occurredOn: '2026-01-20', gmc: { domains: [], supportingInfo: 'significant-event' } }),
      reflection({ occurredOn: '2026-02-02', gmc: { domains: ['colleagues-culture-safety'] } }),
      reflection({
        occurredOn: '2025-03-31',
        gmc: { domains: ['trust-professionalism'], supportingInfo: 'cpd' },
      }),
    ];
    const result = appraisalReadiness(rs, at('2026-02-15'));
    expect(result.total).toBe(4);
    expect(result.byDomain).toEqual({
      'knowledge-skills-development': 1,
      'patients-partnership-communication': 0,
      'colleagues-culture-safety': 1,
      'trust-professionalism': 2,
    });
    expect(result.bySupportingInfo).toEqual({
      cpd: 2,
      'quality-improvement': 0,
      'significant-event': 1,
      'patient-feedback': 0,
      'colleague-feedback': 0,
      'compliments-complaints': 0,
    });
    expect(result.withoutSupportingInfo).toBe(1);
  });
});

describe('reflectionsPerMonth', () => {
  it('gives the last 12 months, oldest first, ending with this month', () => {
    const series = reflectionsPerMonth([], at('2026-02-15'));
    expect(series).toHaveLength(12);
    expect(series[0]?.month).toBe('2025-03');
    expect(series[11]?.month).toBe('2026-02');
    expect(series.every((m) => m.count === 0)).toBe(true);
  });

  it('counts each reflection in the month it happened and ignores older ones', () => {
    const rs = [
      reflection({ occurredOn: '2025-02-28' }), // 13 months ago: outside
      reflection({ occurredOn: '2025-03-01' }),
      reflection({ occurredOn: '2025-03-31' }),
      reflection({ occurredOn: '2026-02-01' }),
    ];
    const series = reflectionsPerMonth(rs, at('2026-02-15'));
    expect(series.find((m) => m.month === '2025-03')?.count).toBe(2);
    expect(series.find((m) => m.month === '2026-02')?.count).toBe(1);
    expect(series.reduce((sum, m) => sum + m.count, 0)).toBe(3);
  });

  it('steps back whole months from the 31st without skipping February', () => {
    const months = reflectionsPerMonth([], at('2026-03-31'), 3).map((m) => m.month);
    expect(months).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('refuses a nonsense length', () => {
    expect(() => reflectionsPerMonth([], at('2026-03-31'), 0)).toThrow(RangeError);
  });
});

describe('reflectionsByPrompt', () => {
  it('counts by prompt, most first, with the text where the prompt is known', () => {
    const rs = [
      reflection({ promptId: 'story-of-now' }),
      reflection({ promptId: 'ask-what-matters' }),
      reflection({ promptId: 'story-of-now' }),
      reflection({ promptId: 'retired-prompt' }),
      reflection({}),
    ];
    const texts = new Map([
      ['story-of-now', 'Why this, and why now?'],
      ['ask-what-matters', 'What matters to you?'],
    ]);
    expect(reflectionsByPrompt(rs, texts)).toEqual([
      { promptId: 'story-of-now', count: 2, text: 'Why this, and why now?' },
      { promptId: 'ask-what-matters', count: 1, text: 'What matters to you?' },
      { promptId: 'retired-prompt', count: 1, text: null },
    ]);
  });
});
