import type { Reflection } from '../reflections/model';
import { latestOutcome } from './commitments';
import { describeParticipants } from './group-file';

/*
 * How exports show the "power of many" parts of a reflection. Exports are written in fixed English (as
 * the regulators' forms are), so these words live here rather than in _locales.
 */

const outcomeWords = {
  done: 'done',
  partly: 'partly done',
  'not-yet': 'not yet done',
  'no-longer-relevant': 'no longer relevant',
} as const;

const longDate = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));

/** "Group reflection with 2 patient partners, the ward team", or '' for a reflection made alone. */
export function groupLine(r: Pick<Reflection, 'group'>): string {
  return r.group ? `Group reflection with ${describeParticipants(r.group.participants)}` : '';
}

/** "What the group decided: …", or ''. */
export function groupDecidedLine(r: Pick<Reflection, 'group'>): string {
  const decided = r.group?.decided.trim();
  return decided ? `What the group decided: ${decided}` : '';
}

/** "By 12 December 2026, with the PPG chair (partly done)", or ''. */
export function commitmentLine(r: Pick<Reflection, 'commitment'>): string {
  const c = r.commitment;
  if (!c) return '';
  const outcome = latestOutcome(c);
  return `By ${longDate(c.due)}${c.involves ? `, with ${c.involves}` : ''}${outcome ? ` (${outcomeWords[outcome]})` : ''}`;
}

/** A text answer with the group's part before it, so a form's first question says it was made together. */
export function withGroupPreface(text: string, r: Pick<Reflection, 'group'>): string {
  const lines = [groupLine(r) && `${groupLine(r)}.`, groupDecidedLine(r)].filter(Boolean);
  if (lines.length === 0) return text;
  return [lines.join('\n'), text].filter((part) => part.trim() !== '').join('\n\n');
}

/** The CSV's extra columns, in order, and each reflection's cells for them. */
export const togetherCsvColumns = ['group reflection with', 'what the group decided', 'commitment'] as const;
export const togetherCsvCells = (r: Pick<Reflection, 'group' | 'commitment'>): string[] => [
  r.group ? describeParticipants(r.group.participants) : '',
  r.group?.decided ?? '',
  commitmentLine(r),
];
