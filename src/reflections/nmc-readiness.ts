import { type NmcTheme, nmcThemes } from '../vocabulary';
import { type DateRange, inDateRange, revalidationWindow } from './appraisal-year';
import { type AccountGap, accountGaps, type RevalidationReflection } from './fields';
import { localDate } from './local-date';
import type { NmcDeclaration, RevalidationProfile, RevalidationRecord } from './revalidation';

/** The NMC's figures for each three-year revalidation period (How to revalidate with the NMC). */
export const NMC_PERIOD_YEARS = 3;
export const NMC_ACCOUNTS_NEEDED = 5;
export const NMC_PRACTICE_HOURS = 450;
export const NMC_CPD_HOURS = 35;
export const NMC_PARTICIPATORY_HOURS = 20;
export const NMC_FEEDBACK_NEEDED = 5;

export interface IncompleteAccount {
  reflectionId: string;
  gaps: AccountGap[];
}

export type DiscussionStatus =
  | 'none'
  /** Recorded, but not with an NMC registrant. */
  | 'not-nmc-registrant'
  /** Recorded, but its date is missing or outside the period. */
  | 'date'
  /** Recorded, but five accounts are not chosen yet or it does not cover all of them. */
  | 'not-all-five'
  | 'done';

export type RequirementId =
  | 'practice-hours'
  | 'cpd-hours'
  | 'participatory-hours'
  | 'feedback'
  | NmcDeclaration;

export interface Requirement {
  id: RequirementId;
  /** What has been tracked or confirmed here; null when the user has not tracked it. */
  have: number | null;
  need: number | null;
  met: boolean;
}

export interface NmcReadiness {
  /** From the day after the previous renewal to the renewal date, or the three years up to today. */
  period: DateRange;
  /** False when no renewal date is set, so the period is an approximation. */
  renewalDateSet: boolean;
  /** Reflections in the period that are complete written accounts, oldest first. */
  completeIds: string[];
  accounts: number;
  needed: number;
  remaining: number;
  /** Reflections in the period that are started but not yet complete, and what each lacks. */
  incomplete: IncompleteAccount[];
  /** The user's five, as far as they are still complete accounts in the period. */
  chosen: string[];
  discussion: DiscussionStatus;
  /** How many complete accounts touch each Code theme (for information: not every theme is required). */
  themes: Record<NmcTheme, number>;
  requirements: Requirement[];
}

export interface NmcInputs {
  profile?: Pick<RevalidationProfile, 'nmcRenewalDate'>;
  record?: RevalidationRecord;
}

function discussionStatus(
  record: RevalidationRecord | undefined,
  chosen: readonly string[],
  period: DateRange,
): DiscussionStatus {
  const d = record?.discussion;
  if (!d) return 'none';
  if (!d.withNmcRegistrant) return 'not-nmc-registrant';
  if (!d.date || !inDateRange(d.date, period)) return 'date';
  const covered = new Set(d.accountIds);
  if (chosen.length < NMC_ACCOUNTS_NEEDED || !chosen.every((id) => covered.has(id))) return 'not-all-five';
  return 'done';
}

function requirementsOf(record: RevalidationRecord | undefined, period: DateRange): Requirement[] {
  const cpd = (record?.cpd ?? []).filter((e) => inDateRange(e.date, period));
  const feedback = (record?.feedback ?? []).filter((e) => inDateRange(e.date, period));
  const cpdHours = cpd.reduce((sum, e) => sum + e.hours, 0);
  const participatory = cpd.filter((e) => e.participatory).reduce((sum, e) => sum + e.hours, 0);
  const hours = record?.practiceHours ?? null;
  const declared = new Set(record?.declarations ?? []);
  const counted = (id: RequirementId, have: number | null, need: number): Requirement => ({
    id,
    have,
    need,
    met: have !== null && have >= need,
  });
  return [
    counted('practice-hours', hours, NMC_PRACTICE_HOURS),
    counted('cpd-hours', cpd.length ? cpdHours : null, NMC_CPD_HOURS),
    counted('participatory-hours', cpd.length ? participatory : null, NMC_PARTICIPATORY_HOURS),
    counted('feedback', feedback.length ? feedback.length : null, NMC_FEEDBACK_NEEDED),
    ...(['health-character', 'indemnity', 'confirmation'] as const).map((id) => ({
      id,
      have: null,
      need: null,
      met: declared.has(id),
    })),
  ];
}

/**
 * Progress towards NMC revalidation over the registrant's own period: the three years up to the renewal
 * date. Only complete accounts count; a reflection with a theme ticked and empty answers does not.
 */
export function nmcReadiness(
  reflections: readonly RevalidationReflection[],
  now: Date,
  inputs: NmcInputs = {},
): NmcReadiness {
  const renewal = inputs.profile?.nmcRenewalDate ?? null;
  const period = revalidationWindow(renewal ?? localDate(now), NMC_PERIOD_YEARS);
  const themes = Object.fromEntries(nmcThemes.map((t) => [t, 0])) as Record<NmcTheme, number>;
  const inPeriod = reflections
    .filter((r) => inDateRange(r.occurredOn, period))
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const completeIds: string[] = [];
  const incomplete: IncompleteAccount[] = [];
  for (const r of inPeriod) {
    const gaps = accountGaps(r);
    if (gaps.length === 0) {
      completeIds.push(r.id);
      for (const theme of new Set(r.nmc.themes)) themes[theme] += 1;
    } else if (gaps.length < 5) {
      incomplete.push({ reflectionId: r.id, gaps });
    }
  }
  const complete = new Set(completeIds);
  const chosen = (inputs.record?.nmcChosen ?? []).filter((id) => complete.has(id));
  return {
    period,
    renewalDateSet: renewal !== null,
    completeIds,
    accounts: completeIds.length,
    needed: NMC_ACCOUNTS_NEEDED,
    remaining: Math.max(0, NMC_ACCOUNTS_NEEDED - completeIds.length),
    incomplete,
    chosen,
    discussion: discussionStatus(inputs.record, chosen, period),
    themes,
    requirements: requirementsOf(inputs.record, period),
  };
}
