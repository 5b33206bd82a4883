import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/detect/classify';
import type { PlanningContext } from '../../../src/detect/detection';
import { extractSignals } from '../../../src/detect/signals';
import { builtInPrompts } from '../../../src/prompts/library/index';
import type { DetectionMode, Prompt } from '../../../src/prompts/schema';
import { whenHolds } from '../../../src/prompts/select';

/** Real public text on intranet-like pages (tests/fixtures/real-pages/RUBRIC.md); only the train folder. */
const trainDir = fileURLToPath(new URL('../../fixtures/real-pages/train/', import.meta.url));

type TrainLabel = {
  file: string;
  url: string;
  planning: boolean;
  context: PlanningContext;
  mode: DetectionMode;
};

const planningPages = readFileSync(`${trainDir}labels.jsonl`, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as TrainLabel)
  .filter((label) => label.planning);

/** The prompts whose conditions hold on a page, judged with the page's labelled context and mode. */
const fitting = planningPages.map((label) => {
  const document = parseHTML(readFileSync(`${trainDir}${label.file}`, 'utf8'))
    .document as unknown as Document;
  const detection = {
    ...classify(extractSignals(document, label.url)),
    context: label.context,
    mode: label.mode,
  };
  const prompts = builtInPrompts.filter(
    (prompt) => prompt.contexts.includes(label.context) && whenHolds(prompt.when, detection),
  );
  return { label, detection, prompts, conditioned: prompts.filter((prompt) => prompt.when !== undefined) };
});

const hasPositiveFact = (prompt: Prompt): boolean =>
  Object.values(prompt.when?.facts ?? {}).some((value) => value === true);

describe('prompts on real planning pages (train corpus)', () => {
  it('finds at least one condition-matched prompt on nearly every planning page', () => {
    const matched = fitting.filter((page) => page.conditioned.length > 0).length;
    const byFact = fitting.filter((page) => page.conditioned.some(hasPositiveFact)).length;
    const byVoice = fitting.filter((page) => page.conditioned.some((p) => p.when?.missingVoices)).length;
    console.log(
      `real pages: ${planningPages.length} planning; ${matched} with a condition-matched prompt; ` +
        `${byVoice} with a missing-voice prompt; ${byFact} with a prompt on something the page says`,
    );
    // The same pages as the detector alone sees them today: its own context, and no mode yet.
    const detected = fitting.filter((page) => {
      const own = classify(
        extractSignals(
          parseHTML(readFileSync(`${trainDir}${page.label.file}`, 'utf8')).document as unknown as Document,
          page.label.url,
        ),
      );
      const context = own.context;
      return (
        own.planning &&
        context !== null &&
        builtInPrompts.some(
          (p) => p.when !== undefined && p.contexts.includes(context) && whenHolds(p.when, own),
        )
      );
    }).length;
    console.log(`real pages, detector alone (own context, no mode): ${detected} of ${planningPages.length}`);
    expect(planningPages.length).toBeGreaterThanOrEqual(50);
    expect(matched / planningPages.length).toBeGreaterThanOrEqual(0.9);
  });

  it('offers people taking part only prompts written for them', () => {
    const takingPart = fitting.filter((page) => page.label.mode === 'taking-part');
    expect(takingPart.length).toBeGreaterThan(0);
    for (const page of takingPart) {
      expect(page.prompts.length, page.label.file).toBeGreaterThanOrEqual(5);
      const forAuthors = page.prompts.filter((prompt) => !prompt.when?.modes?.includes('taking-part'));
      expect(
        forAuthors.map((prompt) => prompt.id),
        page.label.file,
      ).toEqual([]);
    }
  });

  it('never offers a prompt saying a voice is missing on a page that mentions it', () => {
    for (const page of fitting) {
      for (const prompt of page.prompts) {
        for (const voice of prompt.when?.missingVoices ?? []) {
          expect(page.detection.voices[voice], `${prompt.id} on ${page.label.file}`).toBe(false);
        }
      }
    }
  });
});
