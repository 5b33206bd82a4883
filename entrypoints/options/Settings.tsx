import { useEffect, useState } from 'preact/hooks';
import { parsePromptPackText } from '../../src/prompts/packs';
import {
  clearPromptEvents,
  deletePack,
  listPacks,
  type StoredPack,
  savePack,
} from '../../src/reflections/store';
import type { EffectiveSettings } from '../../src/settings/merge';
import type { Settings } from '../../src/settings/schema';
import { getDb } from '../../src/shell/db';
import { siteActions } from '../../src/shell/enable-sites';
import { loadSettings, saveSettings } from '../../src/shell/settings-store';
import { Button, Check, Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { SiteChooser } from '../../src/ui/site-chooser';
import { exportFormats, professions, promptCategories } from '../../src/vocabulary';
import { RevalidationProfileSection } from './RevalidationProfile';

type Status = { tone: 'success' | 'error'; text: string } | null;

/** The user's choices; organisation settings show as locked. Every change saves at once and reaches open tabs. */
export function SettingsPanel() {
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [packProblems, setPackProblems] = useState<string[]>([]);

  const reload = async () => {
    setEff(await loadSettings({ managedWaitMs: 1500 }));
    setPacks(await listPacks(await getDb()));
  };
  useEffect(() => {
    reload().catch(() => setStatus({ tone: 'error', text: t('settingsLoadFailed') }));
  }, []);
  if (!eff) return <p>{t('loading')}</p>;
  const s = eff.settings;

  const update = async (patch: Partial<Settings>) => {
    try {
      await saveSettings(patch);
      setEff(await loadSettings({ managedWaitMs: 1500 }));
      setStatus({ tone: 'success', text: t('settingsSaved') });
    } catch {
      setStatus({ tone: 'error', text: t('settingsSaveFailed') });
    }
  };

  const loadPack = async (file: File) => {
    setPackProblems([]);
    const result = parsePromptPackText(await file.text());
    if (!result.ok) {
      setPackProblems(result.problems.map((p) => `${p.promptId ?? '—'} · ${p.field}: ${p.message}`));
      return;
    }
    try {
      await savePack(await getDb(), {
        name: result.pack.name,
        enabled: true,
        addedAt: new Date().toISOString(),
        pack: result.pack,
      });
      await reload();
      setStatus({
        tone: 'success',
        text: t('packLoaded', [result.pack.name, String(result.pack.prompts.length)]),
      });
    } catch {
      setStatus({ tone: 'error', text: t('packSaveFailed') });
    }
  };

  const setPackEnabled = async (pack: StoredPack, enabled: boolean) => {
    await savePack(await getDb(), { ...pack, enabled });
    await reload();
  };

  return (
    <div class="settings">
      <h2>{t('settingsHeading')}</h2>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}

      <section aria-labelledby="set-profession">
        <h3 id="set-profession">{t('settingsProfession')}</h3>
        <Field
          label={t('professionLabel')}
          hint={eff.orgProfession ? t('orgDefaultProfession') : t('professionHint')}
        >
          {(id, describedBy) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={s.profession ?? ''}
              onChange={(e) =>
                void update({ profession: (e.currentTarget.value || null) as Settings['profession'] })
              }
            >
              <option value="">{t('choose')}</option>
              {professions.map((p) => (
                <option key={p} value={p}>
                  {label('profession', p)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>

      <RevalidationProfileSection
        profile={s.revalidation}
        profession={s.profession}
        onChange={(revalidation) => void update({ revalidation })}
      />

      <section aria-labelledby="set-prompts">
        <h3 id="set-prompts">{t('settingsPrompts')}</h3>
        <Check
          label={t('promptsEnabled')}
          checked={s.promptsEnabled}
          onChange={(on) => void update({ promptsEnabled: on })}
        />
        <Field
          label={t('dailyCapLabel')}
          hint={
            eff.dailyCapRange.setByOrganisation
              ? t('dailyCapOrg', [String(eff.dailyCapRange.min), String(eff.dailyCapRange.max)])
              : t('dailyCapHint')
          }
        >
          {(id, describedBy) => (
            <input
              id={id}
              type="number"
              aria-describedby={describedBy}
              min={eff.dailyCapRange.min}
              max={eff.dailyCapRange.max}
              value={s.dailyCap}
              onChange={(e) => {
                const n = Number.parseInt(e.currentTarget.value, 10);
                if (Number.isFinite(n)) void update({ dailyCap: Math.max(0, Math.min(20, n)) });
              }}
            />
          )}
        </Field>
        <Check
          label={t('quietHoursEnabled')}
          checked={s.quietHours.enabled}
          onChange={(on) => void update({ quietHours: { ...s.quietHours, enabled: on } })}
        />
        {s.quietHours.enabled && (
          <div class="pom-row">
            <Field label={t('quietFrom')}>
              {(id) => (
                <input
                  id={id}
                  type="time"
                  value={s.quietHours.start}
                  onChange={(e) =>
                    void update({ quietHours: { ...s.quietHours, start: e.currentTarget.value } })
                  }
                />
              )}
            </Field>
            <Field label={t('quietTo')}>
              {(id) => (
                <input
                  id={id}
                  type="time"
                  value={s.quietHours.end}
                  onChange={(e) =>
                    void update({ quietHours: { ...s.quietHours, end: e.currentTarget.value } })
                  }
                />
              )}
            </Field>
          </div>
        )}
        <fieldset>
          <legend class="pom-legend">{t('categoriesLegend')}</legend>
          {promptCategories.map((c) => {
            const byOrg = eff.orgDisabledCategories.includes(c);
            return (
              <Check
                key={c}
                label={label('category', c)}
                hint={byOrg ? t('setByOrganisation') : undefined}
                checked={!s.disabledCategories.includes(c)}
                onChange={(on) => {
                  if (byOrg) return;
                  const mine = s.disabledCategories.filter((x) => !eff.orgDisabledCategories.includes(x));
                  void update({ disabledCategories: on ? mine.filter((x) => x !== c) : [...mine, c] });
                }}
              />
            );
          })}
        </fieldset>
        <Button
          onClick={async () => {
            await clearPromptEvents(await getDb());
            setStatus({ tone: 'success', text: t('historyReset') });
          }}
        >
          {t('resetHistory')}
        </Button>
      </section>

      <section aria-labelledby="set-sites">
        <h3 id="set-sites">{t('settingsSites')}</h3>
        <SiteChooser
          sites={s.sites}
          orgSites={eff.orgSites}
          onChange={() => void reload()}
          actions={siteActions}
        />
      </section>

      <section aria-labelledby="set-packs">
        <h3 id="set-packs">{t('settingsPacks')}</h3>
        <p class="pom-hint">{t('packsHint')}</p>
        {eff.orgPack && <p>{t('orgPackActive', [eff.orgPack.name, String(eff.orgPack.prompts.length)])}</p>}
        <Field label={t('packFileLabel')}>
          {(id) => (
            <input
              id={id}
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void loadPack(file);
                e.currentTarget.value = '';
              }}
            />
          )}
        </Field>
        {packProblems.length > 0 && (
          <div class="pom-notice" data-tone="error" role="alert">
            <p>{t('packInvalid')}</p>
            <ul>
              {packProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <ul>
          {packs.map((p) => (
            <li key={p.name} class="pom-row">
              <Check
                label={t('packItem', [p.name, String(p.pack.prompts.length)])}
                checked={p.enabled}
                onChange={(on) => void setPackEnabled(p, on)}
              />
              <Button
                variant="quiet"
                aria-label={t('packRemove', p.name)}
                onClick={async () => {
                  await deletePack(await getDb(), p.name);
                  await reload();
                }}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="set-export">
        <h3 id="set-export">{t('settingsExport')}</h3>
        <Field label={t('exportFormatLabel')}>
          {(id) => (
            <select
              id={id}
              value={s.exportFormat}
              onChange={(e) =>
                void update({ exportFormat: e.currentTarget.value as Settings['exportFormat'] })
              }
            >
              {exportFormats.map((f) => (
                <option key={f} value={f}>
                  {label('format', f)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <a href="#export">{t('dataControlsLink')}</a>
        </p>
      </section>

      <section aria-labelledby="set-keys">
        <h3 id="set-keys">{t('settingsKeys')}</h3>
        <dl>
          <dt>
            <kbd>{t('shortcutRecord')}</kbd>
          </dt>
          <dd>{t('keyRecord')}</dd>
          <dt>
            <kbd>{t('shortcutCard')}</kbd>
          </dt>
          <dd>{t('keyFocusCard')}</dd>
          <dt>
            <kbd>{t('shortcutClose')}</kbd>
          </dt>
          <dd>{t('keyCloseCard')}</dd>
        </dl>
        <p class="pom-hint">{t('keysChange')}</p>
      </section>
    </div>
  );
}
