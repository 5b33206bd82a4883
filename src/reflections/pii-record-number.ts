import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';

/*
 * Hospital numbers have no national format (each trust has its own "local patient identifier"), so:
 * - anything id-like straight after a cue such as "MRN", "hosp no", "unit no", "case note", "K number",
 *   or a colleague's "GMC no"/"NMC pin";
 * - bare tokens of one to three capitals then six to eight digits ("C123456", "RTX1234567");
 * - trust-code style prefixes like "R1H 123456" (ODS codes are R plus two characters).
 */
const NO = String.raw`(?:no\b\.?|nos\b\.?|num\b\.?|number\b|#|id\b|ref\b)`;
const RECORD_CUE = new RegExp(
  String.raw`\b(?:MRN|hosp(?:ital)?\.?\s*${NO}|unit\s*${NO}|case[\s-]*notes?(?:\s*${NO})?|K\s*${NO}|PAS\s*${NO}|patient\s*(?:id|ref)\b|GMC(?:\s*${NO})?|NMC(?:\s*(?:pin\b|${NO}))?)[ \t\u00a0]*(?:[:#=\u2013-][ \t\u00a0]*)?(?:(?:is|was)\s+)?`,
  'gi',
);
// The id itself: letters, digits, slashes and hyphens, starting and ending alphanumeric.
const ID_AT = /(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9](?:[A-Za-z0-9/-]{0,18}[A-Za-z0-9])?(?![\w/-])/y;
// "MRN 1234 5678", "hosp no 123 456 7": an id written in short digit groups, six to ten digits in all.
const GROUPED_DIGITS_AT = /\d{1,4}(?:[ \u00a0]\d{1,4}){1,3}(?![\w/-])(?![ \u00a0]\d)/y;
const BARE_ID = /(?<![\w/-])[A-Z]{1,3}\d{6,8}(?![\w/-])/g;
const TRUST_PREFIXED_ID = /(?<![\w/-])R(?:[A-Z][A-Z0-9]|\d[A-Z])[ /-]?\d{5,8}(?![\w/-])/g;

function countDigits(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** A bare year ("case notes 2019") or a short count is not an identifier. */
function looksLikeId(token: string): boolean {
  if (countDigits(token) < 3) return false;
  if (/^(?:19|20)\d{2}$/.test(token)) return false;
  return true;
}

export function findRecordNumbers(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const add = (start: number, end: number) =>
    found.push(findingAt(text, 'record-number', start, end, piiExplanations.recordNumber));
  for (const cue of text.matchAll(RECORD_CUE)) {
    const at = cue.index + cue[0].length;
    GROUPED_DIGITS_AT.lastIndex = at;
    const grouped = GROUPED_DIGITS_AT.exec(text);
    const groupedDigits = grouped ? countDigits(grouped[0]) : 0;
    if (grouped && groupedDigits >= 6 && groupedDigits <= 10) {
      add(grouped.index, grouped.index + grouped[0].length);
      continue;
    }
    ID_AT.lastIndex = at;
    const m = ID_AT.exec(text);
    if (m && looksLikeId(m[0])) add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(BARE_ID)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(TRUST_PREFIXED_ID)) add(m.index, m.index + m[0].length);
  return found;
}
