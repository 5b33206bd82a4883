import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PiiKind } from '../../../src/reflections/model';
import { findPii } from '../../../src/reflections/pii';

/*
 * Held-out texts: 25 realistic reflections (NMC accounts, appraisal and incident reflections, handover and
 * ward-round notes, pasted emails with signatures) and the findings a careful human would want, written and
 * committed before the guard was run on them. A finding matches an expected one only when kind and exact
 * text agree, each expected item at most once (multiset), so a span that is too long or too short counts
 * as both a false positive and a false negative.
 *
 * Thresholds: overall precision and recall >= 0.95, and recall >= 0.9 for every kind. Untuned, the guard
 * scored precision 0.962 and recall 0.910 on the 25; after the general fixes, 0.974 and 1.000. The
 * remaining false positives are brand names after a title ("Dr Foster", "Dr Martens", "Mr Men"), which a
 * rule cannot tell from surnames. Since the fixes were found on these texts, the 25 are no longer truly
 * held out: treat them as a regression floor, not an estimate of accuracy on unseen text.
 *
 * Policy change (issue #11, point 10): an age given as a decade ("in her 80s", "in his twenties") now
 * counts as identifying, so those six phrases were added to the labels (five here, one in second/); no other
 * label changed. Scored against the old labels the widened guard reaches precision 0.933 on the 25.
 */
const DIR = join(__dirname, '../../fixtures/pii-holdout');
/** Five more texts written after the guard was tuned on the first 25 (so not blind), kept as a check. */
const SECOND_DIR = join(DIR, 'second');
type Expected = Record<string, { kind: PiiKind; text: string }[]>;
const readExpected = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

const PRECISION = 0.95;
const RECALL = 0.95;
const RECALL_PER_KIND = 0.9;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function score(dir: string): { overall: Tally; byKind: Map<PiiKind, Tally>; misses: string[] } {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<PiiKind, Tally>();
  const misses: string[] = [];
  const tally = (kind: PiiKind) => {
    let t = byKind.get(kind);
    if (!t) {
      t = { tp: 0, fp: 0, fn: 0 };
      byKind.set(kind, t);
    }
    return t;
  };
  for (const [file, items] of Object.entries(readExpected(dir))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const unmatched = items.map((i) => `${i.kind}\u0000${i.text}`);
    for (const f of findPii(text)) {
      const at = unmatched.indexOf(`${f.kind}\u0000${f.text}`);
      if (at >= 0) {
        unmatched.splice(at, 1);
        overall.tp++;
        tally(f.kind).tp++;
      } else {
        overall.fp++;
        tally(f.kind).fp++;
        misses.push(`FP ${file}: ${f.kind} ${JSON.stringify(f.text)}`);
      }
    }
    for (const key of unmatched) {
      const [kind, missed] = key.split('\u0000') as [PiiKind, string];
      overall.fn++;
      tally(kind).fn++;
      misses.push(`FN ${file}: ${kind} ${JSON.stringify(missed)}`);
    }
  }
  return { overall, byKind, misses };
}

const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

describe.each([
  ['the 25 held-out reflections', DIR, 25],
  ['the 5 texts written after tuning', SECOND_DIR, 5],
])('PII guard on %s', (_name, dir, count) => {
  it('has an expected-findings entry for every text and every text for an entry', () => {
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(texts).toHaveLength(count);
    const expected = readExpected(dir);
    expect(Object.keys(expected).sort()).toEqual(texts);
    for (const [file, items] of Object.entries(expected)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const item of items) expect(text, `${file}: ${item.text}`).toContain(item.text);
    }
  });

  it(`reaches precision >= ${PRECISION} and recall >= ${RECALL} overall, recall >= ${RECALL_PER_KIND} per kind`, () => {
    const { overall, byKind, misses } = score(dir);
    const report = misses.join('\n');
    expect(precision(overall), report).toBeGreaterThanOrEqual(PRECISION);
    expect(recall(overall), report).toBeGreaterThanOrEqual(RECALL);
    for (const [kind, t] of byKind)
      expect(recall(t), `${kind}\n${report}`).toBeGreaterThanOrEqual(RECALL_PER_KIND);
  });
});
