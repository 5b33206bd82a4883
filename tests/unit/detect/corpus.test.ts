import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/detect/detection';
import { detectPlanningPage } from '../../../src/detect/index';
import { corpusDir, loadPage, readLabels, scoreCorpus } from './corpus';

const labels = readLabels();
const results = labels.map((label) => ({ label, detection: detectPlanningPage(loadPage(label), label.url) }));

describe('labelled corpus', () => {
  it('is big enough, balanced, and labels every page exactly once', () => {
    const pages = readdirSync(corpusDir).filter((name) => name.endsWith('.html'));
    const labelled = labels.map((label) => label.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual([...pages].sort());
    expect(labels.length).toBeGreaterThanOrEqual(64);
    const negatives = labels.filter((label) => !label.planning).length;
    expect(negatives / labels.length).toBeGreaterThan(0.4);
    expect(negatives / labels.length).toBeLessThan(0.6);
    // Every planning context is represented, so context accuracy means something.
    expect(new Set(labels.map((label) => label.context)).size).toBe(8);
  });

  it('produces valid Detection objects', () => {
    for (const { label, detection } of results) {
      const parsed = Detection.safeParse(detection);
      expect(parsed.success, label.file).toBe(true);
      expect(detection.context === null, label.file).toBe(!detection.planning);
      expect(detection.signals.length, label.file).toBeLessThanOrEqual(12);
    }
  });

  it('finds planning pages with precision ≥ 0.90 and recall ≥ 0.85, and names the context on ≥ 70% of them', () => {
    const { precision, recall, contextAccuracy, mistakes } = scoreCorpus(results);
    const positives = labels.filter((label) => label.planning).length;
    console.info(
      `detect corpus: ${labels.length} pages (${positives} planning, ${labels.length - positives} not); ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, context accuracy ${contextAccuracy.toFixed(3)}` +
        (mistakes.length > 0 ? `\n  ${mistakes.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(contextAccuracy).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps the score on the same side of 0.5 as the planning flag', () => {
    for (const { label, detection } of results) {
      if (detection.planning) expect(detection.score, label.file).toBeGreaterThanOrEqual(0.5);
      else expect(detection.score, label.file).toBeLessThan(0.5);
    }
  });
});
