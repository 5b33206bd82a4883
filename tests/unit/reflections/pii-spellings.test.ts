import { describe, expect, it } from 'vitest';
import type { PiiKind } from '../../../src/reflections/model';
import { findPii } from '../../../src/reflections/pii';
import { validTestNhsNumber } from './helpers';

/*
 * Issue #11, point 10: the spellings people really use. Each rule is general (a class of separators, a
 * class of dashes, a shape of obfuscation), so the cases below are samples of a class, not a list the
 * guard was taught. Every finding must still slice out of the ORIGINAL text at its offsets.
 */
const NHS = validTestNhsNumber('123456') ?? (validTestNhsNumber('123457') as string);
const groups = (d: string) => [d.slice(0, 3), d.slice(3, 6), d.slice(6)] as const;

function found(text: string): [PiiKind, string][] {
  const findings = findPii(text);
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  return findings.map((f) => [f.kind, f.text]);
}

const SPACES = {
  tab: '\t',
  'two spaces': '  ',
  'no-break space': '\u00a0',
  'narrow no-break space': '\u202f',
  'thin space': '\u2009',
  'figure space': '\u2007',
  'ideographic space': '\u3000',
};
const DASHES = {
  'en dash': '\u2013',
  'em dash': '\u2014',
  'minus sign': '\u2212',
  'non-breaking hyphen': '\u2011',
  'hyphen (U+2010)': '\u2010',
  'figure dash': '\u2012',
  'small hyphen-minus': '\ufe63',
  'fullwidth hyphen-minus': '\uff0d',
};
const OTHERS = {
  slash: '/',
  'spaced hyphen': ' - ',
  'spaced slash': ' / ',
  'middle dot': '\u00b7',
  'zero-width space': '\u200b',
};
const ALL = { ...SPACES, ...DASHES, ...OTHERS };

describe('NHS numbers with any separator between the digit groups', () => {
  it.each(Object.entries(ALL))('finds one written with a %s', (_name, sep) => {
    const [a, b, c] = groups(NHS);
    const written = `${a}${sep}${b}${sep}${c}`;
    expect(found(`Seen on the ward, ${written}, yesterday`)).toEqual([['nhs-number', written]]);
  });

  it('finds one written with mixed separators', () => {
    const [a, b, c] = groups(NHS);
    for (const written of [
      `${a} ${b}-${c}`,
      `${a}.${b} ${c}`,
      `${a}\u2013${b}\u00a0${c}`,
      `${a}/${b}.${c}`,
    ]) {
      expect(found(`number ${written} on the form`)).toEqual([['nhs-number', written]]);
    }
  });

  it('finds one written in fullwidth digits', () => {
    const wide = [...NHS].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    expect(found(`ref ${wide} today`)).toEqual([['nhs-number', wide]]);
  });

  it('still leaves a Modulus 11 failure with odd separators alone when no cue is near', () => {
    const bad = `${NHS.slice(0, 9)}${(Number(NHS[9]) + 1) % 10}`;
    const [a, b, c] = groups(bad);
    expect(found(`Order ${a}\u2013${b}\u2013${c} arrived`).filter(([k]) => k === 'nhs-number')).toEqual([]);
  });
});

describe('postcodes with any space or dash between the halves', () => {
  it.each(Object.entries({ ...SPACES, ...DASHES, 'spaced hyphen': ' - ' }))(
    'finds one with a %s',
    (_n, sep) => {
      const code = `SW1A${sep}1AA`;
      expect(found(`She lives near ${code}, by the park.`)).toEqual([['postcode', code]]);
    },
  );
});

describe('phone numbers: international prefixes, dots and other separators', () => {
  it.each([
    '+44 (0)20 7946 0958',
    '+44 (0) 20 7946 0958',
    '+44(0)20 7946 0958',
    '0044 20 7946 0958',
    '0044 (0)20 7946 0958',
    '00 44 7700 900123',
    '+44.20.7946.0958',
    '020.7946.0958',
    '07700.900.123',
    '07700\u00a0900\u00a0123',
    '07700\u2013900\u2013123',
    '0161\t496\t0000',
    '(0161) 496\u202f0000',
    '+44 7700-900-123',
  ])('finds %j', (phone) => {
    expect(found(`Ring ${phone} after 5pm.`)).toEqual([['phone', phone]]);
  });

  it.each([
    ['a version number', 'release 0.17.4'],
    ['a decimal', 'a ratio of 0.123'],
    ['a short dotted count', 'items 01.23.45'],
  ])('does not flag %s', (_why, text) => {
    expect(found(text).filter(([k]) => k === 'phone')).toEqual([]);
  });
});

describe('names after a lower-case title', () => {
  it.each([
    ['spoke to mr smith about it', 'smith'],
    ['I asked mrs okafor first', 'okafor'],
    ['dr patel reviewed her', 'patel'],
    ['handed over to ms o’neill', 'o’neill'],
    ['seen by dr. jones', 'jones'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text)).toEqual([['name', name]]);
  });

  it.each([
    'morphine mr 10mg twice daily',
    'severe mr and tr on the echo',
    'the mr and ms scans were booked',
    'ms is a long-term condition',
    'I will miss the meeting',
    'the dr said',
    'dr to review',
  ])('leaves ordinary words alone: %j', (text) => {
    expect(found(text).filter(([k]) => k === 'name')).toEqual([]);
  });
});

describe('ages given as decades', () => {
  it.each([
    ['a woman in her eighties', 'in her eighties'],
    ['a man in his 70s', 'in his 70s'],
    ['a man in his 70’s', 'in his 70’s'],
    ['in their mid-forties', 'in their mid-forties'],
    ['a lady in her late 80s', 'in her late 80s'],
    ['a man in his early twenties', 'in his early twenties'],
    ['a patient in her nineties with dementia', 'in her nineties'],
    ['a nonagenarian on the ward', 'nonagenarian'],
  ])('finds %j', (text, age) => {
    expect(found(text)).toEqual([['age', age]]);
  });

  it.each([
    'in the 1980s we had no such thing',
    'in its twenties the trust grew',
    'in her teens',
    'the eighties were busy',
    'temperatures in the 30s',
  ])('does not flag %j', (text) => {
    expect(found(text).filter(([k]) => k === 'age')).toEqual([]);
  });

  it('suggests a life stage that the guard itself would not flag', () => {
    const explanation = findPii('aged 87')[0]?.explanation ?? '';
    const suggested = /such as "([^"]+)"/.exec(explanation)?.[1] ?? '';
    expect(suggested).not.toBe('');
    expect(findPii(suggested)).toEqual([]);
  });
});

describe('obfuscated email addresses', () => {
  it.each([
    'jane.smith at nhs dot net',
    'jane.smith at nhs.net',
    'jane.smith [at] nhs.net',
    'jane.smith (at) nhs (dot) net',
    'jane.smith AT nhs DOT net',
    'jane.smith{at}nhs{dot}net',
    'jane.smith @ nhs.net',
    'j.smith at example dot co dot uk',
    'jsmith [at] trust [dot] nhs [dot] uk',
    'jane.smith＠nhs.net',
  ])('finds %j', (address) => {
    expect(found(`Write to ${address} for the notes.`)).toEqual([['email', address]]);
  });

  it.each([
    'we met at home and talked',
    'look at nhs guidance on this',
    'she works at nhs england now',
    'arrived at 10 dot on time',
    'at the end of the day',
  ])('does not flag %j', (text) => {
    expect(found(text).filter(([k]) => k === 'email')).toEqual([]);
  });
});

describe('offsets after normalisation', () => {
  it('maps findings back to the original text when separators shrink or vanish', () => {
    const [a, b, c] = groups(NHS);
    const text = `x\u200b\u200b  \t y ${a}\u00a0\u00a0${b}\u2013${c} then SW1A\t\t1AA and 07700\u2009900\u2009123`;
    const findings = findPii(text);
    expect(findings.map((f) => f.kind)).toEqual(['nhs-number', 'postcode', 'phone']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings[0]?.start).toBe(text.indexOf(a));
  });

  it('keeps surrogate pairs and combining marks intact around findings', () => {
    const text = `😀 Mr Adébáyọ̀ said 😀 ${NHS}`;
    const findings = findPii(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['name', 'Adébáyọ̀'],
      ['nhs-number', NHS],
    ]);
  });
});

describe('names the writer marks as invented (found on the real-text train set)', () => {
  it.each([
    'I met Mrs Ross (pseudonym) on placement',
    'Mr Green [not his real name] was admitted',
    'Mrs Patel (name changed) told us',
    'Dr Okafor (a pseudonym) led the session',
  ])('does not flag %j', (text) => {
    expect(found(text).filter(([k]) => k === 'name')).toEqual([]);
  });

  it('still flags a real name followed by an ordinary bracket', () => {
    expect(found('Mrs Ross (the ward manager) agreed')).toEqual([['name', 'Ross']]);
  });
});
