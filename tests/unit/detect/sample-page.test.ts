import { describe, expect, it } from 'vitest';
import { defaultSignalBudget, inPageBudget } from '../../../src/detect/page-signals';
import { samplePage, startSample } from '../../../src/detect/sample-page';
import { loadPage, readLabels } from './corpus';

function inSlicesOf(doc: Document, size: number, budget = inPageBudget) {
  const sampler = startSample(doc, budget);
  let slices = 1;
  while (!sampler.step(size)) slices++;
  return { sample: sampler.result(), slices };
}

describe('reading a page in slices', () => {
  const pages = readLabels()
    .filter((_, i) => i % 9 === 0)
    .map((label) => loadPage(label));

  it('gives the same sample as one walk, whatever the slice size', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const doc of pages) {
      const whole = samplePage(doc, inPageBudget);
      for (const size of [1, 7, 250]) expect(inSlicesOf(doc, size).sample).toEqual(whole);
    }
  });

  it('stops at the node budget however it is sliced, closing what was open', () => {
    const budget = { ...defaultSignalBudget, maxNodes: 40 };
    const doc = pages[0] as Document;
    const whole = samplePage(doc, budget);
    const sliced = inSlicesOf(doc, 3, budget);
    expect(whole.budget.truncated).toBe(true);
    expect(sliced.sample).toEqual(whole);
    // 40 nodes in slices of 3 take at least 14 slices: the walk really paused.
    expect(sliced.slices).toBeGreaterThanOrEqual(14);
  });
});
