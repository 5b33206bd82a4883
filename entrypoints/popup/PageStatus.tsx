import { useEffect, useState } from 'preact/hooks';
import type { DetectionMode } from '../../src/detect/detection';
import type { SilenceReason } from '../../src/prompts/select';
import type { EffectiveSettings } from '../../src/settings/merge';
import { patternCovers, sitePatternFor } from '../../src/settings/sites';
import { type CurrentTab, currentTab, type DetectionReport } from '../../src/shell/current-tab';
import { disableSite, enableSites } from '../../src/shell/enable-sites';
import { sendToBackground } from '../../src/shell/messages';
import { watchTabStates } from '../../src/shell/page-state';
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

/**
 * Why a planning page got no card, from the background's decision. Not planning is said above already;
 * the rest are the selection's reasons and the router's own (closed, could not show).
 */
const silenceMessage: Record<
  Exclude<SilenceReason, 'unsure-detection'> | 'closed' | 'card-failed',
  MessageKey
> = {
  'prompts-off': 'noPromptPromptsOff',
  'quiet-hours': 'noPromptQuietHours',
  snoozed: 'noPromptSnoozed',
  'site-muted': 'noPromptSiteMuted',
  'acted-on-this-visit': 'noPromptActedOn',
  'shown-prompt-unavailable': 'noPromptUnavailable',
  'daily-cap': 'noPromptDailyCap',
  'site-cooldown': 'noPromptSiteCooldown',
  'no-candidates': 'noPromptNoneFits',
  closed: 'noPromptClosed',
  'card-failed': 'noPromptCardFailed',
};

function whyNoPrompt(report: DetectionReport): MessageKey | null {
  const { decision } = report;
  if (!report.detection.planning || report.promptId || !Object.hasOwn(silenceMessage, decision)) return null;
  return silenceMessage[decision as keyof typeof silenceMessage];
}

/** The page in a sentence, why it got no card if so, and the signals behind the reading. */
function PageReading({ report }: { report: DetectionReport }) {
  const { detection } = report;
  const why = whyNoPrompt(report);
  return (
    <>
      <p aria-live="polite">
        {detection.planning && detection.context
          ? t(planningMessage[detection.mode ?? 'drafting'], label('context', detection.context))
          : t('pageNotPlanning')}
      </p>
      {why && <p class="pom-hint">{t(why)}</p>}
      {detection.signals.length > 0 && (
        <details>
          <summary>{t('whyThisReading')}</summary>
          <ul>
            {detection.signals.map((s) => (
              <li key={`${s.source}:${s.term}`}>
                {s.term} <span class="pom-hint">({s.weight > 0 ? t('signalFor') : t('signalAgainst')})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The tab under the popup and the background's latest decision for it, refreshed as each is recorded. */
function useCurrentTab(tabId?: number) {
  const [tab, setTab] = useState<CurrentTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let stop = () => {};
    const show = (found: CurrentTab | null) => live && setTab(found);
    void currentTab(tabId).then(
      (found) => {
        show(found);
        if (!live || !found) return;
        const refresh = () => void currentTab(found.id).then(show, () => undefined);
        stop = watchTabStates(found.id, refresh);
        // A decision recorded between the first read and the watch starting is read here.
        refresh();
      },
      () => show(null),
    );
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return [tab, setTab] as const;
}

/**
 * A page on an enabled site is left unread on load when no card could show there (the day's cap, the
 * site's cool-down, quiet hours); opening the popup on it is the user asking, so it is read now.
 */
function useReadWhenAsked(tabId: number | undefined, unread: boolean): 'reading' | 'done' | null {
  const [status, setStatus] = useState<'reading' | 'done' | null>(null);
  useEffect(() => {
    if (!unread || tabId === undefined) return;
    let live = true;
    setStatus('reading');
    const done = () => live && setStatus('done');
    sendToBackground({ type: 'page:read', tabId }).then(done, done);
    return () => {
      live = false;
    };
  }, [tabId, unread]);
  return status;
}

/** What Power of Many makes of this page, and the switch to turn it on or off here. */
export function PageStatus({ settings, tabId }: { settings: EffectiveSettings; tabId?: number }) {
  const [tab, setTab] = useCurrentTab(tabId);
  const [problem, setProblem] = useState<string | null>(null);
  const sites = settings.settings.sites;
  const tabPattern = tab ? sitePatternFor(tab.url) : null;
  const onEnabledSite = tabPattern !== null && sites.some((s) => patternCovers(s, tabPattern));
  const reading = useReadWhenAsked(tab?.id, onEnabledSite && !!tab && !tab.report);

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

  const enable = () => {
    if (!pattern) return;
    enableSites([pattern]).then(
      async (granted) => {
        // The background looks into open tabs on the site; the decision arrives through the tab watch above.
        if (!granted) setProblem(t('enableDeclined'));
      },
      () => setProblem(t('enableFailed')),
    );
  };

  const disable = async () => {
    if (!pattern) return;
    await disableSite(pattern);
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
      {enabled && tab.report && <PageReading report={tab.report} />}
      {enabled && tab.report?.promptId && (
        <PassOnThisPrompt
          promptId={tab.report.promptId}
          site={host}
          context={tab.report.detection.context ?? null}
          settings={settings}
        />
      )}
      {enabled && !tab.report && (
        <p class="pom-hint" aria-live="polite">
          {t(reading === 'reading' ? 'pageReading' : 'pageNotChecked')}
        </p>
      )}
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
