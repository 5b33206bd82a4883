import { type DateRange, inDateRange, revalidationWindow } from './appraisal-year';
import { activitiesOf, changedOf, codeRelationOf, type RevalidationReflection } from './fields';
import { localDate } from './local-date';
import { HCPC_SUMMARY_WORDS, type RevalidationProfile, wordCount } from './revalidation';

/** HCPC: registration renews every two years and the CPD profile covers those two years. */
export const HCPC_PERIOD_YEARS = 2;
/** The profile describes between four and six activities in detail. */
export const HCPC_ACTIVITIES_MIN = 4;
export const HCPC_ACTIVITIES_MAX = 6;
/** A gap of this many months or more between activities needs explaining in the profile. */
export const HCPC_GAP_MONTHS = 3;

export const hcpcStandards = [1, 2, 3, 4, 5] as const;
export type HcpcStandard = (typeof hcpcStandards)[number];

export interface HcpcGap {
  /** The last activity before the gap (or the period's start) and the next one (or the period's end). */
  from: string;
  to: string;
}

export interface HcpcReadiness {
  period: DateRange;
  renewalDateSet: boolean;
  /** Reflections in the two years, oldest first. */
  activityIds: string[];
  /** Of those, how many say what changed in practice (standard 3) and how service users benefited (4). */
  withChange: number;
  withBenefit: number;
  /** Distinct kinds of activity (CPD, feedback, events) among them, for standard 2's mixture. */
  kinds: number;
  gaps: HcpcGap[];
  summaryWords: number;
  /** Whether each standard has the evidence the profile needs. */
  standards: Record<HcpcStandard, boolean>;
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/** Stretches of three months or more with no recorded activity, including at either end of the period. */
export function activityGaps(dates: readonly string[], period: DateRange): HcpcGap[] {
  const points = [period.from, ...[...dates].sort(), period.to];
  const gaps: HcpcGap[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1] as string;
    const to = points[i] as string;
    if (addMonths(from, HCPC_GAP_MONTHS) <= to) gaps.push({ from, to });
  }
  return gaps;
}

/** How ready an HCPC registrant is to send a CPD profile if audited at the next renewal. */
export function hcpcReadiness(
  reflections: readonly RevalidationReflection[],
  now: Date,
  inputs: { profile?: Pick<RevalidationProfile, 'hcpcRenewalDate'>; summary?: string } = {},
): HcpcReadiness {
  const renewal = inputs.profile?.hcpcRenewalDate ?? null;
  const period = revalidationWindow(renewal ?? localDate(now), HCPC_PERIOD_YEARS);
  const activities = reflections
    .filter((r) => inDateRange(r.occurredOn, period))
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const withChange = activities.filter((r) => changedOf(r).trim() !== '').length;
  const withBenefit = activities.filter((r) => codeRelationOf(r).trim() !== '').length;
  const kinds = new Set(activities.flatMap((r) => activitiesOf(r))).size;
  const gaps = activityGaps(
    activities.map((r) => r.occurredOn),
    period,
  );
  const summaryWords = wordCount(inputs.summary ?? '');
  return {
    period,
    renewalDateSet: renewal !== null,
    activityIds: activities.map((r) => r.id),
    withChange,
    withBenefit,
    kinds,
    gaps,
    summaryWords,
    standards: {
      1: activities.length > 0,
      2: kinds >= 2,
      3: withChange >= HCPC_ACTIVITIES_MIN,
      4: withBenefit >= HCPC_ACTIVITIES_MIN,
      5: summaryWords > 0 && summaryWords <= HCPC_SUMMARY_WORDS && activities.length >= HCPC_ACTIVITIES_MIN,
    },
  };
}
