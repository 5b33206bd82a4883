import { useMemo, useState } from 'preact/hooks';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import {
  appraisalYearsInUse,
  filterReflections,
  indexReflections,
  type ReflectionFilter,
  tagsInUse,
} from '../../src/reflections/query';

/** The log's filter, page and selection, and what they pick out of all the reflections. */
export function useLogView(reflections: Reflection[] | null) {
  const [filter, setFilterState] = useState<ReflectionFilter>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const all = useMemo(() => reflections ?? [], [reflections]);
  const now = useMemo(() => new Date(), [reflections]);
  const indexed = useMemo(() => indexReflections(all), [all]);
  const matching = useMemo(() => filterReflections(indexed, filter), [indexed, filter]);
  const tags = useMemo(() => tagsInUse(all), [all]);
  const years = useMemo(() => appraisalYearsInUse(all, localDate(now)), [all, now]);
  // A new filter starts again from the first page.
  const setFilter = (next: ReflectionFilter) => {
    setFilterState(next);
    setPage(1);
  };
  const unselect = (ids: string[]) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) next.delete(id);
      return next;
    });
  return {
    all,
    now,
    matching,
    tags,
    years,
    filter,
    setFilter,
    page,
    setPage,
    selected,
    setSelected,
    unselect,
  };
}
export type LogView = ReturnType<typeof useLogView>;
