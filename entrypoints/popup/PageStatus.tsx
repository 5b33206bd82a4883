import { useEffect, useState } from 'preact/hooks';
import type { DetectionMode } from '../../src/detect/detection';
import type { EffectiveSettings } from '../../src/settings/merge';
import { patternCovers, sitePatternFor } from '../../src/settings/sites';
import { type CurrentTab, currentTab } from '../../src/shell/current-tab';
import { disableSite, enableSites } from '../../src/shell/enable-sites';
import { injectInto } from '../../src/shell/site-registration';
import { Button, Notice } from '../../src/ui/components';
import { type MessageKey, t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { PassOnThisPrompt } from './PassOnThisPrompt';

/** The mode in a word: drafting it, reviewing someone else's, or taking part. */
const planningMessage: Record<DetectionMode, MessageKey> = {
  drafting: 'pageIsPlanning',
  reviewing: 'pageIsPlanningReviewing',
  'taking-part': 'pageIsPlanningTakingPart',
};

/** What Power of Many makes of this page, and the switch to turn it on or off here. */
export function PageStatus({ settings, tabId }: { settings: EffectiveSettings; tabId?: number }) {
  const [tab, setTab] = useState<CurrentTab | null | undefined>(undefined);
  const [sites, setSites] = useState(settings.settings.sites);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = () => currentTab(tabId).then(setTab, () => setTab(null));
  useEffect(() => void refresh(), []);

  if (tab === undefined) return null;
  if (tab === null) {
    return (
      <section aria-labelledby="page-heading" class="page-status">
        <h2 id="page-heading">{t('thisPage')}</h2>
        <p class="pom-hint">{t('pageNotWeb')}</p>
      </section>
    );
  }
  const pattern = sitePatternFor(tab.url);
  const host = new URL(tab.url).hostname;
  const enabled = pattern !== null && sites.some((s) => patternCovers(s, pattern));
  const byOrg = pattern !== null && settings.orgSites.some((s) => patternCovers(s, pattern));
  const detection = tab.report?.detection ?? null;

  const enable = () => {
    if (!pattern) return;
    enableSites([pattern]).then(
      async (granted) => {
        if (!granted) return setProblem(t('enableDeclined'));
        setSites((prev) => [...new Set([...prev, pattern])]);
        await injectInto(tab.id).catch(() => undefined);
        setTimeout(() => void refresh(), 600);
      },
      () => setProblem(t('enableFailed')),
    );
  };

  const disable = async () => {
    if (!pattern) return;
    await disableSite(pattern);
    setSites((prev) => prev.filter((s) => s !== pattern));
    setTab({ ...tab, report: null });
  };

  return (
    <section aria-labelledby="page-heading" class="page-status">
      <h2 id="page-heading">{t('thisPage')}</h2>
      {!enabled && (
        <>
          <p>{t('siteNotEnabled', host)}</p>
          <Button variant="primary" onClick={enable}>
            {t('enableOnSite')}
          </Button>
        </>
      )}
      {enabled && detection && (
        <>
          <p aria-live="polite">
            {detection.planning && detection.context
              ? t(planningMessage[detection.mode ?? 'drafting'], label('context', detection.context))
              : t('pageNotPlanning')}
          </p>
          {detection.signals.length > 0 && (
            <details>
              <summary>{t('whyThisReading')}</summary>
              <ul>
                {detection.signals.map((s) => (
                  <li key={`${s.source}:${s.term}`}>
                    {s.term}{' '}
                    <span class="pom-hint">({s.weight > 0 ? t('signalFor') : t('signalAgainst')})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {enabled && detection && tab.report?.promptId && (
        <PassOnThisPrompt
          promptId={tab.report.promptId}
          site={host}
          context={detection.context ?? null}
          settings={settings}
        />
      )}
      {enabled && !detection && <p class="pom-hint">{t('pageNotChecked')}</p>}
      {enabled &&
        (byOrg ? (
          <p class="pom-hint">{t('siteSetByOrg')}</p>
        ) : (
          <Button variant="quiet" onClick={() => void disable()}>
            {t('disableOnSite', host)}
          </Button>
        ))}
      {problem && <Notice tone="error">{problem}</Notice>}
    </section>
  );
}
