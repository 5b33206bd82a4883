import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';

// UK postcode letter rules (see domain notes §5): first letter not Q/V/X; second not I/J/Z;
// a third-position letter from ABCDEFGHJKSTUW; a fourth-position letter from ABEHMNPRVWXY;
// inward letters never C, I, K, M, O or V.
const FIRST = '[ABCDEFGHIJKLMNOPRSTUWYZ]';
const SECOND = '[ABCDEFGHKLMNOPQRSTUVWXY]';
const THIRD = '[ABCDEFGHJKSTUW]';
const FOURTH = '[ABEHMNPRVWXY]';
const INWARD = '\\d[ABDEFGHJLNPQRSTUWXYZ]{2}';
const OUTWARD = `(?:${FIRST}\\d\\d?|${FIRST}${SECOND}\\d\\d?|${FIRST}\\d${THIRD}|${FIRST}${SECOND}\\d${FOURTH})`;
const POSTCODE = new RegExp(
  `(?<![A-Za-z0-9])(?:GIR(?: ?- ?| )?0AA|${OUTWARD}(?: ?- ?| )?(${INWARD}))(?![A-Za-z0-9])`,
  'gi',
);
// "B3 2nd floor", "e1 4th": an inward code that is really a lower-case ordinal.
const LOWER_CASE_ORDINAL = /^\d(?:st|nd|rd|th)$/;

export function findPostcodes(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    if (m[1] && LOWER_CASE_ORDINAL.test(m[1])) continue;
    found.push(findingAt(text, 'postcode', m.index, m.index + m[0].length, piiExplanations.postcode));
  }
  return found;
}

// UK numbers: 0 + 10 digits, or an international prefix (+44, 0044, 00 44; optionally "(0)") + 10 digits,
// in groups of at least three digits after the first. The text is normalised first, so a space, dot or
// dash stands for its whole class. Digits are counted after matching.
// A bracket belongs to the number only round the area code ("(020) 7946 0958"), so a number written
// inside parentheses ("(020 7946 0958)") is found without the opening bracket.
const PSEP = '(?: ?[-.] ?| )';
const PHONE = new RegExp(
  String.raw`(?<![\w+])(?:(\+ ?44|00 ?44)${PSEP}?(?:\(0\)${PSEP}?)?|(?=\(?0))((?:\(\d{2,5}\)|\d{2,5})(?:${PSEP}?\d{3,8}){0,3})(?!\w)(?![.-]?\d)`,
  'g',
);
// Mobile, geographic and non-geographic ranges the brief lists: 01, 02, 03, 07, 08.
const UK_NATIONAL = /^0[12378]\d{9}$/;

export function findPhones(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = (m[2] ?? '').replace(/\D/g, '');
    // "+44 07700 900123": the stray 0 is common, so accept it.
    const national = m[1] ? (digits.startsWith('0') ? digits : `0${digits}`) : digits;
    if (!UK_NATIONAL.test(national)) continue;
    found.push(findingAt(text, 'phone', m.index, m.index + m[0].length, piiExplanations.phone));
  }
  return found;
}

// Anchored at a token start so a long run of letters cannot make this quadratic.
const EMAIL =
  /(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])(?!\.[A-Za-z0-9])/g;

export function findEmails(text: string): PiiFinding[] {
  return Array.from(text.matchAll(EMAIL), (m) =>
    findingAt(text, 'email', m.index, m.index + m[0].length, piiExplanations.email),
  );
}

/*
 * Addresses written to dodge scrapers: "jane.smith at nhs dot net", "jane [at] nhs.net",
 * "jane (at) trust (dot) nhs (dot) uk", "jane @ nhs.net". Brackets or an @ mark the address plainly; a bare
 * "at" only counts when what follows is dotted like a domain and ends in a common top-level domain, so
 * "looked at nhs guidance" and "met at home" stay unflagged.
 */
const BRACKETED = (word: string) => String.raw`(?: ?[\[({<] ?${word} ?[\])}>] ?)`;
const AT = `(${BRACKETED('at')}| at | ?@ ?)`;
const DOT_WORD = `(?:${BRACKETED('dot')}| dot )`;
const DOT = String.raw`(?:${DOT_WORD}|\.)`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}${AT}((?:[A-Za-z0-9][A-Za-z0-9-]{0,62}${DOT})+)([A-Za-z]{2,24})(?![\w-])(?!\.[A-Za-z0-9])`,
  'gi',
);
const COMMON_TLD = /^(?:com|net|org|uk|nhs|gov|ac|co|scot|wales|cymru|ie|eu|io|info|me|email|edu|london)$/i;

export function findObfuscatedEmails(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of text.matchAll(OBFUSCATED_EMAIL)) {
    const [whole, at = '', domain = '', tld = ''] = m;
    if (at === '@' && !new RegExp(DOT_WORD, 'i').test(domain)) continue; // a plain address: findEmails has it
    if (/^ at $/i.test(at) && !COMMON_TLD.test(tld)) continue;
    found.push(findingAt(text, 'email', m.index, m.index + whole.length, piiExplanations.email));
  }
  return found;
}
