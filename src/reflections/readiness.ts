import { type GmcDomain, gmcDomains, type SupportingInfoType, supportingInfoTypes } from '../vocabulary';
import {
  appraisalYearOf,
  appraisalYearRange,
  type DateRange,
  inDateRange,
  revalidationWindow,
} from './appraisal-year';
import { localDate } from './local-date';
import type { Reflection } from './model';
import type { RevalidationProfile } from './revalidation';

export { type HcpcReadiness, hcpcReadiness } from './hcpc-readiness';
export {
  NMC_ACCOUNTS_NEEDED,
  NMC_PERIOD_YEARS,
  type NmcReadiness,
  nmcReadiness,
} from './nmc-readiness';

export interface AppraisalReadiness {
  /** The appraisal year (1 April to 31 March) that today falls in, by the year it starts. */
  year: number;
  period: DateRange;
  /** Reflections whose event happened in that year. */
  total: number;
  /** Reflections per Good medical practice domain; one reflection can count in several. */
  byDomain: Record<GmcDomain, number>;
  /** Reflections per type of supporting information, and how many have none chosen yet. */
  bySupportingInfo: Record<SupportingInfoType, number>;
  withoutSupportingInfo: number;
}

/** A doctor's reflections in the current appraisal year (or the year to their appraisal date), by GMC domain and by supporting-information type. */
export function appraisalReadiness(
  reflections: readonly Reflection[],
  now: Date,
  profile?: Pick<RevalidationProfile, 'gmcAppraisalDate'>,
): AppraisalReadiness {
  const year = appraisalYearOf(localDate(now));
  // A doctor with a local appraisal cycle counts the twelve months up to their own appraisal date.
  const appraisalDate = profile?.gmcAppraisalDate ?? null;
  const period = appraisalDate ? revalidationWindow(appraisalDate, 1) : appraisalYearRange(year);
  const byDomain = Object.fromEntries(gmcDomains.map((d) => [d, 0])) as Record<GmcDomain, number>;
  const bySupportingInfo = Object.fromEntries(supportingInfoTypes.map((s) => [s, 0])) as Record<
    SupportingInfoType,
    number
  >;
  let total = 0;
  let withoutSupportingInfo = 0;
  for (const r of reflections) {
    if (!inDateRange(r.occurredOn, period)) continue;
    total += 1;
    for (const domain of new Set(r.gmc.domains)) byDomain[domain] += 1;
    if (r.gmc.supportingInfo) bySupportingInfo[r.gmc.supportingInfo] += 1;
    else withoutSupportingInfo += 1;
  }
  return { year, period, total, byDomain, bySupportingInfo, withoutSupportingInfo };
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

/** Reflections per calendar month (by when the event happened), oldest month first, ending with this month. */
export function reflectionsPerMonth(
  reflections: readonly Reflection[],
  now: Date,
  months = 12,
): MonthCount[] {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Not a number of months: ${months}`);
  const series: MonthCount[] = [];
  const index = new Map<string, MonthCount>();
  for (let back = months - 1; back >= 0; back -= 1) {
    // Day 1 avoids month overflow (31 March minus one month is not 31 February).
    const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    const entry = { month, count: 0 };
    series.push(entry);
    index.set(month, entry);
  }
  for (const r of reflections) {
    const entry = index.get(r.occurredOn.slice(0, 7));
    if (entry) entry.count += 1;
  }
  return series;
}

export interface PromptCount {
  promptId: string;
  count: number;
  /** The prompt's words, when it is one the extension knows; null for prompts from removed packs. */
  text: string | null;
}

/** Which prompts led to reflections, most first (then by id, so the order is stable). */
export function reflectionsByPrompt(
  reflections: readonly Reflection[],
  promptTexts: ReadonlyMap<string, string>,
): PromptCount[] {
  const counts = new Map<string, number>();
  for (const r of reflections) {
    if (r.promptId) counts.set(r.promptId, (counts.get(r.promptId) ?? 0) + 1);
  }
  return [...counts]
    .map(([promptId, count]) => ({ promptId, count, text: promptTexts.get(promptId) ?? null }))
    .sort((a, b) => b.count - a.count || (a.promptId < b.promptId ? -1 : a.promptId > b.promptId ? 1 : 0));
}
