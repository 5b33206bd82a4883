import { clearPromptEvents } from '../../src/reflections/store';
import { getDb } from '../../src/shell/db';
import { Button, Check, Field } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { promptCategories } from '../../src/vocabulary';
import type { SectionProps, Status } from './settings-section';

/** Whether prompts show, how often, when not, which themes, and a fresh start for their history. */
export function PromptsSection({ eff, update, onStatus }: SectionProps & { onStatus: (s: Status) => void }) {
  const resetHistory = async () => {
    try {
      await clearPromptEvents(await getDb());
      onStatus({ tone: 'success', text: t('historyReset') });
    } catch {
      onStatus({ tone: 'error', text: t('settingsSaveFailed') });
    }
  };
  return (
    <section aria-labelledby="set-prompts">
      <h3 id="set-prompts">{t('settingsPrompts')}</h3>
      <Check
        label={t('promptsEnabled')}
        checked={eff.settings.promptsEnabled}
        onChange={(on) => void update({ promptsEnabled: on })}
      />
      <DailyCapField eff={eff} update={update} />
      <QuietHoursFields eff={eff} update={update} />
      <CategoryChecks eff={eff} update={update} />
      <Button onClick={() => void resetHistory()}>{t('resetHistory')}</Button>
    </section>
  );
}

function DailyCapField({ eff, update }: SectionProps) {
  const range = eff.dailyCapRange;
  return (
    <Field
      label={t('dailyCapLabel')}
      hint={
        range.setByOrganisation ? t('dailyCapOrg', [String(range.min), String(range.max)]) : t('dailyCapHint')
      }
    >
      {(id, describedBy) => (
        <input
          id={id}
          type="number"
          aria-describedby={describedBy}
          min={range.min}
          max={range.max}
          value={eff.settings.dailyCap}
          onChange={(e) => {
            const n = Number.parseInt(e.currentTarget.value, 10);
            if (Number.isFinite(n)) void update({ dailyCap: Math.max(0, Math.min(20, n)) });
          }}
        />
      )}
    </Field>
  );
}

function QuietHoursFields({ eff, update }: SectionProps) {
  const quiet = eff.settings.quietHours;
  const time = (labelText: string, key: 'start' | 'end') => (
    <Field label={labelText}>
      {(id) => (
        <input
          id={id}
          type="time"
          value={quiet[key]}
          onChange={(e) => void update({ quietHours: { ...quiet, [key]: e.currentTarget.value } })}
        />
      )}
    </Field>
  );
  return (
    <>
      <Check
        label={t('quietHoursEnabled')}
        checked={quiet.enabled}
        onChange={(on) => void update({ quietHours: { ...quiet, enabled: on } })}
      />
      {quiet.enabled && (
        <div class="pom-row">
          {time(t('quietFrom'), 'start')}
          {time(t('quietTo'), 'end')}
        </div>
      )}
    </>
  );
}

/** One box a theme; the organisation's switched-off themes stay off and say so. */
function CategoryChecks({ eff, update }: SectionProps) {
  const disabled = eff.settings.disabledCategories;
  return (
    <fieldset>
      <legend class="pom-legend">{t('categoriesLegend')}</legend>
      {promptCategories.map((c) => {
        const byOrg = eff.orgDisabledCategories.includes(c);
        return (
          <Check
            key={c}
            label={label('category', c)}
            hint={byOrg ? t('setByOrganisation') : undefined}
            checked={!disabled.includes(c)}
            onChange={(on) => {
              if (byOrg) return;
              const mine = disabled.filter((x) => !eff.orgDisabledCategories.includes(x));
              void update({ disabledCategories: on ? mine.filter((x) => x !== c) : [...mine, c] });
            }}
          />
        );
      })}
    </fieldset>
  );
}
