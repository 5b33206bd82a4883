import { useMemo } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { appraisalReadiness } from '../../src/reflections/readiness';
import type { RevalidationProfile } from '../../src/reflections/revalidation';
import { BarTable } from '../../src/ui/charts';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { gmcDomains, supportingInfoTypes } from '../../src/vocabulary';
import { formatCount, formatLongDate } from './format';

type Props = { reflections: readonly Reflection[]; now: Date; profile: RevalidationProfile };

/** Doctors: this appraisal year's reflections by Good medical practice domain and supporting information. */
export function AppraisalReadinessView({ reflections, now, profile }: Props) {
  const r = useMemo(() => appraisalReadiness(reflections, now, profile), [reflections, now, profile]);
  return (
    <section aria-labelledby="appraisal-heading">
      <h3 id="appraisal-heading">{t('appraisalReadinessHeading')}</h3>
      <p class="pom-hint">
        {t('appraisalReadinessPeriod', [formatLongDate(r.period.from), formatLongDate(r.period.to)])}
      </p>
      <p>{t('appraisalReadinessTotal', formatCount(r.total))}</p>
      <BarTable
        caption={t('appraisalByDomain')}
        labelHeader={t('colDomain')}
        valueHeader={t('colReflections')}
        rows={gmcDomains.map((d) => ({ key: d, label: label('gmc', d), value: r.byDomain[d] }))}
      />
      <BarTable
        caption={t('appraisalBySupportingInfo')}
        labelHeader={t('colSupportingInfo')}
        valueHeader={t('colReflections')}
        rows={[
          ...supportingInfoTypes.map((s) => ({
            key: s,
            label: label('si', s),
            value: r.bySupportingInfo[s],
          })),
          { key: 'none', label: t('supportingInfoNone'), value: r.withoutSupportingInfo },
        ]}
      />
    </section>
  );
}
