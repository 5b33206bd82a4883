import { useEffect, useState } from 'preact/hooks';
import { enableSites, siteActions } from '../../src/shell/enable-sites';
import { sendToBackground } from '../../src/shell/messages';
import { settingsItem } from '../../src/shell/settings-store';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { SiteChooser } from '../../src/ui/site-chooser';
import { useSettings } from '../../src/ui/use-settings';
import { type Profession, professions } from '../../src/vocabulary';

const frequencies = [
  { cap: 1, key: 'freqRare' },
  { cap: 3, key: 'freqSome' },
  { cap: 5, key: 'freqOften' },
] as const;

/** First run: what it does and never does, who you are, where it runs, how often it speaks. */
export function Onboarding() {
  const { settings: eff, failed, save } = useSettings(settingsItem);
  const [profession, setProfession] = useState<Profession | null>(null);
  const [cap, setCap] = useState(3);
  const [seeded, setSeeded] = useState(false);
  const [finished, setFinished] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // The choices start from what is stored (or the organisation's default) once, then are the user's.
  useEffect(() => {
    if (!eff || seeded) return;
    setProfession(eff.settings.profession);
    setCap(eff.settings.dailyCap);
    setSeeded(true);
  }, [eff, seeded]);
  if (!eff) {
    return (
      <main class="onboarding">{failed && <Notice tone="error">{t('settingsLoadFailed')}</Notice>}</main>
    );
  }

  const finish = async () => {
    try {
      await save({ onboarded: true, profession, dailyCap: cap });
      await sendToBackground({ type: 'sites:sync' });
      setFinished(true);
    } catch {
      setProblem(t('settingsSaveFailed'));
    }
  };
  const pendingOrgSites = eff.orgSites;

  return (
    <main class="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>
      <section aria-labelledby="ob-promise">
        <h2 id="ob-promise">{t('onboardingPromiseHeading')}</h2>
        <ul>
          <li>{t('promiseOne')}</li>
          <li>{t('promiseTwo')}</li>
          <li>{t('promiseThree')}</li>
          <li>{t('promiseFour')}</li>
          <li>
            <strong>{t('promiseUninstall')}</strong>
          </li>
        </ul>
      </section>

      <section aria-labelledby="ob-profession">
        <h2 id="ob-profession">{t('onboardingProfession')}</h2>
        <div role="radiogroup" aria-labelledby="ob-profession">
          {professions.map((p) => (
            <label key={p} class="pom-check">
              <input
                type="radio"
                name="profession"
                value={p}
                checked={profession === p}
                onChange={() => setProfession(p)}
              />
              {label('profession', p)}
            </label>
          ))}
        </div>
        {eff.orgProfession && <p class="pom-hint">{t('orgDefaultProfession')}</p>}
      </section>

      <section aria-labelledby="ob-sites">
        <h2 id="ob-sites">{t('onboardingSites')}</h2>
        <p>{t('onboardingSitesIntro')}</p>
        {pendingOrgSites.length > 0 && (
          <Notice>
            {t('orgSitesSuggested')}{' '}
            <Button
              onClick={() => void enableSites(pendingOrgSites).catch(() => setProblem(t('enableFailed')))}
            >
              {t('orgSitesAllow')}
            </Button>
          </Notice>
        )}
        <SiteChooser sites={eff.settings.sites} orgSites={eff.orgSites} actions={siteActions} />
      </section>

      <section aria-labelledby="ob-frequency">
        <h2 id="ob-frequency">{t('onboardingFrequency')}</h2>
        <div role="radiogroup" aria-labelledby="ob-frequency">
          {frequencies.map((f) => (
            <label key={f.cap} class="pom-check">
              <input type="radio" name="frequency" checked={cap === f.cap} onChange={() => setCap(f.cap)} />
              {t(f.key)}
            </label>
          ))}
        </div>
        <p class="pom-hint">{t('onboardingFrequencyHint')}</p>
      </section>

      {problem && <Notice tone="error">{problem}</Notice>}
      <Button variant="primary" onClick={() => void finish()}>
        {t('onboardingFinish')}
      </Button>
      {finished && (
        <Notice tone="success">
          {eff.settings.sites.length > 0 ? t('onboardingDone') : t('onboardingDoneNoSites')}{' '}
          <a href="/options.html#settings">{t('onboardingOpenSettings')}</a>
        </Notice>
      )}
    </main>
  );
}
