import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/detect/detection';
import { detectPlanningPage, inPageBudget } from '../../../src/detect/index';
import {
  describeFigures,
  figuresFor,
  readRealLabels,
  realPageFiles,
  scoreRealPages,
  seen2Dir,
  seen3Dir,
  seen4Dir,
  seen5Dir,
  seen6Dir,
  seen7Dir,
  seenDir,
  trainDir,
} from './real-pages';

/*
 * The real-text train and seen pages (public text nobody on the team wrote, labelled by RUBRIC.md before
 * the detector ran on them; the seen folder was sealed until it was scored once, and has been tuned on
 * since). The rules and weights were tuned on both, so the thresholds sit a little below what the
 * detector reaches; the honest figures come from a sealed folder (now sealed-8), scored once by the lead with
 * the same scoreRealPages function (tests/tools/score-real-pages.ts).
 */
const slow = { timeout: 60_000 };

describe('real-text train pages', () => {
  it('labels every page exactly once, by the rubric', () => {
    const labels = readRealLabels(trainDir);
    const labelled = labels.map((label) => label.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual(realPageFiles(trainDir).sort());
    expect(labels.length).toBeGreaterThanOrEqual(170);
    expect(labels.filter((label) => !label.planning).length / labels.length).toBeGreaterThanOrEqual(0.4);
  });

  it('gives a valid detection on every page, with a mode exactly when it is planning', slow, () => {
    for (const label of readRealLabels(trainDir)) {
      const doc = parseHTML(readFileSync(join(trainDir, label.file), 'utf8')).document as unknown as Document;
      const detection = detectPlanningPage(doc, label.url);
      expect(Detection.strict().safeParse(detection).success, label.file).toBe(true);
      expect(detection.mode === null, label.file).toBe(!detection.planning);
    }
  });

  it('finds planning pages with precision ≥ 0.82 and recall ≥ 0.80, and names context and mode', slow, () => {
    const figures = scoreRealPages(trainDir);
    console.info(`${describeFigures('detect real train', figures)}\n  ${figures.mistakes.join('\n  ')}`);
    expect(figures.precision).toBeGreaterThanOrEqual(0.82);
    expect(figures.recall).toBeGreaterThanOrEqual(0.8);
    expect(figures.recallByContext.coproduction?.found).toBeGreaterThanOrEqual(19);
    expect(figures.contextAccuracy).toBeGreaterThanOrEqual(0.65);
    expect(figures.modeAccuracyAtViewAddresses).toBeGreaterThanOrEqual(0.65);
    // The score is a usable probability: clearly better than a constant at the base rate (0.25).
    expect(figures.brier).toBeLessThanOrEqual(0.14);
  });

  it('holds within the in-page budget too', slow, () => {
    const figures = scoreRealPages(trainDir, (doc, url) => detectPlanningPage(doc, url, inPageBudget));
    expect(figures.precision).toBeGreaterThanOrEqual(0.82);
    expect(figures.recall).toBeGreaterThanOrEqual(0.8);
  });
});

/** The sealed sets, each scored once and tuned on since: floors a little below what they reach now. */
const tunedSealedSets = [
  { name: 'seen', which: 'first', dir: seenDir, pages: 100, precision: 0.82, recall: 0.72, coproduction: 10 },
  {
    name: 'seen-2',
    which: 'second',
    dir: seen2Dir,
    pages: 120,
    precision: 0.8,
    recall: 0.86,
    coproduction: 22,
  },
  {
    name: 'seen-3',
    which: 'third',
    dir: seen3Dir,
    pages: 130,
    precision: 0.73,
    recall: 0.83,
    coproduction: 13,
  },
  {
    name: 'seen-4',
    which: 'fourth',
    dir: seen4Dir,
    pages: 125,
    precision: 0.73,
    recall: 0.77,
    coproduction: 15,
  },
  {
    name: 'seen-5',
    which: 'fifth',
    dir: seen5Dir,
    pages: 120,
    precision: 0.71,
    recall: 0.74,
    coproduction: 16,
    brier: 0.23,
  },
  {
    name: 'seen-6',
    which: 'sixth',
    dir: seen6Dir,
    pages: 120,
    precision: 0.72,
    recall: 0.74,
    coproduction: 16,
    brier: 0.2,
  },
  {
    name: 'seen-7',
    which: 'seventh',
    dir: seen7Dir,
    pages: 120,
    precision: 0.75,
    recall: 0.8,
    coproduction: 18,
    brier: 0.19,
  },
] as const;

describe.each(tunedSealedSets)('real-text $name pages (the $which sealed set, tuned on since)', (set) => {
  it('labels every page exactly once', () => {
    const labelled = readRealLabels(set.dir).map((label) => label.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual(realPageFiles(set.dir).sort());
    expect(labelled.length).toBeGreaterThanOrEqual(set.pages);
  });

  it(`finds planning pages with precision ≥ ${set.precision} and recall ≥ ${set.recall}`, slow, () => {
    const figures = scoreRealPages(set.dir);
    console.info(
      `${describeFigures(`detect real ${set.name}`, figures)}\n  ${figures.mistakes.join('\n  ')}`,
    );
    expect(figures.precision).toBeGreaterThanOrEqual(set.precision);
    expect(figures.recall).toBeGreaterThanOrEqual(set.recall);
    expect(figures.recallByContext.coproduction?.found).toBeGreaterThanOrEqual(set.coproduction);
    expect(figures.brier).toBeLessThanOrEqual('brier' in set ? set.brier : 0.17);
  });
});

describe('figuresFor', () => {
  const label = (planning: boolean, file: string, url = 'https://example.org/view') => ({
    file,
    url,
    planning,
    context: planning ? ('coproduction' as const) : null,
    mode: planning ? ('taking-part' as const) : null,
    source: 'https://example.org/',
    labelledBy: 'test',
    note: 'test',
  });

  it('counts precision, recall, context, mode and calibration from labels and detections', () => {
    const f = figuresFor([
      {
        label: label(true, 'a.html'),
        detection: { planning: true, context: 'coproduction', mode: 'taking-part', score: 0.9 },
      },
      {
        label: label(true, 'b.html', 'https://example.org/edit'),
        detection: { planning: true, context: 'engagement', mode: 'drafting', score: 0.7 },
      },
      { label: label(true, 'c.html'), detection: { planning: false, context: null, mode: null, score: 0.3 } },
      {
        label: label(false, 'd.html'),
        detection: { planning: true, context: 'agenda', mode: 'drafting', score: 0.6 },
      },
      {
        label: label(false, 'e.html'),
        detection: { planning: false, context: null, mode: null, score: 0.1 },
      },
    ]);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.contextAccuracy).toBeCloseTo(1 / 2);
    expect(f.modeAccuracy).toBeCloseTo(1 / 2);
    expect(f.modeAccuracyAtViewAddresses).toBe(1);
    expect(f.recallByContext.coproduction).toEqual({ found: 2, of: 3 });
    expect(f.brier).toBeCloseTo((0.01 + 0.09 + 0.49 + 0.36 + 0.01) / 5);
    expect(f.reliability.map((bin) => bin.pages).reduce((a, b) => a + b, 0)).toBe(5);
  });
});
