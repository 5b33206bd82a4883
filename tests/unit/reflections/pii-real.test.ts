import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/reflections/pii';

/*
 * Real public text (tests/fixtures/pii-real, rubric in its README): 20 train excerpts, labelled before the
 * guard ran on them. First score 0.909 / 0.909 (one false positive: a name the writer marked as a
 * pseudonym; one miss: "he is now 15"); after the general "marked as invented" rule, 1.000 / 0.909.
 * The 10 sealed excerpts are deliberately not scored here: they were scored once, after the rules were
 * final (precision 1.000, recall 0.818), and the README keeps that figure.
 */
const DIR = join(__dirname, '../../fixtures/pii-real/train');
type Expected = Record<string, { kind: string; text: string }[]>;

function score(): { tp: number; fp: number; fn: number; report: string[] } {
  const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected;
  let [tp, fp, fn] = [0, 0, 0];
  const report: string[] = [];
  for (const [file, items] of Object.entries(expected)) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const left = items.map((i) => `${i.kind} ${i.text}`);
    for (const f of findPii(text)) {
      const at = left.indexOf(`${f.kind} ${f.text}`);
      if (at >= 0) {
        left.splice(at, 1);
        tp++;
      } else {
        fp++;
        report.push(`FP ${file}: ${f.kind} ${JSON.stringify(f.text)}`);
      }
    }
    fn += left.length;
    report.push(...left.map((l) => `FN ${file}: ${l}`));
  }
  return { tp, fp, fn, report };
}

describe('PII guard on real public text (train)', () => {
  it('has a label entry and a source for every text', () => {
    const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected;
    const sources = JSON.parse(readFileSync(join(DIR, 'sources.json'), 'utf8')) as Record<string, string>;
    expect(texts).toHaveLength(20);
    expect(Object.keys(expected).sort()).toEqual(texts.sort());
    expect(Object.keys(sources).sort()).toEqual(texts.sort());
    for (const url of Object.values(sources)) expect(url).toMatch(/^https?:\/\//);
  });

  it('keeps precision and recall at or above 0.9', () => {
    const { tp, fp, fn, report } = score();
    expect(tp / (tp + fp), report.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn), report.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
