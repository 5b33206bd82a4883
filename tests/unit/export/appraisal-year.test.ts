import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appraisalYearLabel,
  appraisalYearOf,
  appraisalYearRange,
  inAppraisalYear,
  inDateRange,
  revalidationWindow,
} from '../../../src/reflections/appraisal-year';
import { isoDateArb } from './arbitraries';

describe('appraisal year (1 April to 31 March)', () => {
  it.each([
    ['2025-03-31', 2024],
    ['2025-04-01', 2025],
    ['2025-12-31', 2025],
    ['2026-01-01', 2025],
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
    ['2024-02-29', 2023],
  ])('%s is in the appraisal year starting %i', (date, year) => {
    expect(appraisalYearOf(date)).toBe(year);
  });

  it('reads the date part of a date-time as written', () => {
    expect(appraisalYearOf('2025-03-31T23:30:00-01:00')).toBe(2024);
    expect(appraisalYearOf('2025-04-01T00:00:00.000Z')).toBe(2025);
  });

  it('refuses text that is not a date', () => {
    expect(() => appraisalYearOf('31/03/2025')).toThrow(RangeError);
    expect(() => appraisalYearOf('')).toThrow(RangeError);
  });

  it('gives the first and last day of the year', () => {
    expect(appraisalYearRange(2025)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(appraisalYearLabel(2025)).toBe('1 April 2025 to 31 March 2026');
    expect(() => appraisalYearRange(2025.5)).toThrow(RangeError);
  });

  it('includes both ends of the year and nothing outside', () => {
    const at = (occurredOn: string) => ({ occurredOn });
    expect(inAppraisalYear(at('2025-04-01'), 2025)).toBe(true);
    expect(inAppraisalYear(at('2026-03-31'), 2025)).toBe(true);
    expect(inAppraisalYear(at('2025-03-31'), 2025)).toBe(false);
    expect(inAppraisalYear(at('2026-04-01'), 2025)).toBe(false);
  });

  it('puts every date in exactly one appraisal year', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const year = appraisalYearOf(date);
        expect(inAppraisalYear({ occurredOn: date }, year)).toBe(true);
        expect(inAppraisalYear({ occurredOn: date }, year - 1)).toBe(false);
        expect(inAppraisalYear({ occurredOn: date }, year + 1)).toBe(false);
      }),
    );
  });
});

describe('revalidation window', () => {
  it('runs from the day after the previous renewal to the renewal date (NMC: three years)', () => {
    expect(revalidationWindow('2027-05-31')).toEqual({ from: '2024-06-01', to: '2027-05-31' });
  });

  it('handles a renewal on 29 February and a five-year cycle', () => {
    expect(revalidationWindow('2028-02-29')).toEqual({ from: '2025-03-01', to: '2028-02-29' });
    expect(revalidationWindow('2030-12-31', 5)).toEqual({ from: '2026-01-01', to: '2030-12-31' });
  });

  it('covers the renewal date and not the previous one', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 5 }), (renewal, years) => {
        const window = revalidationWindow(renewal, years);
        expect(inDateRange(renewal, window)).toBe(true);
        expect(window.from <= window.to).toBe(true);
        const previous = `${String(Number(renewal.slice(0, 4)) - years).padStart(4, '0')}${renewal.slice(4)}`;
        if (!previous.endsWith('02-29')) expect(inDateRange(previous, window)).toBe(false);
      }),
    );
  });
});
