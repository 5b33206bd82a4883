import { describe, expect, it } from 'vitest';
import type { PiiKind } from '../../../src/reflections/model';
import { findPii, PiiFinding, piiPlaceholder, redact } from '../../../src/reflections/pii';
import { invalidTestNhsNumber, spaced, validTestNhsNumber } from './helpers';

const VALID = validTestNhsNumber('123456') ?? (validTestNhsNumber('123457') as string);
const INVALID = invalidTestNhsNumber('123456', 0);

/** The (kind, text) pairs found, in order. */
function found(text: string): [PiiKind, string][] {
  return findPii(text).map((f) => [f.kind, f.text]);
}

describe('findPii: NHS numbers', () => {
  it.each(['', ' ', '-', '.', '\u00a0'])('finds a valid number written with separator %j', (sep) => {
    const n = spaced(VALID, sep);
    expect(found(`NHS ${n} seen today`)).toEqual([['nhs-number', n]]);
    expect(found(`Reference ${n}.`)).toEqual([['nhs-number', n]]);
  });

  it('does not flag a failing number with no cue', () => {
    expect(found(`Reference ${spaced(INVALID, ' ')} for the audit`)).toEqual([]);
    expect(found(`Order ${INVALID} arrived`)).toEqual([]);
  });

  it.each(['NHS no', 'NHS No.', 'NHS number:', 'NHS number is', 'nhs #', 'CHI', 'CHI no', 'H&C number'])(
    'flags a failing number after the cue %j, since a typo still discloses',
    (cue) => {
      const n = spaced(INVALID, ' ');
      const findings = findPii(`The ${cue} ${n} was on the wristband`);
      expect(findings.map((f) => [f.kind, f.text])).toEqual([['nhs-number', n]]);
      expect(findings[0]?.explanation).toMatch(/check digit does not match/);
    },
  );

  it('flags a failing number with a cue just after it, and odd spacing after a cue', () => {
    expect(found(`${INVALID} (NHS no) was written down`)).toEqual([['nhs-number', INVALID]]);
    const odd = `${INVALID.slice(0, 3)} ${INVALID.slice(3, 7)} ${INVALID.slice(7)}`;
    expect(found(`NHS number: ${odd}`)).toEqual([['nhs-number', odd]]);
  });

  it('explains a valid number as such', () => {
    expect(findPii(VALID)[0]?.explanation).toBe(
      'Looks like an NHS number (the check digit matches). Reflections should not identify patients: remove it.',
    );
  });

  it('does not take ten digits out of a longer number, a decimal, money or a word', () => {
    for (const text of [`1${VALID}`, `${VALID}1`, `${VALID}.5`, `0.${VALID}`, `£${VALID}`, `ID${VALID}`]) {
      expect(findPii(text).filter((f) => f.kind === 'nhs-number')).toEqual([]);
    }
  });
});

describe('findPii: postcodes', () => {
  it.each([
    'SW1A 1AA',
    'SW1A1AA',
    'sw1a 1aa',
    'M1 1AE',
    'B33 8TH',
    'CR2 6XH',
    'DN55 1PT',
    'W1A 0AX',
    'EC1A 1BB',
    'GIR 0AA',
    'LS11 5AB',
  ])('finds %s', (code) => {
    expect(found(`They live near ${code}, by the park.`)).toEqual([['postcode', code]]);
  });

  it.each([
    ['a Q first letter', 'QA1 1AA'],
    ['a Z second letter', 'AZ1 1AA'],
    ['a C in the inward code', 'M1 1CA'],
    ['an I in the inward code', 'M1 1AI'],
    ['a disallowed third-position letter', 'W1Z 1AA'],
    ['a disallowed fourth-position letter', 'EC1Z 1BB'],
    ['a code inside a longer word', 'XSW1A1AAX'],
    ['a code glued to digits', '9M1 1AE'],
    ['a lower-case ordinal', 'Ward B3 2nd floor'],
    ['an outward code alone', 'the LS1 area'],
  ])('does not flag %s', (_why, text) => {
    expect(found(text).filter(([kind]) => kind === 'postcode')).toEqual([]);
  });
});

describe('findPii: dates', () => {
  it.each([
    '03/04/2024',
    '3/4/2024',
    '03/04/24',
    '03-04-24',
    '03.04.2024',
    '2024-04-03',
    '3rd March 2024',
    '3 March 2024',
    '3rd of March 2024',
    '3 Mar 2024',
    'March 3, 2024',
    'March 3rd 2024',
    '29/02/2024',
  ])('finds the full date %s', (date) => {
    expect(found(`It happened on ${date} in clinic.`)).toEqual([['date', date]]);
  });

  it.each([
    ['month and year only', 'in March 2024'],
    ['a year', 'during 2024'],
    ['a financial year', 'the 2023/24 plan'],
    ['a time', 'at 10:30'],
    ['day and month without year', 'on 3rd March'],
    ['a version number', 'version 2.1.10 of the form'],
    ['a v-prefixed version', 'v1.2.3'],
    ['an impossible date', '31/02/2024'],
    ['month 13', '01/13/2024'],
    ['a fraction', '3/4 of the team'],
    ['a score', 'scored 7/10'],
    ['29 February in a non-leap year', '29/02/2023'],
  ])('does not flag %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['DOB 12/05/1937', '12/05/1937'],
    ['D.O.B.: 12 May 1937', '12 May 1937'],
    ['born March 1937', 'March 1937'],
    ['date of birth 1937', '1937'],
    ['DOB 05/1937', '05/1937'],
    ['DOB: 3rd May', '3rd May'],
  ])('treats %j as a date of birth', (text, date) => {
    const findings = findPii(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([['date', date]]);
    expect(findings[0]?.explanation).toMatch(/date of birth/);
  });

  it('does not treat "born in" plus a bare year as a birth date', () => {
    expect(found('The idea was born in 2019 at a team away day.')).toEqual([]);
  });
});

describe('findPii: ages', () => {
  it.each([
    ['aged 87', 'aged 87'],
    ['an 87-year-old man', '87-year-old'],
    ['87 years old', '87 years old'],
    ['87 year old', '87 year old'],
    ['87yo', '87yo'],
    ['87 y/o', '87 y/o'],
    ['age: 87', 'age: 87'],
    ['a 6-week-old baby', '6-week-old'],
    ['87 years of age', '87 years of age'],
  ])('finds %j', (text, age) => {
    expect(found(text)).toEqual([['age', age]]);
  });

  it.each([
    'patients aged 18-25',
    'aged 18 to 25',
    'I have worked here for 12 years',
    '5 reflective accounts',
    'the age of the building',
    'Ward 7',
    'page 87',
    'average 87',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPii: phone numbers', () => {
  it.each([
    '020 7946 0958',
    '02079460958',
    '0161 496 0000',
    '01632 960000',
    '07700 900123',
    '07700900123',
    '0800 123 4567',
    '0300 123 4567',
    '020-7946-0958',
    '+44 7700 900123',
    '+447700900123',
    '+44 (0)20 7946 0958',
    '+44 20 7946 0958',
  ])('finds %s', (phone) => {
    expect(found(`Call ${phone} after 5pm.`)).toEqual([['phone', phone]]);
  });

  it.each([
    ['ten digits from 0', '0161 496 000'],
    ['twelve digits', '0161 496 00000'],
    ['a 09 premium number', '0906 123 4567'],
    ['a 05 number', '0500 123 4567'],
    ['money', '£1,234,567'],
    ['a count', '111 people called 111'],
  ])('does not flag %s', (_why, text) => {
    expect(found(text).filter(([kind]) => kind === 'phone')).toEqual([]);
  });
});

describe('findPii: email', () => {
  it('finds personal and nhs.net addresses without the full stop after them', () => {
    expect(found('Email jane.smith2@nhs.net. Or j_o+x@example.co.uk')).toEqual([
      ['email', 'jane.smith2@nhs.net'],
      ['email', 'j_o+x@example.co.uk'],
    ]);
  });

  it('does not flag an @ mention or a bare domain', () => {
    expect(found('Thanks @team, see nhs.net for details')).toEqual([]);
  });
});

describe('findPii: record numbers', () => {
  it.each([
    ['MRN 12345678', '12345678'],
    ['MRN: AB123456', 'AB123456'],
    ['hosp no: A12-3456', 'A12-3456'],
    ['hospital number 0012345', '0012345'],
    ['unit no 445566', '445566'],
    ['case note no. X998877', 'X998877'],
    ['K number K123456', 'K123456'],
    ['his GMC number is 7654321', '7654321'],
    ['NMC pin 12A3456E', '12A3456E'],
    ['seen as C1234567 on admission', 'C1234567'],
    ['ref RTX1234567 attached', 'RTX1234567'],
    ['ref R1H 123456 attached', 'R1H 123456'],
  ])('finds the id in %j', (text, id) => {
    expect(found(text)).toEqual([['record-number', id]]);
  });

  it.each([
    'I read the case notes 2019 to 2021',
    'the hospital number of beds is 12',
    'the GMC guidance from 2024',
    'ISO27001 audit',
    'COVID19 ward',
    'A123456789 is too long a run',
    'Ward 7, bay 4, bed 2',
  ])('does not flag %j', (text) => {
    expect(found(text).filter(([kind]) => kind === 'record-number')).toEqual([]);
  });
});

describe('findPii: names after titles', () => {
  it.each([
    ['Mr Smith said', 'Smith'],
    ['Mrs Jane Smith-Jones came', 'Jane Smith-Jones'],
    ["Dr. O'Brien agreed", "O'Brien"],
    ['Mr J. McDonald said', 'J. McDonald'],
    ['Ms Zoë Adébáyọ̀ spoke', 'Zoë Adébáyọ̀'],
    ['Sister Kaur led', 'Kaur'],
    ['Nurse Jones helped', 'Jones'],
    ['Prof Okafor spoke', 'Okafor'],
    ['Mx Taylor', 'Taylor'],
    ['Miss Ward arrived', 'Ward'],
    ['Mrs May was', 'May'],
    ["Dr Patel's advice", 'Patel'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text)).toEqual([['name', name]]);
  });

  it.each([
    'Patient X was seen',
    'Mr X and Mrs Y',
    'Mr A. then left',
    'the nurse Jones said',
    'Nurse Practitioners are vital',
    'Sister Ward rounds',
    'Prof Emeritus status',
    'Dr The',
    'the Ward Sister. Charge nurses were short',
    'ask a Nurse. Patients came first',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('stops a name before a month or a sentence word', () => {
    expect(found('Dr Smith March meeting')).toEqual([['name', 'Smith']]);
    expect(found('Mrs Jane Smith Then we talked')).toEqual([['name', 'Jane Smith']]);
  });

  it('sees a second title straight after a name', () => {
    expect(found('Dr Smith Dr Jones and Mr A Mrs Khan')).toEqual([
      ['name', 'Smith'],
      ['name', 'Jones'],
      ['name', 'Khan'],
    ]);
  });
});

describe('findPii: precision on ordinary reflection text', () => {
  it('flags nothing in a realistic, anonymised reflection', () => {
    const text = [
      'In March 2024 I supported a co-production workshop on Ward 7 with 5 carers and 12 staff.',
      'We spent £1,250 on room hire; the session ran from 10:30 to 12:00, version 2.3 of the plan.',
      'I have written 5 reflective accounts this year and logged 35 CPD hours (20 participatory).',
      'Patient X, an older adult, told us what matters to them. A 2023/24 survey had 1,234 replies.',
      'Nurse Practitioner colleagues and the Ward Sister joined. Score: 8/10. Bed 4, bay 2.',
      'Reference 1234567890 on the invoice. Call 111 or 999 in an emergency.',
    ].join('\n');
    expect(findPii(text)).toEqual([]);
  });

  it('resolves overlaps: the longer span wins, then the more specific kind', () => {
    const findings = findPii(`MRN ${VALID} and +44 7700 900123`);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['nhs-number', VALID],
      ['phone', '+44 7700 900123'],
    ]);
  });

  it('returns findings that satisfy the schema and slice to their text', () => {
    const text = `Mr Smith, aged 87, NHS ${VALID}, SW1A 1AA, 03/04/2024, 07700 900123, a@b.co, MRN 123456`;
    const findings = findPii(text);
    expect(findings.map((f) => f.kind)).toEqual([
      'name',
      'age',
      'nhs-number',
      'postcode',
      'date',
      'phone',
      'email',
      'record-number',
    ]);
    for (const f of findings) {
      expect(PiiFinding.parse(f)).toEqual(f);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.explanation.length).toBeGreaterThan(20);
    }
  });

  it('returns nothing for empty text', () => {
    expect(findPii('')).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces one finding with its placeholder', () => {
    const text = `Mr Smith has NHS number ${VALID}.`;
    const [name, nhs] = findPii(text);
    expect(redact(text, nhs as PiiFinding)).toBe('Mr Smith has NHS number [NHS number removed].');
    expect(redact(text, name as PiiFinding)).toBe(`Mr [name removed] has NHS number ${VALID}.`);
  });

  it('replaces every finding, whatever order they are given in', () => {
    const text = 'Mrs Jones, aged 87, of SW1A 1AA';
    const all = findPii(text);
    expect(redact(text, [...all].reverse())).toBe(
      `Mrs ${piiPlaceholder('name')}, ${piiPlaceholder('age')}, of ${piiPlaceholder('postcode')}`,
    );
  });

  it('leaves a stale finding alone rather than cutting the wrong words', () => {
    const text = 'Mr Smith came';
    const [finding] = findPii(text);
    expect(redact(`Hello, ${text}`, finding as PiiFinding)).toBe(`Hello, ${text}`);
  });
});

describe('findPii: rules learned from the held-out reflections', () => {
  it('finds a phone number written inside brackets without the opening bracket', () => {
    expect(found('her wife (020 7946 0817) was told')).toEqual([['phone', '020 7946 0817']]);
    expect(found('Tel (0113) 496 0911')).toEqual([['phone', '(0113) 496 0911']]);
  });

  it('flags a failing number when an explicit NHS/CHI number cue is earlier in the same sentence', () => {
    expect(found(`the CHI no on the second label, ${INVALID}, was wrong`)).toEqual([['nhs-number', INVALID]]);
    expect(found(`The NHS number was missing. Order ${INVALID} arrived`)).toEqual([]);
    expect(found(`Our NHS trust paid invoice ${INVALID} late`)).toEqual([]);
  });

  it.each([
    ['72M, PMH COPD', '72M'],
    ['Bay 1 bed 1: 84F, #NOF day 3', '84F'],
    ['an older lady (83F) fell', '83F'],
    ['91M with HAP', '91M'],
  ])('finds clerking age shorthand in %j', (text, age) => {
    expect(found(text)).toEqual([['age', age]]);
  });

  it.each(['fit tested with 3M 1863', 'we saved £5M, in total', 'Ward 5F, bay 2', 'a 5M run'])(
    'does not read %j as an age',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('finds names in pasted email headers, including the NHSmail directory form', () => {
    const text = [
      'From: Priya Raman <priya.raman2@nhs.net>',
      'To: Ward Managers; Tom Baxter <tb@nhs.net>',
      'From: HASSAN, Omar (UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST)',
      'From: Estates Helpdesk <estates@nhs.net>',
      'To: Ward 12 Nursing Team',
    ].join('\n');
    expect(found(text).filter(([kind]) => kind === 'name')).toEqual([
      ['name', 'Priya Raman'],
      ['name', 'Tom Baxter'],
      ['name', 'HASSAN, Omar'],
    ]);
  });

  it('finds a full name in a signature block but not roles, organisations or a lone first name', () => {
    const text = [
      'Kind regards',
      '',
      'Priya Raman',
      'Ward Manager, Ward 12',
      'Leeds Teaching Hospitals NHS Trust',
      '',
      'Thanks',
      'Omar',
      'Omar Hassan | Clinical Audit Facilitator',
      '',
      'Thanks',
      'Team Leaders Forum',
    ].join('\n');
    expect(found(text)).toEqual([
      ['name', 'Priya Raman'],
      ['name', 'Omar Hassan'],
    ]);
  });

  it('does not read ordinary capitalised lines as a signature when there is no sign-off', () => {
    expect(found('Ward Manager\nPriya Raman led the session\nJane Smith')).toEqual([]);
  });
});

describe('findPii: forms seen in clinical writing', () => {
  it.each([
    ['DOB 1.4.39', '1.4.39'],
    ['d.o.b. 01-04-39', '01-04-39'],
  ])('reads a short date after a birth cue in %j', (text, date) => {
    expect(found(text)).toEqual([['date', date]]);
  });

  it('reads system-printed dates with a month name and leaves a short dotted date alone without a cue', () => {
    expect(found('seen 12-Jan-24 and 12/Jan/2024')).toEqual([
      ['date', '12-Jan-24'],
      ['date', '12/Jan/2024'],
    ]);
    expect(found('release 3.3.24 of the form')).toEqual([]);
  });

  it('finds "a lady of 87" but not "a meeting of 45 minutes" or "a team of 12"', () => {
    expect(found('a lady of 87, who lives alone')).toEqual([['age', 'of 87']]);
    expect(found('a gentleman of 92 with COPD')).toEqual([['age', 'of 92']]);
    expect(found('a meeting of 45 minutes with a team of 12, and a man of 5 foot')).toEqual([]);
  });

  it.each([
    ['Mr de Souza said', 'de Souza'],
    ['Dr van der Merwe agreed', 'van der Merwe'],
    ['Dr al-Hassan reviewed', 'al-Hassan'],
  ])('keeps a lower-case surname particle in %j', (text, name) => {
    expect(found(text)).toEqual([['name', name]]);
  });
});

describe('findPii: pasted forms and grouped record numbers', () => {
  it('finds names in labelled form fields, as written or as patient systems print them', () => {
    const text = [
      'Patient name: John Smith',
      'NOK: Peter Doe (son)',
      'Patient: SMITH, John',
      'Name: JOHN SMITH',
      'To: ALL STAFF',
      'Patient: an older man',
    ].join('\n');
    expect(found(text)).toEqual([
      ['name', 'John Smith'],
      ['name', 'Peter Doe'],
      ['name', 'SMITH, John'],
      ['name', 'JOHN SMITH'],
    ]);
  });

  it('takes a record number written in digit groups after a cue, but not a count after it', () => {
    expect(found('MRN 1234 5678 on the label')).toEqual([['record-number', '1234 5678']]);
    expect(found('hosp. no. 123 456 7')).toEqual([['record-number', '123 456 7']]);
    expect(found('MRN 123456 12 beds')).toEqual([['record-number', '123456']]);
  });
});

describe('findPii: names printed in capitals', () => {
  it('finds a capitalised name after a capitalised title and stops at role or place words', () => {
    expect(found("MR JOHN SMITH, 12 HIGH STREET and MRS J O'NEILL")).toEqual([
      ['name', 'JOHN SMITH'],
      ['name', "J O'NEILL"],
    ]);
    expect(found('MRS SMITH-JONES WARD 7')).toEqual([['name', 'SMITH-JONES']]);
  });

  it('leaves capitalised placeholders, sentence words and "MS" alone', () => {
    expect(found('MR X then DR THE and DIAGNOSED WITH MS LAST YEAR')).toEqual([]);
  });
});

describe('findPii: ages in words', () => {
  it.each([
    ['aged eighty-seven', 'aged eighty-seven'],
    ['an eighty-seven-year-old man', 'eighty-seven-year-old'],
    ['a baby six weeks old', 'six weeks old'],
    ['aged ninety one, she said', 'aged ninety one'],
  ])('finds %j', (text, age) => {
    expect(found(text)).toEqual([['age', age]]);
  });

  it.each(['aged eighteen to twenty-five', 'a five-year plan', 'aged between twenty and thirty'])(
    'does not flag %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
