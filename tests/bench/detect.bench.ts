import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { classify } from '../../src/detect/classify';
import type { PageSignals } from '../../src/detect/page-signals';
import { extractSignals } from '../../src/detect/signals';
import { loadPage, readLabels } from '../unit/detect/corpus';

/** Repetitions per page after one warm-up; each page's time is the median of these. */
const runsPerPage = 15;

function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Median time of `fn` over `runsPerPage` runs, in milliseconds. */
function timeOne(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runsPerPage; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times.sort((a, b) => a - b));
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * Detector timings in Node over the labelled corpus. Pages are parsed once with linkedom; then
 * extract+classify (what the content script runs) and classify alone are timed per page, and the
 * per-page medians are summarised. Also times one 200,000-node page, which the budget must cap.
 */
export async function run(): Promise<Record<string, number>> {
  const pages = readLabels().map((label) => ({ label, doc: loadPage(label) }));
  const detect: number[] = [];
  const extract: number[] = [];
  const classifyOnly: number[] = [];
  for (const { label, doc } of pages) {
    let signals: PageSignals = extractSignals(doc, label.url);
    detect.push(timeOne(() => classify(extractSignals(doc, label.url))));
    extract.push(
      timeOne(() => {
        signals = extractSignals(doc, label.url);
      }),
    );
    classifyOnly.push(timeOne(() => classify(signals)));
  }
  for (const list of [detect, extract, classifyOnly]) list.sort((a, b) => a - b);

  const hugeRows = '<div><h2>Heading</h2><p>Some words about the plan and the agenda.</p></div>'.repeat(
    50_000,
  );
  const huge = parseHTML(`<html><head><title>Huge</title></head><body>${hugeRows}</body></html>`)
    .document as unknown as Document;
  const hugeUrl = 'https://intranet.example.nhs.uk/huge';

  return {
    corpusPages: pages.length,
    detectNodeMedianMs: round(median(detect)),
    detectNodeP95Ms: round(percentile(detect, 95)),
    extractNodeMedianMs: round(median(extract)),
    classifyMedianMs: round(median(classifyOnly)),
    classifyP95Ms: round(percentile(classifyOnly, 95)),
    detect200kNodePageMs: round(timeOne(() => classify(extractSignals(huge, hugeUrl)))),
  };
}
