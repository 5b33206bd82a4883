import { longDateOf } from '../export/labels';
import { groupLabel, msg } from '../export/messages';
import type { Reflection } from '../reflections/model';
import { latestOutcome } from './commitments';
import { describeParticipants } from './group-file';

// How exports show the "power of many" parts of a reflection, in the documents' words from _locales.

/** "Group reflection with 2 patient partners, the ward team", or '' for a reflection made alone. */
export function groupLine(r: Pick<Reflection, 'group'>): string {
  return r.group ? msg('exp_together_groupLine', describeParticipants(r.group.participants)) : '';
}

/** "What the group decided: …", or ''. */
export function groupDecidedLine(r: Pick<Reflection, 'group'>): string {
  const decided = r.group?.decided.trim();
  return decided ? msg('exp_together_decidedLine', decided) : '';
}

/** "By 12 December 2026, with the PPG chair (partly done)", or ''. */
export function commitmentLine(r: Pick<Reflection, 'commitment'>): string {
  const c = r.commitment;
  if (!c) return '';
  const by = c.involves
    ? msg('exp_together_byWith', [longDateOf(c.due), c.involves])
    : msg('exp_together_by', longDateOf(c.due));
  const outcome = latestOutcome(c);
  return outcome ? msg('exp_together_withOutcome', [by, groupLabel('exp_outcome', outcome)]) : by;
}

/** A text answer with the group's part before it, so a form's first question says it was made together. */
export function withGroupPreface(text: string, r: Pick<Reflection, 'group'>): string {
  const lines = [groupLine(r) && `${groupLine(r)}.`, groupDecidedLine(r)].filter(Boolean);
  if (lines.length === 0) return text;
  return [lines.join('\n'), text].filter((part) => part.trim() !== '').join('\n\n');
}

/** The CSV's extra columns, in order, and each reflection's cells for them. */
export const togetherCsvColumns = [
  msg('exp_csv_groupWith'),
  msg('exp_csv_groupDecided'),
  msg('exp_csv_commitment'),
] as const;
export const togetherCsvCells = (r: Pick<Reflection, 'group' | 'commitment'>): string[] => [
  r.group ? describeParticipants(r.group.participants) : '',
  r.group?.decided ?? '',
  commitmentLine(r),
];
