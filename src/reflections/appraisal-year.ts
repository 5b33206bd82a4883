import type { Reflection } from './model';

/** An inclusive range of calendar dates, both as YYYY-MM-DD, so plain string comparison works. */
export interface DateRange {
  from: string;
  to: string;
}

const datePrefix = /^(\d{4})-(\d{2})-(\d{2})/;

function splitDate(isoDate: string): { year: number; month: number; day: number } {
  const match = datePrefix.exec(isoDate);
  if (!match) throw new RangeError(`Not a date in the form YYYY-MM-DD: ${isoDate.slice(0, 40)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The year in which the 1 April to 31 March appraisal year starts: 2025-04-01 to 2026-03-31 give 2025.
 * Takes the date part of a YYYY-MM-DD date or of an ISO date-time (as written, without shifting time zone).
 */
export function appraisalYearOf(isoDate: string): number {
  const { year, month } = splitDate(isoDate);
  return month >= 4 ? year : year - 1;
}

/** First and last day of the appraisal year that starts on 1 April of `year`. */
export function appraisalYearRange(year: number): DateRange {
  if (!Number.isInteger(year)) throw new RangeError(`Not a whole year: ${year}`);
  return { from: formatDate(year, 4, 1), to: formatDate(year + 1, 3, 31) };
}

/** "1 April 2025 to 31 March 2026", for titles and summaries. */
export function appraisalYearLabel(year: number): string {
  return `1 April ${year} to 31 March ${year + 1}`;
}

/** Whether a date (YYYY-MM-DD, or the date part of a date-time) falls inside a range, ends included. */
export function inDateRange(isoDate: string, range: DateRange): boolean {
  const day = isoDate.slice(0, 10);
  return day >= range.from && day <= range.to;
}

/** Whether a reflection's event happened in the appraisal year starting 1 April of `year`. */
export function inAppraisalYear(reflection: Pick<Reflection, 'occurredOn'>, year: number): boolean {
  return inDateRange(reflection.occurredOn, appraisalYearRange(year));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The period a revalidation covers: from the day after the previous renewal to the renewal date itself.
 * NMC registrants revalidate every 3 years (the default); doctors every 5. 29 February falls back to 28.
 */
export function revalidationWindow(renewalDate: string, years = 3): DateRange {
  const { year, month, day } = splitDate(renewalDate);
  const previousYear = year - years;
  const previousDay = Math.min(day, daysInMonth(previousYear, month));
  const dayAfter = new Date(Date.UTC(previousYear, month - 1, previousDay + 1));
  return {
    from: formatDate(dayAfter.getUTCFullYear(), dayAfter.getUTCMonth() + 1, dayAfter.getUTCDate()),
    to: formatDate(year, month, day),
  };
}
