import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';

/*
 * Dates policy. NMC-agency and GMC advice is to give month and year only, so:
 * - any full day-month-year date is flagged ("03/04/2024", "2024-04-03", "3rd April 2024", "April 3, 2024");
 * - month-year ("March 2024"), bare years, times and day-month without a year are not flagged on their own;
 * - after a date-of-birth cue ("DOB", "D.O.B.", "date of birth", "born"), partial dates are flagged too
 *   ("born March 1937", "DOB 03/1937", "DOB 1937"), because any part of a birth date narrows who it is.
 *   A bare year is flagged only after "DOB"/"date of birth", since "the idea was born in 2019" is not personal.
 */

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const ORDINAL = '(?:st|nd|rd|th)?';

const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number {
  return monthNumbers[name.slice(0, 3).toLowerCase()] ?? 0;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Calendar check; a two-digit year could be a leap year, so 29 February is allowed then. */
function isRealDate(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  if (month === 2 && day === 29 && year !== null) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }
  return true;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

/** Not glued to a longer number, word, version string or path. */
const BEFORE = String.raw`(?<![\w.,/\-])`;
const AFTER = String.raw`(?![\w])(?![.,/\-]\d)`;

// UK order: day first. One consistent separator.
const NUMERIC_DMY = new RegExp(`${BEFORE}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})${AFTER}`, 'g');
const ISO_YMD = new RegExp(`${BEFORE}(\\d{4})([/.\\-])(\\d{2})\\2(\\d{2})(?!\\d)(?![.,/\\-]\\d)`, 'g');
const WRITTEN_DMY = new RegExp(
  `(?<![\\w])(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s\\-]+${MONTH}\\.?,?[\\s\\-]+(\\d{4}|['\u2019]\\d{2})(?![\\w])`,
  'gi',
);
// Hospital systems print "12-Jan-24" and "12/Jan/2024": the same separator round a month name makes a
// two-digit year safe to read.
const SYSTEM_DMY = new RegExp(
  `(?<![\\w/-])(\\d{1,2})([/\\-])${MONTH}\\2(\\d{4}|\\d{2})(?![\\w])(?![/\\-]\\d)`,
  'gi',
);
const WRITTEN_MDY = new RegExp(`(?<![\\w])${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?![\\w])`, 'gi');

/** Full day-month-year dates. */
function findFullDates(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const add = (start: number, length: number) =>
    found.push(findingAt(text, 'date', start, start + length, piiExplanations.date));

  for (const m of text.matchAll(NUMERIC_DMY)) {
    const [whole, d = '', sep, mo = '', y = ''] = m;
    const year = y.length === 4 ? Number(y) : null;
    if (year !== null && !plausibleYear(year)) continue;
    // "2.1.10" is more likely a version than a date: dots and hyphens need dd-mm or a four-digit year.
    if (sep !== '/' && y.length === 2 && (d.length < 2 || mo.length < 2)) continue;
    if (isRealDate(Number(d), Number(mo), year)) add(m.index, whole.length);
  }
  for (const m of text.matchAll(ISO_YMD)) {
    const [whole, y = '', , mo = '', d = ''] = m;
    if (plausibleYear(Number(y)) && isRealDate(Number(d), Number(mo), Number(y))) add(m.index, whole.length);
  }
  for (const m of text.matchAll(WRITTEN_DMY)) {
    const [whole, d = '', monthName = '', y = ''] = m;
    const year = y.length === 4 ? Number(y) : null;
    if (year !== null && !plausibleYear(year)) continue;
    if (isRealDate(Number(d), monthNumber(monthName), year)) add(m.index, whole.length);
  }
  for (const m of text.matchAll(SYSTEM_DMY)) {
    const [whole, d = '', , monthName = '', y = ''] = m;
    const year = y.length === 4 ? Number(y) : null;
    if (year !== null && !plausibleYear(year)) continue;
    if (isRealDate(Number(d), monthNumber(monthName), year)) add(m.index, whole.length);
  }
  for (const m of text.matchAll(WRITTEN_MDY)) {
    const [whole, monthName = '', d = '', y = ''] = m;
    if (plausibleYear(Number(y)) && isRealDate(Number(d), monthNumber(monthName), Number(y))) {
      add(m.index, whole.length);
    }
  }
  return found;
}

const DOB_CUE = /\b(?:(DOB|D\.O\.B\.?|date\s+of\s+birth)|born(?:\s+(?:on|in))?)(?![\w])[\s:=\u2013-]*/gi;

// Partial (and short full) dates, tried only straight after a birth cue.
const PARTIAL_AFTER_BIRTH_CUE = [
  // "DOB 1.4.39": short dotted or hyphenated dates that could be versions elsewhere are dates here.
  /(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1\d{2}(?![\w])(?![/.-]\d)/y,
  new RegExp(`${MONTH}\\.?,?\\s+(?:\\d{4}|['\u2019]\\d{2})(?![\\w])`, 'iy'),
  new RegExp(`(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}(?![a-z])\\.?`, 'iy'),
  new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\w])`, 'iy'),
  /(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}(?![\w])/y,
  /(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\w/.]?\d)/y,
];
const YEAR_AFTER_DOB = /(?:19|20)\d{2}(?![\w])/y;

/** Dates, with birth dates explained as such. */
export function findDates(text: string): PiiFinding[] {
  const full = findFullDates(text);
  const byStart = new Map(full.map((f) => [f.start, f]));
  const found = [...full];
  for (const cue of text.matchAll(DOB_CUE)) {
    const at = cue.index + cue[0].length;
    const fullDate = byStart.get(at);
    if (fullDate) {
      fullDate.explanation = piiExplanations.dateOfBirth;
      continue;
    }
    const patterns = cue[1] ? [...PARTIAL_AFTER_BIRTH_CUE, YEAR_AFTER_DOB] : PARTIAL_AFTER_BIRTH_CUE;
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m) {
        found.push(findingAt(text, 'date', at, at + m[0].length, piiExplanations.dateOfBirth));
        break;
      }
    }
  }
  return found;
}
