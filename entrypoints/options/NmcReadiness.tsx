import { useMemo } from 'preact/hooks';
import { nmcThemes, type Reflection } from '../../src/reflections/model';
import { nmcReadiness } from '../../src/reflections/readiness';
import { ProgressMeter } from '../../src/ui/charts';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { formatCount, formatLongDate } from './format';

type Props = { reflections: readonly Reflection[]; now: Date };

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

/** Nurses, midwives and nursing associates: five written reflective accounts in three years. */
export function NmcReadinessView({ reflections, now }: Props) {
  const r = useMemo(() => nmcReadiness(reflections, now), [reflections, now]);
  return (
    <section aria-labelledby="nmc-heading">
      <h3 id="nmc-heading">{t('nmcReadinessHeading')}</h3>
      <p class="pom-hint">
        {t('nmcReadinessPeriod', [formatLongDate(r.period.from), formatLongDate(r.period.to)])}
      </p>
      <ProgressMeter
        label={t('nmcAccountsLabel')}
        value={r.accounts}
        max={r.needed}
        valueText={t('nmcAccountsValue', [formatCount(r.accounts), formatCount(r.needed)])}
      />
      <p>{r.remaining === 0 ? t('nmcAccountsDone') : t('nmcAccountsRemaining', formatCount(r.remaining))}</p>
      <h4>{t('nmcThemesHeading')}</h4>
      <ul class="tiles">
        {nmcThemes.map((theme) => {
          const count = r.themes[theme];
          return (
            <li key={theme} class="tile" data-covered={String(count > 0)}>
              <TileIcon covered={count > 0} />
              <span>
                <strong>{label('nmc', theme)}</strong>
                <br />
                {count > 0 ? t('nmcThemeCovered', formatCount(count)) : t('nmcThemeNotCovered')}
              </span>
            </li>
          );
        })}
      </ul>
      <h4>{t('nmcDiscussedHeading')}</h4>
      <p class="pom-hint">{t('nmcDiscussedHint')}</p>
    </section>
  );
}
