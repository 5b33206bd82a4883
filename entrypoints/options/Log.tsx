import type { Reflection } from '../../src/reflections/model';
import { isFilterActive, paginate, type ReflectionFilter } from '../../src/reflections/query';
import { Button, Check } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount } from './format';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import { Pager } from './Pager';

type Props = {
  total: number;
  /** Set while only the newest page has loaded: how many reflections there are in all. */
  loadingTotal?: number | null;
  matching: readonly Reflection[];
  filter: ReflectionFilter;
  onFilter: (filter: ReflectionFilter) => void;
  page: number;
  onPage: (page: number) => void;
  selected: ReadonlySet<string>;
  onSelected: (selected: Set<string>) => void;
  onDelete: (ids: string[]) => void;
  onExportSelection: () => void;
  tags: readonly string[];
  appraisalYears: readonly number[];
};

/** The reflection log: search and filters, a page of results, and actions on a selection. */
export function Log(props: Props) {
  const { matching, selected, onSelected } = props;
  const shown = paginate(matching, props.page);
  const pageIds = shown.items.map((r) => r.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const filtered = isFilterActive(props.filter);

  const setMany = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onSelected(next);
  };

  const summary = props.loadingTotal
    ? t('logShowingNewest', [formatCount(shown.last), formatCount(props.loadingTotal)])
    : shown.total === 0
      ? props.total === 0
        ? t('logEmpty')
        : t('logNoMatches')
      : filtered
        ? t('logShowingFiltered', [
            formatCount(shown.first),
            formatCount(shown.last),
            formatCount(shown.total),
            formatCount(props.total),
          ])
        : t('logShowing', [formatCount(shown.first), formatCount(shown.last), formatCount(shown.total)]);

  return (
    <>
      <LogFilters
        filter={props.filter}
        onChange={props.onFilter}
        tags={props.tags}
        appraisalYears={props.appraisalYears}
      />
      <p class="log-summary" role="status">
        {summary}
      </p>
      {shown.total > 0 && (
        <div class="bulk">
          <Check label={t('selectAllOnPage')} checked={allOnPage} onChange={(on) => setMany(pageIds, on)} />
          <Button
            variant="quiet"
            onClick={() =>
              setMany(
                matching.map((r) => r.id),
                true,
              )
            }
          >
            {t('selectAllMatching', formatCount(matching.length))}
          </Button>
          {selected.size > 0 && (
            <>
              <span>{t('selectedCount', formatCount(selected.size))}</span>
              <Button variant="quiet" onClick={() => onSelected(new Set())}>
                {t('clearSelection')}
              </Button>
            </>
          )}
          <Button
            variant="danger"
            disabled={selected.size === 0}
            onClick={() => props.onDelete([...selected])}
          >
            {t('deleteSelected')}
          </Button>
          <Button disabled={selected.size === 0} onClick={props.onExportSelection}>
            {t('exportSelection')}
          </Button>
        </div>
      )}
      {shown.total > 0 && (
        <LogTable
          reflections={shown.items}
          selected={selected}
          onSelect={(id, on) => setMany([id], on)}
          onDelete={(r) => props.onDelete([r.id])}
        />
      )}
      <Pager page={shown.page} pageCount={shown.pageCount} onPage={props.onPage} />
    </>
  );
}
