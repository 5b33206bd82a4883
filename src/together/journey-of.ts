import { tokenise } from '../detect/phrases';
import { detectVoices } from '../detect/voices';
import type { PromptEvent } from '../prompts/events';
import type { Reflection } from '../reflections/model';
import { t } from '../ui/i18n';
import {
  type JourneyMonth,
  type JourneyReflection,
  type JourneyTotals,
  journeyTotals,
  movementJourney,
} from './journey';

/** Whose voices a reflection brought in, read from its own words, its tags and who took part. */
export function journeyReflectionOf(r: Reflection): JourneyReflection {
  const text = [
    r.title,
    r.what,
    r.soWhat,
    r.nowWhat,
    r.tags.join(' '),
    ...(r.group?.participants.map((p) => p.role) ?? []),
  ];
  return {
    id: r.id,
    occurredOn: r.occurredOn,
    ...(r.movementRole && { movementRole: r.movementRole }),
    ...(r.context && { context: r.context }),
    ...(r.commitment && { commitment: r.commitment }),
    ...(r.group && { group: { groupId: r.group.groupId } }),
    voices: detectVoices(tokenise(text.join('\n'))),
  };
}

export type Journey = { months: JourneyMonth[]; totals: JourneyTotals };

/** The journey from the log and the prompt history; `thisMonth` is YYYY-MM in the user's calendar. */
export function journeyOf(
  reflections: readonly Reflection[],
  events: readonly Pick<PromptEvent, 'kind' | 'at'>[],
  thisMonth: string,
): Journey {
  const passedOn = events.filter((e) => e.kind === 'passed-on').map((e) => e.at);
  const months = movementJourney(reflections.map(journeyReflectionOf), passedOn, thisMonth);
  return { months, totals: journeyTotals(months) };
}

/** One sentence of the whole journey, read in place of the picture and printed atop the one-page summary. */
export function journeySummary({ months, totals }: Journey): string {
  if (months.length === 0) return t('journeyEmpty');
  return t('journeySummary', [
    String(months.length),
    String(totals.reflections),
    String(totals.moves.organiser),
    String(totals.moves.mobiliser),
    String(totals.moves['lone-wolf']),
    String(totals.voices.patients + totals.voices.carers + totals.voices.public),
    String(totals.passedOn),
    String(totals.commitmentsKept),
    String(totals.together),
  ]);
}

/** "November 2026" from "2026-11". */
export function monthName(month: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', {
    month: style,
    ...(style === 'long' && { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
