import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlanningPage, inPageBudget } from '../../../src/detect/index';
import { loadPage, readLabels, scoreCorpus, tunedDir } from './corpus';

/*
 * The tuned pages: written blind to the rules as a held-out set, then tuned on, so they now guard against
 * regressions. Both budgets are checked because the content script reads less of the page than Node.
 */
const labels = readLabels(tunedDir);

function measure(inPage: boolean) {
  return scoreCorpus(
    labels.map((label) => ({
      label,
      detection: detectPlanningPage(loadPage(label, tunedDir), label.url, inPage ? inPageBudget : undefined),
    })),
  );
}

describe('tuned pages', () => {
  it('labels every page exactly once, with both classes and every context', () => {
    const pages = readdirSync(tunedDir).filter((name) => name.endsWith('.html'));
    const labelled = labels.map((label) => label.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual([...pages].sort());
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((label) => label.context)).size).toBe(8);
  });

  for (const inPage of [false, true]) {
    it(`finds planning pages with precision ≥ 0.90 and recall ≥ 0.85 (${inPage ? 'in-page' : 'full'} budget)`, {
      timeout: 30_000,
    }, () => {
      const { precision, recall, contextAccuracy, mistakes } = measure(inPage);
      console.info(
        `detect tuned (${inPage ? 'in-page' : 'full'} budget): ${labels.length} pages; ` +
          `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, context accuracy ${contextAccuracy.toFixed(3)}` +
          (mistakes.length > 0 ? `\n  ${mistakes.join('\n  ')}` : ''),
      );
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.85);
      expect(contextAccuracy).toBeGreaterThanOrEqual(0.7);
    });
  }
});
