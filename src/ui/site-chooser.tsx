import { useState } from 'preact/hooks';
import { knownPlatforms, normaliseSiteInput, patternCovers } from '../settings/sites';
import { Button, Field, Notice } from './components';
import { type MessageKey, t } from './i18n';
import type { SiteActions } from './site-actions';

/** The page shows the new list when its settings hear the change; onChange is for anything more. */
type Props = { sites: string[]; orgSites: string[]; onChange?: () => void; actions: SiteActions };

/** Known platforms one click each, any intranet address typed in, and the list with remove. */
export function SiteChooser({ sites, orgSites, onChange, actions }: Props) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const ask = (patterns: string[], name: string) => {
    setProblem(null);
    actions.enableSites(patterns).then(
      (granted) => {
        if (granted) {
          setDone(t('siteEnabled', name));
          onChange?.();
        } else setProblem(t('enableDeclined'));
      },
      () => setProblem(t('enableFailed')),
    );
  };

  const addTyped = (e: Event) => {
    e.preventDefault();
    const pattern = normaliseSiteInput(typed);
    if (!pattern) return setProblem(t('siteInvalid'));
    ask([pattern], pattern);
    setTyped('');
  };

  const isOn = (patterns: readonly string[]) => patterns.every((p) => sites.some((s) => patternCovers(s, p)));
  const remove = async (pattern: string) => {
    await actions.disableSite(pattern);
    onChange?.();
  };

  return (
    <div class="sites">
      <ul class="platforms">
        {knownPlatforms.map((p) => {
          const name = t(`platform_${p.id}` as MessageKey);
          return (
            <li key={p.id} class="pom-row">
              <span>{name}</span>
              {isOn(p.patterns) ? (
                <span class="pom-hint">{t('siteOn')}</span>
              ) : (
                <Button onClick={() => ask([...p.patterns], name)} aria-label={t('enablePlatform', name)}>
                  {t('enable')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <form onSubmit={addTyped}>
        <Field label={t('siteAddLabel')} hint={t('siteAddHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              aria-describedby={describedBy}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit">{t('siteAdd')}</Button>
      </form>
      {problem && <Notice tone="error">{problem}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
      <h3>{t('sitesEnabledHeading')}</h3>
      {sites.length === 0 ? (
        <p class="pom-hint">{t('sitesNone')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((s) => (
            <li key={s} class="pom-row">
              <code>{s}</code>
              {orgSites.includes(s) ? (
                <span class="pom-hint">{t('setByOrganisation')}</span>
              ) : (
                <Button variant="quiet" onClick={() => void remove(s)} aria-label={t('siteRemove', s)}>
                  {t('remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
