import type { Voices } from '../detect/detection';
import type { PromptEvent } from '../prompts/events';
import { localDate } from '../reflections/local-date';
import type { Reflection } from '../reflections/model';
import { type Journey, journeyOf } from '../together/journey-of';
import { type MovementRole, movementRoles } from '../vocabulary';
import { monthYearOf } from './labels';
import { groupLabel, msg } from './messages';
import { body, note, type PrintBlock, type PrintDocument, type PrintSection } from './print';

const voiceOrder: readonly (keyof Voices)[] = ['patients', 'carers', 'public', 'staff'];

/** The words of the headings and rows, in order, so tests can pin them. */
export const journeyHeadings = {
  heading: msg('exp_journey_heading'),
  caption: msg('exp_journey_caption'),
  columns: [msg('exp_journey_colWhat'), msg('exp_journey_colCount')],
} as const;

function rowsOf({ totals }: Journey): [string, string][] {
  const move = (role: MovementRole): [string, string] => [
    groupLabel('exp_journey_move', role),
    String(totals.moves[role]),
  ];
  return [
    [msg('exp_journey_reflections'), String(totals.reflections)],
    ...[...movementRoles].map(move),
    ...voiceOrder.map((v): [string, string] => [
      msg('exp_journey_voice', msg(`exp_journey_voice_${v}`)),
      String(totals.voices[v]),
    ]),
    [msg('exp_journey_passedOn'), String(totals.passedOn)],
    [msg('exp_journey_kept'), String(totals.commitmentsKept)],
    [msg('exp_journey_together'), String(totals.together)],
  ];
}

/**
 * The movement journey as one page of an appraisal or HCPC export: a sentence, then a table a screen
 * reader reads row by row (a caption and column headers). Only added when the user asks for it.
 */
export function journeySection(journey: Journey): PrintSection {
  const first = journey.months[0]?.month;
  const last = journey.months.at(-1)?.month;
  const blocks: PrintBlock[] = [note(msg('exp_journey_intro'))];
  if (!first || !last) {
    blocks.push(body(msg('exp_journey_empty')));
  } else {
    blocks.push({
      kind: 'table',
      caption: journeyHeadings.caption,
      columns: [...journeyHeadings.columns],
      rows: rowsOf(journey),
    });
  }
  return {
    heading: journeyHeadings.heading,
    subheading: first && last ? msg('exp_journey_period', [monthYearOf(first), monthYearOf(last)]) : null,
    blocks,
  };
}

/** The journey over the reflections being exported, up to this month, with prompts passed on meanwhile. */
export function exportJourney(
  reflections: readonly Reflection[],
  events: readonly Pick<PromptEvent, 'kind' | 'at'>[],
  now: Date,
): Journey {
  return journeyOf(reflections, events, localDate(now).slice(0, 7));
}

/** The document with the journey's page after the cover, or unchanged when the user did not ask for it. */
export function withJourney(doc: PrintDocument, journey: Journey | undefined): PrintDocument {
  return journey ? { ...doc, sections: [journeySection(journey), ...doc.sections] } : doc;
}
