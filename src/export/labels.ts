import { type PlanningContext, planningContexts } from '../detect/detection';
import {
  type GmcDomain,
  gmcDomains,
  type MovementRole,
  movementRoles,
  type NmcActivity,
  type NmcTheme,
  nmcActivities,
  nmcThemes,
  type PiiKind,
  piiKinds,
  type SupportingInfoType,
  supportingInfoTypes,
} from '../vocabulary';
import { groupLabel, msg } from './messages';

// Every label comes from _locales through msg(), the same words the UI shows, so a label changes in one place.

function labelsOf<T extends string>(group: string, ids: readonly T[]): Record<T, string> {
  return Object.fromEntries(ids.map((id) => [id, groupLabel(group, id)])) as Record<T, string>;
}

/** The NMC Code's four themes, as printed on the reflective accounts form. */
export const nmcThemeLabels: Record<NmcTheme, string> = labelsOf('nmc', nmcThemes);

/** What question 1 of the NMC form can be about. */
export const nmcActivityLabels: Record<NmcActivity, string> = labelsOf('activity', nmcActivities);

/** GMC Good medical practice 2024 domains. */
export const gmcDomainLabels: Record<GmcDomain, string> = labelsOf('gmc', gmcDomains);

/** The GMC's six types of supporting information for appraisal, in the GMC's words. */
export const supportingInfoLabels: Record<SupportingInfoType, string> = labelsOf('si', supportingInfoTypes);

export const movementRoleLabels: Record<MovementRole, string> = labelsOf('role', movementRoles);

export const planningContextLabels: Record<PlanningContext, string> = labelsOf('context', planningContexts);

export const piiKindLabels: Record<PiiKind, string> = labelsOf('pii', piiKinds);

/** Headings for the parts of a reflection ("What? So what? Now what?" and what changed). */
export const reflectionSectionLabels = {
  what: msg('exp_section_what'),
  soWhat: msg('exp_section_soWhat'),
  changed: msg('exp_section_changed'),
  nowWhat: msg('exp_section_nowWhat'),
} as const;

export const UNTITLED = msg('exp_untitled');

const monthNames = (
  [
    'exp_month_1',
    'exp_month_2',
    'exp_month_3',
    'exp_month_4',
    'exp_month_5',
    'exp_month_6',
    'exp_month_7',
    'exp_month_8',
    'exp_month_9',
    'exp_month_10',
    'exp_month_11',
    'exp_month_12',
  ] as const
).map((key) => msg(key));

/** "June 2025" from "2025-06-14": regulators advise month and year only, never the full date. */
export function monthYearOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? msg('exp_date_monthYear', [month, match[1] ?? '']) : isoDate;
}

/** "14 June 2025" from "2025-06-14", for the user's own notes. */
export function longDateOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? msg('exp_date_long', [String(Number(match[3])), month, match[1] ?? '']) : isoDate;
}

/** A title fit for one line: line breaks and runs of spaces become single spaces. */
export function titleOf(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine === '' ? UNTITLED : oneLine;
}

/** Oldest event first, then oldest written first, so numbering is stable between exports. */
export function byOccurrence<T extends { occurredOn: string; createdAt: string; id: string }>(
  a: T,
  b: T,
): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  const written = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (written !== 0) return written;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
