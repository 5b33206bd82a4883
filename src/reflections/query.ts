import type { PlanningContext } from '../detect/detection';
import { appraisalYearOf, appraisalYearRange, inDateRange } from './appraisal-year';
import type { GmcDomain, NmcTheme, Reflection } from './model';

/** One NMC Code theme or one GMC domain, as a single filter value: "nmc:preserve-safety". */
export type FrameworkFilter = `nmc:${NmcTheme}` | `gmc:${GmcDomain}`;

/** What the log is narrowed to. Every field is optional; an empty filter matches everything. */
export interface ReflectionFilter {
  /** Words to find anywhere in the text; every word must appear (in any order, any case). */
  text?: string;
  /** Inclusive bounds on when the event happened, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The appraisal year starting 1 April of this year. */
  appraisalYear?: number;
  tag?: string;
  framework?: FrameworkFilter;
  context?: PlanningContext;
  /** Only reflections the PII guard flagged when they were saved. */
  piiOnly?: boolean;
}

/** A reflection with its searchable text worked out once, so each keystroke only compares strings. */
export interface IndexedReflection {
  reflection: Reflection;
  haystack: string;
  tags: ReadonlySet<string>;
}

/** Lower case without accents, so "cafe" finds "Café" and "NHS" finds "nhs". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Newest event first; for the same day, the one written last first; then by id so order is stable. */
export function newestFirst(a: Reflection, b: Reflection): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1;
  if (a.createdAt !== b.createdAt) return Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts newest first and builds the search text for every reflection. Run once per load. */
export function indexReflections(reflections: readonly Reflection[]): IndexedReflection[] {
  return [...reflections].sort(newestFirst).map((reflection) => ({
    reflection,
    // A separator no one types keeps words from two fields from joining into a false match.
    haystack: foldForSearch(
      [
        reflection.title,
        reflection.what,
        reflection.soWhat,
        reflection.nowWhat,
        reflection.tags.join('\u0001'),
        reflection.otherFramework ?? '',
      ].join('\u0001'),
    ),
    tags: new Set(reflection.tags.map(foldForSearch)),
  }));
}

/** The words of a search, folded; empty when there is nothing to search for. */
export function searchTerms(text: string | undefined): string[] {
  return text ? foldForSearch(text).split(/\s+/).filter(Boolean) : [];
}

function matchesFramework(reflection: Reflection, framework: FrameworkFilter): boolean {
  const [kind, id] = framework.split(':') as ['nmc' | 'gmc', string];
  return kind === 'nmc'
    ? (reflection.nmc.themes as readonly string[]).includes(id)
    : (reflection.gmc.domains as readonly string[]).includes(id);
}

/** Whether a filter narrows anything at all. */
export function isFilterActive(filter: ReflectionFilter): boolean {
  return (
    searchTerms(filter.text).length > 0 ||
    Boolean(filter.from) ||
    Boolean(filter.to) ||
    filter.appraisalYear !== undefined ||
    Boolean(filter.tag) ||
    filter.framework !== undefined ||
    filter.context !== undefined ||
    filter.piiOnly === true
  );
}

/** The reflections that match every part of the filter, keeping the index's newest-first order. */
export function filterReflections(
  indexed: readonly IndexedReflection[],
  filter: ReflectionFilter,
): Reflection[] {
  const terms = searchTerms(filter.text);
  const year = filter.appraisalYear === undefined ? undefined : appraisalYearRange(filter.appraisalYear);
  const tag = filter.tag ? foldForSearch(filter.tag.trim()) : '';
  const out: Reflection[] = [];
  for (const entry of indexed) {
    const r = entry.reflection;
    if (filter.from && r.occurredOn < filter.from) continue;
    if (filter.to && r.occurredOn > filter.to) continue;
    if (year && !inDateRange(r.occurredOn, year)) continue;
    if (tag && !entry.tags.has(tag)) continue;
    if (filter.framework && !matchesFramework(r, filter.framework)) continue;
    if (filter.context && r.context !== filter.context) continue;
    if (filter.piiOnly && r.pii.length === 0) continue;
    if (terms.length > 0 && !terms.every((term) => entry.haystack.includes(term))) continue;
    out.push(r);
  }
  return out;
}

export interface Page<T> {
  items: T[];
  /** 1-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first and last item shown, 0 and 0 when there are none. */
  first: number;
  last: number;
}

export const PAGE_SIZE = 50;

/** One page of a list. Asking for a page past the end gives the last page, so deleting never strands you. */
export function paginate<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): Page<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`Not a page size: ${pageSize}`);
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(pageCount, Math.max(1, Number.isFinite(page) ? Math.floor(page) : 1));
  const start = (current - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    items: slice,
    page: current,
    pageCount,
    total,
    first: slice.length === 0 ? 0 : start + 1,
    last: start + slice.length,
  };
}

/** Every tag in use, once each (ignoring case), alphabetically, for the tag filter. */
export function tagsInUse(reflections: readonly Reflection[]): string[] {
  const byFolded = new Map<string, string>();
  for (const r of reflections) {
    for (const tag of r.tags) {
      const folded = foldForSearch(tag);
      if (!byFolded.has(folded)) byFolded.set(folded, tag);
    }
  }
  return [...byFolded.values()].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

/** Appraisal years that hold at least one reflection, plus the current one, newest first. */
export function appraisalYearsInUse(reflections: readonly Reflection[], today: string): number[] {
  const years = new Set<number>([appraisalYearOf(today)]);
  for (const r of reflections) years.add(appraisalYearOf(r.occurredOn));
  return [...years].sort((a, b) => b - a);
}
