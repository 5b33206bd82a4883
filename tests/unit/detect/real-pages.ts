import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { DetectionMode, PlanningContext } from '../../../src/detect/detection';
import { detectPlanningPage } from '../../../src/detect/index';

/**
 * Scoring for the real-text pages (tests/fixtures/real-pages, see RUBRIC.md). The same function scores
 * the train and seen folders in the unit test and, once, a sealed folder for the lead:
 *   npx tsx tests/tools/score-real-pages.ts tests/fixtures/real-pages/sealed-8
 */
export const realPagesDir = fileURLToPath(new URL('../../fixtures/real-pages/', import.meta.url));
export const trainDir = join(realPagesDir, 'train');
/** The first sealed folder: scored once on 29 November 2026, tuned on since. */
export const seenDir = join(realPagesDir, 'seen');
/** The second sealed folder: scored once on 29 November 2026 (precision 0.79, recall 0.84), tuned on since. */
export const seen2Dir = join(realPagesDir, 'seen-2');
/** The third sealed folder: scored once on 29 November 2026 (precision 0.72, recall 0.77), tuned on since. */
export const seen3Dir = join(realPagesDir, 'seen-3');
/** The fourth sealed folder: scored once on 29 November 2026 (precision 0.73, recall 0.73), tuned on since. */
export const seen4Dir = join(realPagesDir, 'seen-4');
/** The fifth sealed folder: scored once on 29 November 2026 (precision 0.70, recall 0.75), tuned on since. */
export const seen5Dir = join(realPagesDir, 'seen-5');
/** The sixth sealed folder: scored once on 29 November 2026 (precision 0.72, recall 0.76), tuned on since. */
export const seen6Dir = join(realPagesDir, 'seen-6');
/** The seventh sealed folder: scored once on 29 November 2026 (precision 0.77, recall 0.83), tuned on since. */
export const seen7Dir = join(realPagesDir, 'seen-7');

export const RealPageLabel = z
  .object({
    file: z.string().regex(/^[a-z0-9-]+\.html$/),
    url: z.string().url(),
    planning: z.boolean(),
    context: PlanningContext.nullable(),
    mode: DetectionMode.nullable(),
    source: z.string(),
    labelledBy: z.string(),
    note: z.string(),
  })
  .refine(
    (label) => label.planning === (label.context !== null) && label.planning === (label.mode !== null),
    'context and mode are set exactly when planning is true',
  );
export type RealPageLabel = z.infer<typeof RealPageLabel>;

export function readRealLabels(dir: string): RealPageLabel[] {
  const path = join(dir, 'labels.jsonl');
  if (!existsSync(path)) throw new Error(`No labels.jsonl in ${dir}: is this a real-pages folder?`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = RealPageLabel.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path} line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function realPageFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.html'));
}

interface Judged {
  planning: boolean;
  context: string | null;
  mode: string | null;
  score: number;
}
export type Detector = (doc: Document, url: string) => Judged;

export interface Tally {
  found: number;
  of: number;
}

export interface RealFigures {
  pages: number;
  positives: number;
  precision: number;
  recall: number;
  /** Of the planning pages found, how many have the labelled context. */
  contextAccuracy: number;
  /** Of the planning pages found, how many have the labelled mode. */
  modeAccuracy: number;
  /** The same, only on pages shown at a reading address (an editor address makes every page drafting). */
  modeAccuracyAtViewAddresses: number;
  recallByContext: Record<string, Tally>;
  recallByMode: Record<string, Tally>;
  /** Mean squared error of the score as a probability of planning (0 is perfect, 0.25 is a coin). */
  brier: number;
  /** Pages by score decile: how many, and what share of them are planning pages. */
  reliability: { from: number; pages: number; planningShare: number; meanScore: number }[];
  mistakes: string[];
}

const editorAddress = /[?&](?:mode|action)=edit|\/edit\b|resumedraft/i;

export function scoreRealPages(dir: string, detect: Detector = detectPlanningPage): RealFigures {
  const labels = readRealLabels(dir);
  const results = labels.map((label) => {
    const html = readFileSync(join(dir, label.file), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    return { label, detection: detect(doc, label.url) };
  });
  return figuresFor(results);
}

export function figuresFor(results: readonly { label: RealPageLabel; detection: Judged }[]): RealFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let contextRight = 0;
  let modeRight = 0;
  let viewFound = 0;
  let viewModeRight = 0;
  let brier = 0;
  const recallByContext: Record<string, Tally> = {};
  const recallByMode: Record<string, Tally> = {};
  const mistakes: string[] = [];
  const bump = (table: Record<string, Tally>, key: string, found: boolean) => {
    const row = table[key] ?? { found: 0, of: 0 };
    row.of++;
    if (found) row.found++;
    table[key] = row;
  };
  for (const { label, detection } of results) {
    brier += (detection.score - (label.planning ? 1 : 0)) ** 2;
    if (label.planning && label.context && label.mode) {
      bump(recallByContext, label.context, detection.planning);
      bump(recallByMode, label.mode, detection.planning);
    }
    if (detection.planning && label.planning) {
      tp++;
      if (detection.context === label.context) contextRight++;
      else mistakes.push(`context ${label.file}: expected ${label.context}, got ${detection.context}`);
      if (detection.mode === label.mode) modeRight++;
      else mistakes.push(`mode ${label.file}: expected ${label.mode}, got ${detection.mode}`);
      if (!editorAddress.test(label.url)) {
        viewFound++;
        if (detection.mode === label.mode) viewModeRight++;
      }
    } else if (detection.planning) {
      fp++;
      mistakes.push(`false positive ${label.file} (score ${detection.score})`);
    } else if (label.planning) {
      fn++;
      mistakes.push(`missed ${label.file} [${label.context}, ${label.mode}] (score ${detection.score})`);
    }
  }
  return {
    pages: results.length,
    positives: tp + fn,
    precision: tp / Math.max(tp + fp, 1),
    recall: tp / Math.max(tp + fn, 1),
    contextAccuracy: contextRight / Math.max(tp, 1),
    modeAccuracy: modeRight / Math.max(tp, 1),
    modeAccuracyAtViewAddresses: viewModeRight / Math.max(viewFound, 1),
    recallByContext,
    recallByMode,
    brier: brier / Math.max(results.length, 1),
    reliability: reliability(results),
    mistakes,
  };
}

function reliability(results: readonly { label: RealPageLabel; detection: Judged }[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, pages: 0, planning: 0, scores: 0 }));
  for (const { label, detection } of results) {
    const bin = bins[Math.min(Math.floor(detection.score * 10), 9)];
    if (!bin) continue;
    bin.pages++;
    bin.scores += detection.score;
    if (label.planning) bin.planning++;
  }
  return bins
    .filter((bin) => bin.pages > 0)
    .map((bin) => ({
      from: bin.from,
      pages: bin.pages,
      planningShare: round(bin.planning / bin.pages),
      meanScore: round(bin.scores / bin.pages),
    }));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The figures as a few lines for a console or a report. */
export function describeFigures(name: string, f: RealFigures): string {
  const rows = (table: Record<string, Tally>) =>
    Object.entries(table)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]) => `${key} ${t.found}/${t.of}`)
      .join(', ');
  return [
    `${name}: ${f.pages} pages (${f.positives} planning); precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}`,
    `  context accuracy ${f.contextAccuracy.toFixed(3)}; mode accuracy ${f.modeAccuracy.toFixed(3)} (at reading addresses ${f.modeAccuracyAtViewAddresses.toFixed(3)})`,
    `  recall by context: ${rows(f.recallByContext)}`,
    `  recall by mode: ${rows(f.recallByMode)}`,
    `  Brier ${f.brier.toFixed(3)}; reliability (score from: pages, share planning, mean score): ${f.reliability
      .map((r) => `${r.from.toFixed(1)}: ${r.pages}, ${r.planningShare}, ${r.meanScore}`)
      .join(' | ')}`,
  ].join('\n');
}
