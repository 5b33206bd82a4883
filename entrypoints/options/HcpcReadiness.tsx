import { useMemo } from 'preact/hooks';
import { HCPC_ACTIVITIES_MIN, hcpcStandards } from '../../src/reflections/hcpc-readiness';
import type { Reflection } from '../../src/reflections/model';
import { hcpcReadiness } from '../../src/reflections/readiness';
import { HCPC_SUMMARY_WORDS, type RevalidationProfile } from '../../src/reflections/revalidation';
import { Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount, formatLongDate, formatMonthYear } from './format';
import { useRevalidationRecord } from './use-revalidation';

type Props = { reflections: readonly Reflection[]; now: Date; profile: RevalidationProfile };

/** Allied health professionals: how ready a CPD profile would be if the HCPC picked them for audit. */
export function HcpcReadinessView({ reflections, now, profile }: Props) {
  const reval = useRevalidationRecord();
  const summary = reval.record.hcpcSummary;
  const r = useMemo(
    () => hcpcReadiness(reflections, now, { profile, summary }),
    [reflections, now, profile, summary],
  );
  const [from, to] = [formatLongDate(r.period.from), formatLongDate(r.period.to)];
  return (
    <section aria-labelledby="hcpc-heading">
      <h3 id="hcpc-heading">{t('hcpcReadinessHeading')}</h3>
      <p class="pom-hint">
        {r.renewalDateSet ? t('hcpcPeriodOwn', [from, to]) : t('hcpcPeriodGuess', [from, to])}{' '}
        {!r.renewalDateSet && <a href="#settings">{t('readinessOpenSettings')}</a>}
      </p>
      {reval.error && <Notice tone="error">{reval.error}</Notice>}
      <p>{t('hcpcActivities', [formatCount(r.activityIds.length), formatCount(HCPC_ACTIVITIES_MIN)])}</p>
      <h4>{t('hcpcStandardsHeading')}</h4>
      <p class="pom-hint">{t('hcpcHeartHint')}</p>
      <ul class="checklist">
        {hcpcStandards.map((n) => (
          <li key={n} data-met={String(r.standards[n])}>
            <strong>{t(`hcpcStandard_${n}`)}</strong>:{' '}
            {t(`hcpcEvidence_${n}`, [
              formatCount(r.withChange),
              formatCount(r.withBenefit),
              formatCount(r.kinds),
            ])}{' '}
            {r.standards[n] ? t('hcpcStandardReady') : t('hcpcStandardNotYet')}
          </li>
        ))}
      </ul>
      {r.gaps.length > 0 && (
        <>
          <h4>{t('hcpcGapsHeading')}</h4>
          <ul>
            {r.gaps.map((g) => (
              <li key={g.from}>{t('hcpcGap', [formatMonthYear(g.from), formatMonthYear(g.to)])}</li>
            ))}
          </ul>
        </>
      )}
      <Field
        label={t('hcpcSummaryLabel')}
        hint={t('hcpcSummaryHint', [formatCount(r.summaryWords), formatCount(HCPC_SUMMARY_WORDS)])}
      >
        {(id, describedBy) => (
          <textarea
            id={id}
            rows={8}
            aria-describedby={describedBy}
            value={summary}
            onInput={(e) => void reval.update({ hcpcSummary: e.currentTarget.value })}
          />
        )}
      </Field>
    </section>
  );
}
