import type { Voices } from '../detect/detection';
import type { MovementRole } from '../reflections/model';
import { latestOutcome, type WithCommitment } from './commitments';

/** What the journey needs of a reflection; voices are worked out by the caller from its text. */
export interface JourneyReflection extends WithCommitment {
  occurredOn: string;
  movementRole?: MovementRole;
  voices: Voices;
  group?: { groupId: string };
}

export interface JourneyMonth {
  /** YYYY-MM. */
  month: string;
  reflections: number;
  moves: Record<MovementRole, number>;
  voices: Record<keyof Voices, number>;
  passedOn: number;
  commitmentsKept: number;
  together: number;
}

const emptyMonth = (month: string): JourneyMonth => ({
  month,
  reflections: 0,
  moves: { 'lone-wolf': 0, mobiliser: 0, organiser: 0 },
  voices: { patients: 0, carers: 0, public: 0, staff: 0 },
  passedOn: 0,
  commitmentsKept: 0,
  together: 0,
});

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Month by month, from the first month with anything in it to `thisMonth`: how the user worked (lone wolf,
 * mobiliser, organiser), whose voices they brought in, prompts passed on, commitments kept, reflections
 * made together. Empty months stay in, so a gap shows as a gap.
 */
export function movementJourney(
  reflections: readonly JourneyReflection[],
  passedOnDates: readonly string[],
  thisMonth: string,
): JourneyMonth[] {
  const starts = [
    ...reflections.map((r) => r.occurredOn.slice(0, 7)),
    ...passedOnDates.map((d) => d.slice(0, 7)),
  ];
  if (starts.length === 0) return [];
  const first = [...starts].sort()[0] as string;
  const months = new Map(monthsBetween(first, thisMonth).map((m) => [m, emptyMonth(m)]));
  for (const r of reflections) {
    const month = months.get(r.occurredOn.slice(0, 7));
    if (!month) continue;
    month.reflections += 1;
    if (r.movementRole) month.moves[r.movementRole] += 1;
    for (const voice of Object.keys(r.voices) as (keyof Voices)[])
      if (r.voices[voice]) month.voices[voice] += 1;
    if (r.group) month.together += 1;
    if (r.commitment && latestOutcome(r.commitment) === 'done') month.commitmentsKept += 1;
  }
  for (const day of passedOnDates) {
    const month = months.get(day.slice(0, 7));
    if (month) month.passedOn += 1;
  }
  return [...months.values()];
}

/** The same counts as a month's, over the whole period. */
export type JourneyTotals = Omit<JourneyMonth, 'month'>;

export function journeyTotals(months: readonly JourneyMonth[]): JourneyTotals {
  const total = emptyMonth('');
  for (const m of months) {
    total.reflections += m.reflections;
    total.passedOn += m.passedOn;
    total.commitmentsKept += m.commitmentsKept;
    total.together += m.together;
    for (const k of Object.keys(m.moves) as MovementRole[]) total.moves[k] += m.moves[k];
    for (const k of Object.keys(m.voices) as (keyof Voices)[]) total.voices[k] += m.voices[k];
  }
  const { month: _month, ...totals } = total;
  return totals;
}
