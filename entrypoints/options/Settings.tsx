import { useState } from 'preact/hooks';
import type { Settings } from '../../src/settings/schema';
import { siteActions } from '../../src/shell/enable-sites';
import { Notice, SelectField } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { SiteChooser } from '../../src/ui/site-chooser';
import type { SettingsView } from '../../src/ui/use-settings';
import { exportFormats, professions } from '../../src/vocabulary';
import { PromptPacksSection } from './PromptPacks';
import { PromptsSection } from './PromptsSettings';
import { RevalidationProfileSection } from './RevalidationProfile';
import type { SectionProps, Status } from './settings-section';

/** The user's choices; organisation settings show as locked. Every change saves at once and reaches open tabs. */
export function SettingsPanel({ view }: { view: SettingsView }) {
  const [status, setStatus] = useState<Status>(null);
  const eff = view.settings;
  if (!eff)
    return view.failed ? <Notice tone="error">{t('settingsLoadFailed')}</Notice> : <p>{t('loading')}</p>;
  const update = async (patch: Partial<Settings>) => {
    try {
      await view.save(patch);
      setStatus({ tone: 'success', text: t('settingsSaved') });
    } catch {
      setStatus({ tone: 'error', text: t('settingsSaveFailed') });
    }
  };
  const s = eff.settings;
  return (
    <div class="settings">
      <h2>{t('settingsHeading')}</h2>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      <ProfessionSection eff={eff} update={update} />
      <RevalidationProfileSection
        profile={s.revalidation}
        profession={s.profession}
        onChange={(revalidation) => void update({ revalidation })}
      />
      <PromptsSection eff={eff} update={update} onStatus={setStatus} />
      <section aria-labelledby="set-sites">
        <h3 id="set-sites">{t('settingsSites')}</h3>
        <SiteChooser sites={s.sites} orgSites={eff.orgSites} actions={siteActions} />
      </section>
      <PromptPacksSection orgPack={eff.orgPack} onStatus={setStatus} />
      <ExportFormatSection eff={eff} update={update} />
      <KeysSection />
    </div>
  );
}

function ProfessionSection({ eff, update }: SectionProps) {
  return (
    <section aria-labelledby="set-profession">
      <h3 id="set-profession">{t('settingsProfession')}</h3>
      <SelectField
        label={t('professionLabel')}
        hint={eff.orgProfession ? t('orgDefaultProfession') : t('professionHint')}
        value={eff.settings.profession ?? ''}
        empty={t('choose')}
        options={professions.map((p) => ({ value: p, label: label('profession', p) }))}
        onChange={(profession) => void update({ profession: profession || null })}
      />
    </section>
  );
}

function ExportFormatSection({ eff, update }: SectionProps) {
  return (
    <section aria-labelledby="set-export">
      <h3 id="set-export">{t('settingsExport')}</h3>
      <SelectField
        label={t('exportFormatLabel')}
        value={eff.settings.exportFormat}
        options={exportFormats.map((f) => ({ value: f, label: label('format', f) }))}
        onChange={(exportFormat) => exportFormat && void update({ exportFormat })}
      />
      <p>
        <a href="#export">{t('dataControlsLink')}</a>
      </p>
    </section>
  );
}

function KeysSection() {
  const keys = [
    ['shortcutRecord', 'keyRecord'],
    ['shortcutCard', 'keyFocusCard'],
    ['shortcutClose', 'keyCloseCard'],
  ] as const;
  return (
    <section aria-labelledby="set-keys">
      <h3 id="set-keys">{t('settingsKeys')}</h3>
      <dl>
        {keys.map(([key, what]) => [
          <dt key={key}>
            <kbd>{t(key)}</kbd>
          </dt>,
          <dd key={what}>{t(what)}</dd>,
        ])}
      </dl>
      <p class="pom-hint">{t('keysChange')}</p>
    </section>
  );
}
