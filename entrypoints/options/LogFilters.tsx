import type { FrameworkFilter, ReflectionFilter } from '../../src/reflections/query';
import { Button, Check, Field, SelectField } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { gmcDomains, nmcThemes, planningContexts } from '../../src/vocabulary';

type Props = {
  filter: ReflectionFilter;
  onChange: (filter: ReflectionFilter) => void;
  tags: readonly string[];
  appraisalYears: readonly number[];
};

/** Sets or removes one key, so an emptied control stops filtering rather than matching "". */
function withValue<K extends keyof ReflectionFilter>(
  filter: ReflectionFilter,
  key: K,
  value: ReflectionFilter[K] | undefined,
): ReflectionFilter {
  const next = { ...filter };
  if (value === undefined || value === '' || value === false) delete next[key];
  else next[key] = value;
  return next;
}

/** Search and filters for the log. Every control applies as soon as it changes. */
export function LogFilters({ filter, onChange, tags, appraisalYears }: Props) {
  const set = <K extends keyof ReflectionFilter>(key: K, value: ReflectionFilter[K] | undefined) =>
    onChange(withValue(filter, key, value));

  return (
    <search aria-label={t('filtersLabel')}>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="filters-search">
          <Field label={t('searchLabel')} hint={t('searchHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                type="search"
                aria-describedby={describedBy}
                value={filter.text ?? ''}
                onInput={(e) => set('text', e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('filterFrom')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={filter.from ?? ''}
              onInput={(e) => set('from', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('filterTo')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={filter.to ?? ''}
              onInput={(e) => set('to', e.currentTarget.value)}
            />
          )}
        </Field>
        <SelectField
          label={t('filterAppraisalYear')}
          value={filter.appraisalYear === undefined ? '' : String(filter.appraisalYear)}
          empty={t('filterAny')}
          options={appraisalYears.map((year) => ({
            value: String(year),
            label: t('appraisalYearOption', [String(year), String(year + 1)]),
          }))}
          onChange={(v) => set('appraisalYear', v === '' ? undefined : Number(v))}
        />
        <SelectField
          label={t('filterTag')}
          value={filter.tag ?? ''}
          empty={t('filterAny')}
          options={tags.map((tag) => ({ value: tag, label: tag }))}
          onChange={(v) => set('tag', v)}
        />
        <SelectField<FrameworkFilter>
          label={t('filterFramework')}
          value={filter.framework ?? ''}
          empty={t('filterAny')}
          groups={[
            {
              label: t('filterNmcThemes'),
              options: nmcThemes.map((theme) => ({
                value: `nmc:${theme}` as const,
                label: label('nmc', theme),
              })),
            },
            {
              label: t('filterGmcDomains'),
              options: gmcDomains.map((domain) => ({
                value: `gmc:${domain}` as const,
                label: label('gmc', domain),
              })),
            },
          ]}
          onChange={(v) => set('framework', v || undefined)}
        />
        <SelectField<NonNullable<ReflectionFilter['context']>>
          label={t('filterContext')}
          value={filter.context ?? ''}
          empty={t('filterAny')}
          options={planningContexts.map((context) => ({ value: context, label: label('context', context) }))}
          onChange={(v) => set('context', v || undefined)}
        />
        <div class="pom-row">
          <Check
            label={t('filterPiiOnly')}
            checked={filter.piiOnly === true}
            onChange={(on) => set('piiOnly', on)}
          />
        </div>
        <div class="pom-row">
          <Button variant="quiet" onClick={() => onChange({})}>
            {t('clearFilters')}
          </Button>
        </div>
      </form>
    </search>
  );
}
