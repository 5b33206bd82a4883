import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { Backup, parseBackup, toBackup } from '../../src/export/backup';
import { parseBackupFiles, toBackupParts } from '../../src/export/backup-parts';
import { planImport } from '../../src/export/import-plan';
import { findPii } from '../../src/reflections/pii';
import { backupDataArb } from '../unit/export/arbitraries';

/*
 * Fuzzing at volume, for the two places hostile or messy input arrives: importing a backup file and the
 * patient-identifiable-information guard. Unit tests run these properties at a few hundred cases; here
 * each runs 10,000. Every case is checked (a failure is counted, not a stop), and the seed is reported so
 * any failure can be replayed with fast-check.
 */

const CASES = 10_000;
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if (forbidden.has(key)) return true;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * An oracle independent of parseBackup's own steps: is this text a backup the app may import?
 * Plain JSON.parse, no forbidden keys anywhere, the strict schema for what is imported, unique ids.
 */
function isValidBackup(text: string): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return false;
  }
  if (hasForbiddenKey(raw)) return false;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  // Only what is imported counts (#11 point 15): settings, packs and unknown top-level keys are left out.
  const imported = ['format', 'version', 'exportedAt', 'reflections', 'promptEvents', 'part'];
  const known = Object.fromEntries(Object.entries(raw).filter(([key]) => imported.includes(key)));
  const parsed = Backup.safeParse(known);
  if (!parsed.success) return false;
  const b = parsed.data;
  return unique(b.reflections.map((r) => r.id)) && unique(b.promptEvents.map((e) => e.id));
}

type Mutation =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number }
  | { kind: 'retype'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', ''), fc.string()),
    value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }),
);

/** Every (container, key) pair in the document, so a mutation can pick one by number. */
function slots(root: Json): Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> {
  const out: Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      v.forEach((child, i) => {
        out.push({ parent: v, key: i });
        stack.push(child);
      });
    } else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        out.push({ parent: v, key });
        stack.push(child);
      }
    }
  }
  return out;
}

function mutate(root: Json, mutations: readonly Mutation[]): string {
  for (const m of mutations) {
    const all = slots(root);
    const slot = all[m.at % Math.max(1, all.length)];
    if (!slot) continue;
    const { parent, key } = slot;
    const get = (): Json =>
      Array.isArray(parent) ? (parent[key as number] as Json) : (parent[key as string] as Json);
    const set = (value: Json) => {
      if (Array.isArray(parent)) parent[key as number] = value;
      else
        Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    };
    switch (m.kind) {
      case 'set':
        set(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'add': {
        const target = get();
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          // defineProperty, so "__proto__" becomes a real own key that JSON.stringify writes out.
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
      }
      case 'duplicate':
        // Copies a whole record next to itself: the same id twice.
        if (Array.isArray(parent)) parent.push(structuredClone(get()));
        break;
      case 'retype': {
        const v = get();
        set(typeof v === 'string' ? v.length : typeof v === 'number' ? String(v) : v === null ? {} : null);
        break;
      }
    }
  }
  return JSON.stringify(root);
}

const now = new Date('2026-04-05T10:00:00.000Z');

const backupTextArb: fc.Arbitrary<{ source: string; text: string }> = fc.oneof(
  // Arbitrary JSON, most of it nothing like a backup.
  fc.json({ maxDepth: 4 }).map((text) => ({ source: 'json', text })),
  // Backup-shaped objects with arbitrary contents.
  fc
    .record({
      format: fc.constantFrom('power-of-many-backup', 'other'),
      version: fc.constantFrom(1, 2, '1', 0),
      exportedAt: fc.oneof(fc.constant(now.toISOString()), fc.string()),
      reflections: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }),
      promptEvents: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    })
    .map((o) => ({ source: 'shaped', text: JSON.stringify(o) })),
  // Valid backups, then mutated structurally.
  fc
    .tuple(backupDataArb, fc.array(mutationArb, { minLength: 0, maxLength: 3 }))
    .map(([data, ms]) => ({ source: 'mutated', text: mutate(JSON.parse(toBackup(data, now)) as Json, ms) })),
  // Valid backups cut short or with one character changed.
  fc.tuple(backupDataArb, fc.nat(), fc.string({ unit: 'binary', maxLength: 2 })).map(([data, at, insert]) => {
    const text = toBackup(data, now);
    const i = at % (text.length + 1);
    return {
      source: 'text-edit',
      text: at % 3 === 0 ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i + 1),
    };
  }),
);

/** Text for the PII guard: arbitrary strings, and strings built from identifier-like pieces. */
const piiPieces = [
  '943 476 5919',
  '9434765919',
  '943-476-5919',
  'SW1A 1AA',
  'sw1a1aa',
  'M1 1AE',
  '03/04/2024',
  '3rd April 2024',
  '2024-04-03',
  'aged 87',
  '87-year-old',
  '07700 900123',
  '+44 7700 900123',
  '020 7946 0018',
  'jane.smith@nhs.net',
  'a@b.c',
  'MRN 12345678',
  'Hospital number: A1234567',
  'Mrs Patel',
  'Dr Okafor',
  'Mr. O\u2019Brien-Smith',
  ' ',
  '\n',
  '.',
  ',',
  '\u00A0',
  '\uD83D\uDE00',
  '\uD800',
  'the',
  'on Ward 7',
];
const piiTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...piiPieces), { maxLength: 40 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...piiPieces), fc.string({ maxLength: 6 })), { maxLength: 40 })
    .map((parts) => parts.join(' ')),
);

function piiProblem(text: string): { problem: string | null; count: number } {
  const findings = findPii(text);
  if (!Array.isArray(findings)) return { problem: 'not an array', count: 0 };
  return { problem: findingsProblem(text, findings), count: findings.length };
}

function findingsProblem(text: string, findings: ReturnType<typeof findPii>): string | null {
  let lastEnd = 0;
  for (const f of findings) {
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return 'non-integer offsets';
    if (f.start < 0 || f.end > text.length || f.start >= f.end) return `out of bounds ${f.start}..${f.end}`;
    if (f.start < lastEnd) return `overlapping or unsorted at ${f.start}`;
    if (text.slice(f.start, f.end) !== f.text) return `text does not match offsets at ${f.start}`;
    lastEnd = f.end;
  }
  return null;
}

// ---- BEGIN guard separator-class fuzzing (issue #11, point 10) ------------------------------------
/*
 * Valid NHS numbers, postcodes and UK phone numbers, written with random separators from each class the
 * guard normalises (Unicode spaces and runs of them, the dash class, slashes, dots, invisible format
 * characters, spaced and mixed), placed in filler text. Every one must be found as exactly its own span.
 * The check digit and the postcode letters are computed here, apart from the guard's code.
 */
const spaceSeps = [' ', '\t', '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u3000'];
const dashSeps = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d'];
const slashSeps = ['/', '\u2044', '\u2215'];
const dotSeps = ['.', '\u00b7', '\u2024'];
const invisibleSeps = ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e'];

const spaceRun = fc
  .array(fc.constantFrom(...spaceSeps), { minLength: 1, maxLength: 3 })
  .map((r) => r.join(''));
/** A punctuation separator, optionally with a space (of any kind) either side. */
const spaced = (marks: string[]) =>
  fc
    .tuple(fc.constantFrom('', ...spaceSeps), fc.constantFrom(...marks), fc.constantFrom('', ...spaceSeps))
    .map(([a, mark, b]) => `${a}${mark}${b}`);
const separatorFor = {
  nhs: fc.oneof(
    fc.constant(''),
    spaceRun,
    spaced(dashSeps),
    spaced(slashSeps),
    spaced(dotSeps),
    fc.constantFrom(...invisibleSeps),
  ),
  postcode: fc.oneof(fc.constant(''), spaceRun, spaced(dashSeps), fc.constantFrom(...invisibleSeps)),
  phone: fc.oneof(spaceRun, spaced(dashSeps), spaced(dotSeps), fc.constantFrom(...invisibleSeps)),
};

const fuzzDigits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const nhsCase = fc
  .tuple(fuzzDigits(9), separatorFor.nhs, separatorFor.nhs)
  .map(([nine, a, b]) => {
    const sum = [...nine].reduce((acc, ch, i) => acc + Number(ch) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) return null;
    const ten = `${nine}${check}`;
    return {
      kind: 'nhs-number' as const,
      written: `${ten.slice(0, 3)}${a}${ten.slice(3, 6)}${b}${ten.slice(6)}`,
    };
  })
  .filter((c): c is { kind: 'nhs-number'; written: string } => c !== null);

const pick = (letters: string) => fc.constantFrom(...letters.split(''));
const d1 = fc.integer({ min: 0, max: 9 }).map(String);
const [A1, A2, A3, A4, IN] = [
  pick('ABCDEFGHIJKLMNOPRSTUWYZ'),
  pick('ABCDEFGHKLMNOPQRSTUVWXY'),
  pick('ABCDEFGHJKSTUW'),
  pick('ABEHMNPRVWXY'),
  pick('ABDEFGHJLNPQRSTUWXYZ'),
];
const outwardCode = fc.oneof(
  fc.tuple(A1, d1).map((p) => p.join('')),
  fc.tuple(A1, d1, d1).map((p) => p.join('')),
  fc.tuple(A1, A2, d1).map((p) => p.join('')),
  fc.tuple(A1, A2, d1, d1).map((p) => p.join('')),
  fc.tuple(A1, d1, A3).map((p) => p.join('')),
  fc.tuple(A1, A2, d1, A4).map((p) => p.join('')),
);
const postcodeCase = fc
  .tuple(outwardCode, separatorFor.postcode, d1, IN, IN)
  .map(([out, sep, n, x, y]) => ({ kind: 'postcode' as const, written: `${out}${sep}${n}${x}${y}` }));

// National forms as UK numbers are grouped (leading digits, then group lengths, 11 digits in all), every
// gap a random separator; sometimes an international prefix in place of the leading 0.
const phoneTemplates: [string, number[]][] = [
  ['07', [5, 3, 3]],
  ['07', [5, 6]],
  ['020', [3, 4, 4]],
  ['0161', [4, 3, 4]],
  ['01632', [5, 6]],
  ['0300', [4, 3, 4]],
  ['0800', [4, 3, 4]],
];
const phoneCase = fc
  .tuple(
    fc.constantFrom(...phoneTemplates),
    fc.constantFrom('', '+44', '+44 (0)', '0044', '00 44', '+44(0)'),
    fc.array(separatorFor.phone, { minLength: 3, maxLength: 3 }),
    fuzzDigits(11),
  )
  .map(([[lead, lengths], prefix, seps, pool]) => {
    const digits = `${lead}${pool}`.slice(0, 11);
    let at = 0;
    const groups = lengths.map((n) => {
      const group = digits.slice(at, at + n);
      at += n;
      return group;
    });
    const national = groups.map((g, i) => (i === 0 ? g : `${seps[i - 1] ?? ' '}${g}`)).join('');
    const written = prefix ? `${prefix}${seps[2] ?? ' '}${national.slice(1)}` : national;
    return { kind: 'phone' as const, written };
  });

const fillerWords = fc.constantFrom('we', 'talked', 'about', 'the', 'plan', 'carers', 'ward', 'and', 'later');
const separatorCaseArb = fc.tuple(
  fc.oneof(nhsCase, postcodeCase, phoneCase),
  fc.array(fillerWords, { maxLength: 5 }).map((w) => w.join(' ')),
  fc.array(fillerWords, { maxLength: 5 }).map((w) => w.join(' ')),
  fc.constantFrom([' ', ' '], [' (', ') '], [': ', '. '], ['\n', '\n'], [' \u201c', '\u201d ']),
);

async function separatorFuzz(seed: number): Promise<FuzzFigures> {
  const counts = { 'nhs-number': 0, postcode: 0, phone: 0 };
  let cases = 0;
  let failures = 0;
  let first = '';
  const started = performance.now();
  fc.check(
    fc.property(separatorCaseArb, ([{ kind, written }, before, after, [open, close]]) => {
      cases++;
      counts[kind]++;
      const text = `${before}${open}${written}${close}${after}`;
      const start = before.length + open.length;
      const ok = findPii(text).some(
        (f) => f.kind === kind && f.start === start && f.end === start + written.length,
      );
      if (!ok) {
        failures++;
        first ||= `${kind} ${JSON.stringify(written)} in ${JSON.stringify(text)}: ${JSON.stringify(findPii(text))}`;
      }
      return true;
    }),
    { numRuns: CASES, seed },
  );
  return {
    separatorCases: cases,
    separatorFailures: failures,
    separatorCasesByKind: Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    separatorMs: Math.round(performance.now() - started),
    ...(first ? { firstSeparatorFailure: first } : {}),
  };
}
// ---- END guard separator-class fuzzing --------------------------------------------------------------

export interface FuzzFigures extends Record<string, number | string> {}

/** 10,000 import cases and 10,000 PII guard cases; failures must be 0. */
export async function run(): Promise<FuzzFigures> {
  const seed = Date.now() ^ (Math.random() * 0x7fffffff);

  let importCases = 0;
  let importThrew = 0;
  let importAcceptedInvalid = 0;
  let importRejectedValid = 0;
  let importAccepted = 0;
  let firstImportFailure = '';
  const bySource: Record<string, number> = {};
  const importStart = performance.now();
  fc.check(
    fc.property(backupTextArb, ({ source, text }) => {
      importCases++;
      bySource[source] = (bySource[source] ?? 0) + 1;
      let ok: boolean;
      try {
        ok = parseBackup(text).ok;
      } catch (error) {
        importThrew++;
        firstImportFailure ||= `threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}`;
        return true;
      }
      const valid = isValidBackup(text);
      if (ok) importAccepted++;
      if (ok && !valid) {
        importAcceptedInvalid++;
        firstImportFailure ||= `accepted invalid ${JSON.stringify(text.slice(0, 200))}`;
      }
      if (!ok && valid) importRejectedValid++;
      return true;
    }),
    { numRuns: CASES, seed },
  );
  const importMs = performance.now() - importStart;

  let piiCases = 0;
  let piiFailures = 0;
  let piiFindings = 0;
  let firstPiiFailure = '';
  const piiStart = performance.now();
  fc.check(
    fc.property(piiTextArb, (text) => {
      piiCases++;
      try {
        const { problem, count } = piiProblem(text);
        piiFindings += count;
        if (problem) {
          piiFailures++;
          firstPiiFailure ||= `${problem} in ${JSON.stringify(text.slice(0, 200))}`;
        }
      } catch (error) {
        piiFailures++;
        firstPiiFailure ||= `threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}`;
      }
      return true;
    }),
    { numRuns: CASES, seed },
  );
  const piiMs = performance.now() - piiStart;

  const checks = runImportChecks(seed);

  return {
    seed,
    ...checks,
    importCases,
    importFailures: importThrew + importAcceptedInvalid,
    importThrew,
    importAcceptedInvalid,
    importAccepted,
    importRejectedValid,
    importCasesBySource: Object.entries(bySource)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    importMs: Math.round(importMs),
    ...(firstImportFailure ? { firstImportFailure } : {}),
    piiCases,
    piiFailures,
    piiFindings,
    piiMs: Math.round(piiMs),
    ...(firstPiiFailure ? { firstPiiFailure } : {}),
    ...(await separatorFuzz(seed)),
  };
}

// ==== Import checks from issue #11 (data loss): unused fields, impossible dates, split backups ============
// Kept apart from the guard fuzzing above and below so each block can change on its own.

const checkNow = new Date('2026-11-29T12:00:00.000Z');
const DAY = 86_400_000;

/** Independent of implausibleDate: a date is believable from 1 January 1900 to a day past now (two for the day of an event). */
function believable(r: { createdAt: string; updatedAt: string; occurredOn: string }): boolean {
  const early = Date.UTC(1900, 0, 1);
  const ok = (iso: string, slackDays: number) => {
    const t = new Date(iso).getTime();
    return t >= early && t <= checkNow.getTime() + slackDays * DAY;
  };
  return ok(r.createdAt, 1) && ok(r.updatedAt, 1) && ok(r.occurredOn, 2);
}

const yearArb = fc.oneof(
  fc.constantFrom(0, 1, 1899, 1900, 2026, 2027, 9999),
  fc.integer({ min: 0, max: 9999 }),
);
const isoAtArb = fc
  .tuple(
    yearArb,
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
  )
  .map(
    ([y, m, d, h]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`,
  );
const unusedArb = fc
  .record({
    key: fc
      .string({ minLength: 1, maxLength: 12 })
      .filter(
        (k) =>
          ![
            'format',
            'version',
            'exportedAt',
            'reflections',
            'promptEvents',
            'part',
            '__proto__',
            'constructor',
            'prototype',
          ].includes(k),
      ),
    value: fc.jsonValue({ maxDepth: 2 }),
    settings: fc.jsonValue({ maxDepth: 2 }),
    packs: fc.jsonValue({ maxDepth: 2 }),
    // A "__proto__" key anywhere still rejects the whole file, by design; that rule is fuzzed above.
  })
  .filter((extra) => !hasForbiddenKey(extra));

function sameReflections(a: readonly unknown[], b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Three properties, CASES/4 runs each; every failure is counted and the first described. */
function runImportChecks(seed: number) {
  let failures = 0;
  let first = '';
  const fail = (what: string) => {
    failures++;
    first ||= what;
  };
  const runs = Math.round(CASES / 4);

  // 1. Fields the import does not use never reject the reflections it does use.
  fc.check(
    fc.property(backupDataArb, unusedArb, (data, extra) => {
      const json = JSON.parse(toBackup(data, now)) as Record<string, unknown>;
      Object.defineProperty(json, extra.key, {
        value: extra.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      json.settings = extra.settings;
      json.packs = extra.packs;
      const result = parseBackup(JSON.stringify(json));
      if (!result.ok) fail(`rejected for an unused field: ${result.errors[0]}`);
      else if (!sameReflections(result.backup.reflections, data.reflections)) fail('reflections changed');
      return true;
    }),
    { numRuns: runs, seed },
  );

  // 2. A reflection with an impossible or future date is left out, on its own, and only then.
  fc.check(
    fc.property(
      backupDataArb,
      fc.nat(),
      fc.constantFrom('createdAt', 'updatedAt', 'occurredOn'),
      isoAtArb,
      (data, at, field, iso) => {
        if (data.reflections.length === 0) return true;
        const i = at % data.reflections.length;
        const reflections = data.reflections.map((r, j) =>
          j === i ? { ...r, [field]: field === 'occurredOn' ? iso.slice(0, 10) : iso } : r,
        );
        const parsed = parseBackup(toBackup({ ...data, reflections }, now));
        if (!parsed.ok) return true; // e.g. 31 February: the schema's own check, not this one
        const plan = planImport([], parsed.backup, new Set(), checkNow);
        const left = new Set(plan.rejected.map((r) => r.id));
        for (const r of parsed.backup.reflections) {
          if (believable(r) === left.has(r.id))
            fail(`${r.id} ${field}=${iso}: ${left.has(r.id) ? 'left out' : 'kept'}`);
        }
        return true;
      },
    ),
    { numRuns: runs, seed },
  );

  // 3. A backup split into parts of any size reads back whole, in any order, and never with a part missing.
  fc.check(
    fc.property(backupDataArb, fc.integer({ min: 6_000, max: 40_000 }), fc.nat(), (data, partBytes, pick) => {
      const texts = toBackupParts(data, now, partBytes);
      const files = texts.map((text, n) => ({ name: `p${n}.json`, text })).reverse();
      const whole = parseBackupFiles(files);
      if (!whole.ok) {
        fail(`parts rejected: ${whole.errors[0]}`);
        return true;
      }
      if (!sameReflections(whole.backup.reflections, data.reflections)) fail('parts changed the reflections');
      if (!sameReflections(whole.backup.promptEvents, data.promptEvents)) fail('parts changed the history');
      if (files.length > 1 && parseBackupFiles(files.filter((_, n) => n !== pick % files.length)).ok)
        fail('accepted a backup with a part missing');
      return true;
    }),
    { numRuns: runs, seed },
  );

  return {
    importCheckCases: runs * 3,
    importCheckFailures: failures,
    ...(first ? { firstImportCheckFailure: first } : {}),
  };
}
// ==== End of import checks from issue #11 =================================================================
