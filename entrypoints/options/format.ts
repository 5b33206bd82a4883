import { browser } from 'wxt/browser';

/** The browser's UI language, so numbers and month names read naturally (en-GB by default). */
function locale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function utcDay(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(isoDate);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1))) : null;
}

/** 1,234 */
export function formatCount(n: number): string {
  return n.toLocaleString(locale());
}

/** "June 2025" from "2025-06-14" or "2025-06": month and year only, as regulators advise. */
export function formatMonthYear(isoDate: string): string {
  const d = utcDay(isoDate);
  return d
    ? new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)
    : isoDate;
}

/** "Jun" from "2025-06", for chart axes. */
export function formatShortMonth(yearMonth: string): string {
  const d = utcDay(yearMonth);
  return d ? new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(d) : yearMonth;
}

/** "14 June 2025" */
export function formatLongDate(isoDate: string): string {
  const d = utcDay(isoDate);
  return d
    ? new Intl.DateTimeFormat(locale(), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(d)
    : isoDate;
}

/** "names, dates and postcodes" */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** "14 June 2025" for a moment, in the user's own time zone. */
export function formatDay(moment: Date | string): string {
  const d = typeof moment === 'string' ? new Date(moment) : moment;
  return Number.isNaN(d.getTime())
    ? String(moment)
    : new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
