import { useEffect, useState } from 'preact/hooks';
import { keptDraftFields, reflectionFromDraft } from '../../src/reflections/create';
import { CAPTURE_DRAFT_ID, type DraftFields, emptyDraftFields } from '../../src/reflections/draft';
import { localDate as today } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import {
  clearDraft,
  getDraft,
  listNewestReflections,
  type PomDb,
  StoreError,
  saveDraft,
  saveReflectionAndClearDraft,
} from '../../src/reflections/store';
import { takeCaptureOffer } from '../../src/shell/capture-window';
import { getDb } from '../../src/shell/db';
import { settingsItem } from '../../src/shell/settings-store';
import { CaptureForm } from '../../src/ui/capture-form';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { useAutosave } from '../../src/ui/use-autosave';
import { useSettings } from '../../src/ui/use-settings';
import { Overdue } from './Overdue';
import { PageStatus } from './PageStatus';

type Status = { tone: 'success' | 'error' | 'warning'; text: string } | null;

type Props = { inWindow: boolean; tabId?: number; offerId?: string | null };

export function Popup({ inWindow, tabId, offerId = null }: Props) {
  const [db, setDb] = useState<PomDb | null>(null);
  const { settings } = useSettings(settingsItem);
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof DraftFields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [recent, setRecent] = useState<Reflection[]>([]);

  useEffect(() => {
    void (async () => {
      try {
        const opened = await getDb();
        const [draft, offered] = await Promise.all([
          getDraft(opened, CAPTURE_DRAFT_ID),
          takeCaptureOffer(offerId).catch(() => undefined),
        ]);
        // A note from "Reflect on selection" about the quote is shown once, then dropped from the draft.
        const { quoteNotice, ...restored } = draft?.fields ?? emptyDraftFields(today());
        if (quoteNotice)
          setStatus({ tone: 'warning', text: t(quoteNotice === 'cut' ? 'quoteCut' : 'quoteNotAdded') });
        // The page's title and address arrive in memory and stay there unless the user ticks to keep them.
        setFields(offered ? withOfferedPage(restored, offered) : restored);
        setRecent(await listNewestReflections(opened, 3));
        setDb(opened);
        void navigator.storage?.persist?.();
      } catch (error) {
        setStatus({ tone: 'error', text: storeMessage(error) });
        setFields(emptyDraftFields(today()));
      }
    })();
  }, []);

  useAutosave(
    fields,
    async (value) => {
      if (!db || !value) return;
      try {
        const kept = keptDraftFields(value);
        if (isBlank(kept)) await clearDraft(db, CAPTURE_DRAFT_ID);
        else await saveDraft(db, { id: CAPTURE_DRAFT_ID, savedAt: new Date().toISOString(), fields: kept });
      } catch (error) {
        setStatus({ tone: 'error', text: t('draftSaveFailed', storeMessage(error)) });
      }
    },
    { enabled: db !== null && fields !== null },
  );

  const save = async (e: Event) => {
    e.preventDefault();
    if (!db || !fields) return;
    const result = reflectionFromDraft(fields, { now: new Date(), uuid: () => crypto.randomUUID() });
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((er) => [er.field, er.message])));
      setStatus({ tone: 'error', text: t('saveInvalid') });
      return;
    }
    try {
      await saveReflectionAndClearDraft(db, result.reflection, CAPTURE_DRAFT_ID);
      setErrors({});
      setFields(emptyDraftFields(today()));
      setRecent(await listNewestReflections(db, 3));
      setStatus({
        tone: result.reflection.pii.length > 0 ? 'warning' : 'success',
        text: result.reflection.pii.length > 0 ? t('savedWithPii') : t('saved'),
      });
    } catch (error) {
      setStatus({ tone: 'error', text: t('saveFailed', storeMessage(error)) });
    }
  };

  return (
    <main class="popup">
      <header class="pom-row popup-head">
        <h1>{t('extName')}</h1>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('openLog')}
        </a>
      </header>
      {!inWindow && settings && <PageStatus settings={settings} tabId={tabId} />}
      <form onSubmit={save} aria-labelledby="capture-heading">
        <h2 id="capture-heading">{t('captureHeading')}</h2>
        {fields?.promptId && (
          <Notice>
            {t('fromPrompt')} <strong>{fields.title}</strong>
          </Notice>
        )}
        {fields && (
          <CaptureForm
            fields={fields}
            onChange={(f) => {
              setFields(f);
              if (status?.tone === 'success') setStatus(null);
            }}
            profession={settings?.settings.profession ?? null}
            errors={errors}
          />
        )}
        <div class="pom-row">
          <Button type="submit" variant="primary" disabled={!db}>
            {t('saveReflection')}
          </Button>
          {inWindow && <Button onClick={() => window.close()}>{t('closeWindow')}</Button>}
        </div>
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
        <p class="pom-hint">{t('draftKept')}</p>
      </form>
      <Overdue db={db} version={recent} />
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('recentHeading')}</h2>
        {recent.length === 0 ? (
          <p class="pom-hint">{t('recentEmpty')}</p>
        ) : (
          <ul class="recent">
            {recent.map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong> <span class="pom-hint">{r.occurredOn}</span>
              </li>
            ))}
          </ul>
        )}
        <a href="/options.html" target="_blank" rel="noopener">
          {t('openFullLog')}
        </a>
      </section>
    </main>
  );
}

/** A new page starts this reflection: offer its title and address, unticked. */
function withOfferedPage(f: DraftFields, page: { title?: string; url?: string }): DraftFields {
  const { pageTitle: _title, pageUrl: _url, ...rest } = f;
  return {
    ...rest,
    pageTitle: page.title ?? '',
    ...(page.url ? { pageUrl: page.url } : {}),
    keepPageTitle: false,
    keepPageUrl: false,
  };
}

function isBlank(f: DraftFields): boolean {
  return (
    !f.title.trim() && !f.what.trim() && !f.soWhat.trim() && !f.nowWhat.trim() && !f.promptId && !f.pageTitle
  );
}

function storeMessage(error: unknown): string {
  return error instanceof StoreError ? error.userMessage : t('unexpectedError');
}
