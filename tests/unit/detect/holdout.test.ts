import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlanningPage, inPageBudget } from '../../../src/detect/index';
import { holdoutDir, loadPage, readLabels, scoreCorpus } from './corpus';

/*
 * The held-out pages: written by someone who had not read the rules, committed before the detector ran
 * on them. Every real-world page is unseen, so these figures matter more than the tuned corpus's.
 */
const labels = readLabels(holdoutDir);

function measure(inPage: boolean) {
  return scoreCorpus(
    labels.map((label) => ({
      label,
      detection: detectPlanningPage(
        loadPage(label, holdoutDir),
        label.url,
        inPage ? inPageBudget : undefined,
      ),
    })),
  );
}

describe('held-out pages', () => {
  it('labels every page exactly once, with both classes and every context', () => {
    const pages = readdirSync(holdoutDir).filter((name) => name.endsWith('.html'));
    const labelled = labels.map((label) => label.file);
    expect(new Set(labelled).size).toBe(labelled.length);
    expect([...labelled].sort()).toEqual([...pages].sort());
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((label) => label.context)).size).toBe(8);
  });

  for (const inPage of [false, true]) {
    it(`finds planning pages with precision ≥ 0.90 and recall ≥ 0.85 (${inPage ? 'in-page' : 'full'} budget)`, () => {
      const { precision, recall, contextAccuracy, mistakes } = measure(inPage);
      console.info(
        `detect holdout (${inPage ? 'in-page' : 'full'} budget): ${labels.length} pages; ` +
          `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, context accuracy ${contextAccuracy.toFixed(3)}` +
          (mistakes.length > 0 ? `\n  ${mistakes.join('\n  ')}` : ''),
      );
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.85);
      expect(contextAccuracy).toBeGreaterThanOrEqual(0.7);
    });
  }
});
