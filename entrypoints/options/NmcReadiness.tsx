import { useMemo } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import type { NmcReadiness } from '../../src/reflections/nmc-readiness';
import { nmcReadiness } from '../../src/reflections/readiness';
import type { RevalidationProfile } from '../../src/reflections/revalidation';
import { ProgressMeter } from '../../src/ui/charts';
import { Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { nmcThemes } from '../../src/vocabulary';
import { formatCount, formatLongDate } from './format';
import { ChooseFive, IncompleteAccounts } from './NmcAccounts';
import { NmcChecklist } from './NmcChecklist';
import { NmcDiscussion } from './NmcDiscussion';
import { useRevalidationRecord } from './use-revalidation';

type Props = { reflections: readonly Reflection[]; now: Date; profile: RevalidationProfile };

/** A tick in a circle, or an empty circle: the tile's words say the same, this is only the picture. */
function TileIcon({ covered }: { covered: boolean }) {
  return (
    <svg
      width="24"
      height="24"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke-width="2.5"
    >
      <circle cx="12" cy="12" r="10" class={covered ? 'tile-covered' : 'tile-missing'} />
      {covered && (
        <path d="M7 12.5l3.2 3.2L17 9" class="tile-covered" stroke-linecap="round" stroke-linejoin="round" />
      )}
    </svg>
  );
}

/** Which Code themes the accounts touch: for information, as no theme is required. */
function NmcThemes({ themes }: { themes: NmcReadiness['themes'] }) {
  return (
    <>
      <h4>{t('nmcThemesHeading')}</h4>
      <p class="pom-hint">{t('nmcThemesHint')}</p>
      <ul class="tiles">
        {nmcThemes.map((theme) => (
          <li key={theme} class="tile" data-covered={String(themes[theme] > 0)}>
            <TileIcon covered={themes[theme] > 0} />
            <span>
              <strong>{label('nmc', theme)}</strong>
              <br />
              {themes[theme] > 0 ? t('nmcThemeCovered', formatCount(themes[theme])) : t('nmcThemeNone')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Nurses, midwives and nursing associates: what the NMC asks for in the three years to renewal. */
export function NmcReadinessView({ reflections, now, profile }: Props) {
  const reval = useRevalidationRecord();
  const r = useMemo(
    () => nmcReadiness(reflections, now, { profile, record: reval.record }),
    [reflections, now, profile, reval.record],
  );
  const byId = useMemo(() => new Map(reflections.map((x) => [x.id, x])), [reflections]);
  const [from, to] = [formatLongDate(r.period.from), formatLongDate(r.period.to)];
  return (
    <section aria-labelledby="nmc-heading">
      <h3 id="nmc-heading">{t('nmcReadinessHeading')}</h3>
      <p class="pom-hint">
        {r.renewalDateSet ? t('nmcPeriodOwn', [from, to]) : t('nmcPeriodGuess', [from, to])}{' '}
        {!r.renewalDateSet && <a href="#settings">{t('readinessOpenSettings')}</a>}
      </p>
      {reval.error && <Notice tone="error">{reval.error}</Notice>}
      <ProgressMeter
        label={t('nmcAccountsLabel')}
        value={r.accounts}
        max={r.needed}
        valueText={t('nmcAccountsValue', [formatCount(r.accounts), formatCount(r.needed)])}
      />
      <p>{r.remaining === 0 ? t('nmcAccountsDone') : t('nmcAccountsRemaining', formatCount(r.remaining))}</p>
      <IncompleteAccounts incomplete={r.incomplete} byId={byId} />
      <ChooseFive r={r} byId={byId} reval={reval} />
      <NmcDiscussion r={r} reval={reval} />
      <NmcThemes themes={r.themes} />
      <NmcChecklist r={r} reval={reval} reflections={reflections} />
    </section>
  );
}
