import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';

/**
 * NHS number Modulus 11 check (the same check applies to Scottish CHI and Northern Irish H&C numbers).
 * Weights 10..2 over the first nine digits; check = 11 - (sum mod 11); 11 means 0, 10 means invalid.
 */
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for nine digits, or null when no tenth digit can make them valid. */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('nhsCheckDigit needs exactly nine digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** True when ten digits (separators already removed) pass Modulus 11. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

// 3-3-4 with any separator between the groups (the text is normalised first, so a space, dash, dot or
// slash stands for its whole class, optionally with spaces round it), or ten unbroken digits.
// Not part of a longer number, a decimal, money, a phone number's "+44" or a word.
const SEP = '(?: ?[-./] ?| )?';
const TEN_DIGIT_RUN = new RegExp(
  `(?<![\\w+£$€])(?<!\\d[.,/-])(\\d{3})${SEP}(\\d{3})${SEP}(\\d{4})(?!\\w)(?![.,/-]\\d)`,
  'g',
);

// A typo'd number next to one of these still discloses, so the cue alone is enough.
const CUE =
  /\b(?:NHS(?:\s*(?:no\b\.?|num\b\.?|number\b|#))?|CHI(?:\s*(?:no\b\.?|number\b))?|H\s?&\s?C(?:\s*(?:no\b\.?|number\b))?)[ \t\u00a0]*(?:[:#=\u2013-][ \t\u00a0]*)?(?:(?:is|was)\s+)?/gi;
const CUE_ENDS_HERE =
  /\b(?:NHS(?:\s*(?:no\b\.?|num\b\.?|number\b|#))?|CHI(?:\s*(?:no\b\.?|number\b))?|H\s?&\s?C(?:\s*(?:no\b\.?|number\b))?)[ \t\u00a0]*(?:[:#=\u2013-][ \t\u00a0]*)?(?:(?:is|was)\s+)?$/i;
const CUE_STARTS_HERE = /^[ \t\u00a0]*[([]?[ \t\u00a0]*(?:NHS|CHI|H\s?&\s?C)\b/i;
// After a cue, people space numbers oddly ("943 4765 918"): accept any single separators.
const LOOSE_TEN_DIGITS_AT = /(?<![\w+])(?:\d(?: ?[-./] ?| )?){9}\d(?!\w)(?![ .,/-]?\d)/y;

const CUE_LOOKBACK = 40;

// "the CHI no on the second label, 1503874568": an explicit "no"/"number" cue a few words earlier in
// the same sentence still points at the number. Plain "NHS" is too common ("an NHS trust") to count here.
const CUE_EARLIER_IN_SENTENCE =
  /\b(?:NHS|CHI|H\s?&\s?C)\s*(?:no\b\.?|num\b\.?|number\b|#)(?:(?![.!?;\n]\s)[^\n])*$/i;
const CUE_SENTENCE_LOOKBACK = 60;

/** NHS, CHI and H&C numbers: any that pass Modulus 11, plus failing ones written next to a cue. */
export function findNhsNumbers(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of text.matchAll(TEN_DIGIT_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = `${m[1]}${m[2]}${m[3]}`;
    if (isValidNhsNumber(digits)) {
      found.push(findingAt(text, 'nhs-number', start, end, piiExplanations.nhsNumber));
    } else if (
      CUE_ENDS_HERE.test(text.slice(Math.max(0, start - CUE_LOOKBACK), start)) ||
      CUE_STARTS_HERE.test(text.slice(end, end + CUE_LOOKBACK)) ||
      CUE_EARLIER_IN_SENTENCE.test(text.slice(Math.max(0, start - CUE_SENTENCE_LOOKBACK), start))
    ) {
      found.push(findingAt(text, 'nhs-number', start, end, piiExplanations.nhsNumberNearCue));
    }
  }
  for (const cue of text.matchAll(CUE)) {
    LOOSE_TEN_DIGITS_AT.lastIndex = cue.index + cue[0].length;
    const m = LOOSE_TEN_DIGITS_AT.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    const explanation = isValidNhsNumber(m[0].replace(/\D/g, ''))
      ? piiExplanations.nhsNumber
      : piiExplanations.nhsNumberNearCue;
    found.push(findingAt(text, 'nhs-number', start, end, explanation));
  }
  return found;
}
