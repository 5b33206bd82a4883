import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPii, type PiiFinding, redact } from '../../../src/reflections/pii';
import { spaced, testCheckDigit } from './helpers';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((ds) => ds.join(''));
const separator = fc.constantFrom('', ' ', '-', '.');

/** Lower-case filler words: no digits, capitals or cue words, so they can never be PII themselves. */
const filler = fc
  .array(
    fc.constantFrom('we', 'talked', 'about', 'the', 'plan', 'carers', 'ward', 'learned', 'listening', 'and'),
    {
      minLength: 0,
      maxLength: 6,
    },
  )
  .map((ws) => ws.join(' '));

const validNhs = fc
  .tuple(digits(3), digits(6))
  .map(([prefix, rest]) => {
    const nine = `${prefix}${rest}`;
    const check = testCheckDigit(nine);
    return check === null ? null : `${nine}${check}`;
  })
  .filter((n): n is string => n !== null);

const invalidNhs = fc.tuple(digits(9), fc.integer({ min: 1, max: 9 })).map(([nine, bump]) => {
  const check = testCheckDigit(nine);
  return `${nine}${check === null ? bump : (check + bump) % 10}`;
});

// Postcodes built from the letter rules in the domain notes, independently of the guard's regex.
const letterFrom = (allowed: string) => fc.constantFrom(...allowed.split(''));
const first = letterFrom('ABCDEFGHIJKLMNOPRSTUWYZ');
const second = letterFrom('ABCDEFGHKLMNOPQRSTUVWXY');
const third = letterFrom('ABCDEFGHJKSTUW');
const fourth = letterFrom('ABEHMNPRVWXY');
const inwardLetter = letterFrom('ABDEFGHJLNPQRSTUWXYZ');
const d = digit;
const outward = fc.oneof(
  fc.tuple(first, d).map((p) => p.join('')),
  fc.tuple(first, d, d).map((p) => p.join('')),
  fc.tuple(first, second, d).map((p) => p.join('')),
  fc.tuple(first, second, d, d).map((p) => p.join('')),
  fc.tuple(first, d, third).map((p) => p.join('')),
  fc.tuple(first, second, d, fourth).map((p) => p.join('')),
);
const postcode = fc
  .tuple(outward, fc.constantFrom(' ', ''), d, inwardLetter, inwardLetter, fc.boolean())
  .map(([out, space, n, a, b, lower]) => {
    const code = `${out}${space}${n}${a}${b}`;
    return lower ? code.toLowerCase() : code;
  })
  // A lower-case ordinal ("b3 2nd") is deliberately not flagged; leave those out.
  .filter((code) => !/\s?\d(?:st|nd|rd|th)$/.test(code));

const fullDate = fc
  .date({ min: new Date(Date.UTC(1920, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .chain((date) => {
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const yyyy = String(date.getUTCFullYear());
    const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return fc.constantFrom(
      `${dd}/${mm}/${yyyy}`,
      `${dd}.${mm}.${yyyy}`,
      `${dd}-${mm}-${yyyy.slice(2)}`,
      `${yyyy}-${mm}-${dd}`,
      `${Number(dd)} ${month} ${yyyy}`,
      `${month} ${Number(dd)}, ${yyyy}`,
    );
  });

const monthYear = fc
  .tuple(
    fc.constantFrom('January', 'March', 'May', 'June', 'September', 'December', 'Mar', 'Sept'),
    fc.integer({ min: 1900, max: 2099 }),
  )
  .map(([m, y]) => `${m} ${y}`);

const phone = fc.oneof(
  digits(9).map((rest) => `07${rest.slice(0, 3)} ${rest.slice(3)}`),
  digits(8).map((rest) => `020 ${rest.slice(0, 4)} ${rest.slice(4)}`),
  digits(9).map((rest) => `+44 7${rest.slice(0, 3)} ${rest.slice(3)}`),
);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,10}[a-z0-9]$/), fc.constantFrom('nhs.net', 'example.co.uk'))
  .map(([local, domain]) => `${local}@${domain}`)
  .filter((e) => !e.includes('..') && !/\.@/.test(e));
const name = fc
  .tuple(
    fc.constantFrom('Mr', 'Mrs', 'Ms', 'Dr', 'Sister'),
    fc.constantFrom('Smith', 'Okafor', "O'Neill", 'Kaur'),
  )
  .map(([title, surname]) => `${title} ${surname}`);
const age = fc
  .tuple(fc.integer({ min: 1, max: 110 }), fc.constantFrom('aged #', '#-year-old', '# years old', '#yo'))
  .map(([n, pattern]) => pattern.replace('#', String(n)));

const piiSnippet = fc.oneof(
  fc.tuple(validNhs, separator).map(([n, sep]) => spaced(n, sep)),
  postcode,
  fullDate,
  phone,
  email,
  name,
  age,
);
/** Realistic text: filler and identifiers separated the way people write lists. */
const reflectionText = fc
  .array(fc.oneof(filler, piiSnippet), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(', '));

function wellFormed(text: string, findings: PiiFinding[]): void {
  let previousEnd = 0;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(previousEnd); // sorted and non-overlapping
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    previousEnd = f.end;
  }
}

describe('findPii properties', () => {
  it('finds every valid NHS number, in any spacing, as exactly that span', () => {
    fc.assert(
      fc.property(validNhs, separator, filler, filler, (n, sep, before, after) => {
        const written = spaced(n, sep);
        const text = `${before} ${written} ${after}`;
        const nhs = findPii(text).filter((f) => f.kind === 'nhs-number');
        expect(nhs.map((f) => [f.text, f.start])).toEqual([[written, before.length + 1]]);
      }),
      { numRuns: 500 },
    );
  });

  it('never flags a Modulus 11 failure as an NHS number when no cue is near', () => {
    fc.assert(
      fc.property(invalidNhs, separator, filler, filler, (n, sep, before, after) => {
        const text = `${before} ${spaced(n, sep)} ${after}`;
        expect(findPii(text).filter((f) => f.kind === 'nhs-number')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('flags a Modulus 11 failure when a cue is next to it', () => {
    fc.assert(
      fc.property(
        invalidNhs,
        separator,
        fc.constantFrom('NHS no', 'NHS number:', 'CHI', 'H&C no'),
        (n, sep, cue) => {
          const written = spaced(n, sep);
          expect(findPii(`${cue} ${written}`).map((f) => [f.kind, f.text])).toEqual([
            ['nhs-number', written],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every postcode that follows the letter rules, in either case, spaced or not', () => {
    fc.assert(
      fc.property(postcode, filler, (code, before) => {
        const text = `${before} ${code}.`;
        expect(findPii(text).map((f) => [f.kind, f.text])).toEqual([['postcode', code]]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds every full date and never a month-year alone', () => {
    fc.assert(
      fc.property(fullDate, monthYear, (date, my) => {
        expect(findPii(`seen on ${date} and again in ${my}`).map((f) => [f.kind, f.text])).toEqual([
          ['date', date],
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('returns sorted, non-overlapping findings whose offsets slice to their text', () => {
    fc.assert(
      fc.property(fc.oneof(reflectionText, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        wellFormed(text, findPii(text));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nothing to find once every finding is redacted', () => {
    fc.assert(
      fc.property(reflectionText, (text) => {
        const findings = findPii(text);
        const redacted = redact(text, findings);
        expect(findPii(redacted)).toEqual([]);
        for (const f of findings) expect(redacted).not.toContain(f.text);
      }),
      { numRuns: 500 },
    );
  });

  it('finds at least one thing for every identifier placed in the text', () => {
    fc.assert(
      fc.property(fc.array(piiSnippet, { minLength: 1, maxLength: 6 }), filler, (snippets, words) => {
        const text = snippets.join(`, ${words}, `);
        const findings = findPii(text);
        let at = 0;
        for (const snippet of snippets) {
          const start = text.indexOf(snippet, at);
          const end = start + snippet.length;
          expect(findings.some((f) => f.start < end && start < f.end)).toBe(true);
          at = end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        wellFormed(text, findPii(text));
        expect(typeof redact(text, findPii(text))).toBe('string');
      }),
      { numRuns: 1000 },
    );
    // A thousand 500-unit strings; on the shared 2-core machine under load this can pass 5 s.
  }, 30_000);

  // Catastrophic backtracking on 20,000 characters would run for minutes, far past this test's timeout;
  // how long the guard takes is measured by npm run bench (store: findPii2000CharsMedianMs), not here.
  it('finishes on long, awkward input', { timeout: 20_000 }, () => {
    const awkward = [
      'a'.repeat(20_000),
      '1'.repeat(20_000),
      '0 '.repeat(10_000),
      '00 000 '.repeat(3000),
      'a.'.repeat(10_000),
      'a@'.repeat(10_000),
      'Mr A '.repeat(4000),
      'aged '.repeat(4000),
      '12/'.repeat(7000),
      'NHS no '.repeat(3000),
    ];
    for (const text of awkward) wellFormed(text, findPii(text));
  });
});
