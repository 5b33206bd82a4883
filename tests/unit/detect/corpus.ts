import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { PlanningContext } from '../../../src/detect/detection';

/** The labelled pages under tests/fixtures/pages, shared by the corpus test and the bench. */
export const corpusDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
export const labelsPath = `${corpusDir}labels.jsonl`;
/**
 * Pages first written blind to the rules as a held-out set (0.91 / 1.00 untuned), since tuned on: they
 * are regression tests now, not a measure of how the rules generalise. A real-text sealed set is that.
 */
export const tunedDir = fileURLToPath(new URL('../../fixtures/pages-tuned/', import.meta.url));

export const CorpusLabel = z
  .object({
    file: z.string().regex(/^[a-z0-9-]+\.html$/),
    url: z.string().url(),
    planning: z.boolean(),
    context: PlanningContext.nullable(),
  })
  .strict()
  .refine(
    (label) => label.planning === (label.context !== null),
    'context is set exactly when planning is true',
  );
export type CorpusLabel = z.infer<typeof CorpusLabel>;

export function readLabels(dir: string = corpusDir): CorpusLabel[] {
  return readFileSync(`${dir}labels.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = CorpusLabel.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`labels.jsonl line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function loadPage(label: CorpusLabel, dir: string = corpusDir): Document {
  return parseHTML(readFileSync(`${dir}${label.file}`, 'utf8')).document as unknown as Document;
}

export interface CorpusFigures {
  precision: number;
  recall: number;
  contextAccuracy: number;
  mistakes: string[];
}

/** Precision and recall of `planning`, and how often the context is right on true positives. */
export function scoreCorpus(
  results: readonly {
    label: CorpusLabel;
    detection: { planning: boolean; context: string | null; score: number };
  }[],
): CorpusFigures {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let contextRight = 0;
  const mistakes: string[] = [];
  for (const { label, detection } of results) {
    if (detection.planning && label.planning) {
      truePositives++;
      if (detection.context === label.context) contextRight++;
      else mistakes.push(`context ${label.file}: expected ${label.context}, got ${detection.context}`);
    } else if (detection.planning) {
      falsePositives++;
      mistakes.push(`false positive ${label.file} (score ${detection.score})`);
    } else if (label.planning) {
      falseNegatives++;
      mistakes.push(`missed ${label.file} (score ${detection.score})`);
    }
  }
  return {
    precision: truePositives / Math.max(truePositives + falsePositives, 1),
    recall: truePositives / Math.max(truePositives + falseNegatives, 1),
    contextAccuracy: contextRight / Math.max(truePositives, 1),
    mistakes,
  };
}
