import { useMemo } from 'preact/hooks';
import { builtInPrompts } from '../../src/prompts/library/index';
import type { Profession, Reflection } from '../../src/reflections/model';
import { reflectionsByPrompt, reflectionsPerMonth } from '../../src/reflections/readiness';
import { type RevalidationProfile, registrationBodyOf } from '../../src/reflections/revalidation';
import { BarTable, ColumnChart } from '../../src/ui/charts';
import { Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { AppraisalReadinessView } from './AppraisalReadiness';
import { formatCount, formatMonthYear, formatShortMonth } from './format';
import { HcpcReadinessView } from './HcpcReadiness';
import { NmcReadinessView } from './NmcReadiness';

type Props = {
  reflections: readonly Reflection[];
  profession: Profession | null;
  /** Whether settings have loaded, so "choose your profession" is not shown while they are on their way. */
  settingsReady: boolean;
  now: Date;
  profile: RevalidationProfile;
};

const builtInPromptTexts: ReadonlyMap<string, string> = new Map(builtInPrompts.map((p) => [p.id, p.text]));

/** Where the user stands: for their regulator first, then patterns that apply to everyone. */
export function Readiness({ reflections, profession, profile, settingsReady, now }: Props) {
  const body = registrationBodyOf(profile, profession);
  return (
    <>
      {body === 'nmc' && <NmcReadinessView reflections={reflections} now={now} profile={profile} />}
      {body === 'gmc' && <AppraisalReadinessView reflections={reflections} now={now} profile={profile} />}
      {body === 'hcpc' && <HcpcReadinessView reflections={reflections} now={now} profile={profile} />}
      {!settingsReady && <p role="status">{t('loading')}</p>}
      {settingsReady && body === null && (
        <Notice>
          {t('readinessChooseProfession')} <a href="#settings">{t('readinessOpenSettings')}</a>
        </Notice>
      )}
      <MonthlyChart reflections={reflections} now={now} />
      <PromptsThatLed reflections={reflections} />
    </>
  );
}

function MonthlyChart({ reflections, now }: { reflections: readonly Reflection[]; now: Date }) {
  const series = useMemo(() => reflectionsPerMonth(reflections, now), [reflections, now]);
  const total = series.reduce((sum, m) => sum + m.count, 0);
  const busiest = series.reduce((best, m) => (m.count > best.count ? m : best), { month: '', count: 0 });
  const summary =
    total === 0
      ? t('monthlySummaryNone')
      : t('monthlySummary', [formatCount(total), formatMonthYear(busiest.month), formatCount(busiest.count)]);
  return (
    <section aria-labelledby="monthly-heading">
      <h3 id="monthly-heading">{t('monthlyHeading')}</h3>
      <p>{summary}</p>
      <ColumnChart
        title={t('monthlyChartTitle')}
        summary={summary}
        tableToggle={t('chartShowNumbers')}
        labelHeader={t('colMonth')}
        valueHeader={t('colReflections')}
        data={series.map((m) => ({
          label: formatMonthYear(m.month),
          shortLabel: formatShortMonth(m.month),
          value: m.count,
        }))}
      />
    </section>
  );
}

function PromptsThatLed({ reflections }: { reflections: readonly Reflection[] }) {
  const counts = useMemo(() => reflectionsByPrompt(reflections, builtInPromptTexts), [reflections]);
  return (
    <section aria-labelledby="prompts-heading">
      <h3 id="prompts-heading">{t('promptsLedHeading')}</h3>
      {counts.length === 0 ? (
        <p class="pom-hint">{t('promptsLedNone')}</p>
      ) : (
        <BarTable
          caption={t('promptsLedCaption')}
          labelHeader={t('colPrompt')}
          valueHeader={t('colReflections')}
          rows={counts.map((c) => ({
            key: c.promptId,
            label: c.text ?? t('promptUnknown', c.promptId),
            value: c.count,
          }))}
        />
      )}
    </section>
  );
}
