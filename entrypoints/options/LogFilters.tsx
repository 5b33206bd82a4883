import type { FrameworkFilter, ReflectionFilter } from '../../src/reflections/query';
import { Button, Check, Field } from '../../src/ui/components';
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
        <Field label={t('filterAppraisalYear')}>
          {(id) => (
            <select
              id={id}
              value={filter.appraisalYear === undefined ? '' : String(filter.appraisalYear)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                set('appraisalYear', v === '' ? undefined : Number(v));
              }}
            >
              <option value="">{t('filterAny')}</option>
              {appraisalYears.map((year) => (
                <option key={year} value={String(year)}>
                  {t('appraisalYearOption', [String(year), String(year + 1)])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filterTag')}>
          {(id) => (
            <select id={id} value={filter.tag ?? ''} onChange={(e) => set('tag', e.currentTarget.value)}>
              <option value="">{t('filterAny')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filterFramework')}>
          {(id) => (
            <select
              id={id}
              value={filter.framework ?? ''}
              onChange={(e) =>
                set('framework', (e.currentTarget.value || undefined) as FrameworkFilter | undefined)
              }
            >
              <option value="">{t('filterAny')}</option>
              <optgroup label={t('filterNmcThemes')}>
                {nmcThemes.map((theme) => (
                  <option key={theme} value={`nmc:${theme}`}>
                    {label('nmc', theme)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('filterGmcDomains')}>
                {gmcDomains.map((domain) => (
                  <option key={domain} value={`gmc:${domain}`}>
                    {label('gmc', domain)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field label={t('filterContext')}>
          {(id) => (
            <select
              id={id}
              value={filter.context ?? ''}
              onChange={(e) =>
                set(
                  'context',
                  (e.currentTarget.value || undefined) as ReflectionFilter['context'] | undefined,
                )
              }
            >
              <option value="">{t('filterAny')}</option>
              {planningContexts.map((context) => (
                <option key={context} value={context}>
                  {label('context', context)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
