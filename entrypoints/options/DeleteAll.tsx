import { useState } from 'preact/hooks';
import { clearAllData, type PomDb } from '../../src/reflections/store';
import { Button, Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { backupFile } from './backup-data';
import { downloadFile } from './download';
import { storeMessage } from './store-message';

type Props = { db: PomDb | null; onDeleted(): Promise<void> };

type Status = { tone: 'success' | 'error'; text: string } | null;

/** The one irreversible action: it asks for the confirmation word, and offers a backup right there first. */
export function DeleteAll({ db, onDeleted }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const word = t('deleteAllWord');

  const backUp = async () => {
    if (!db) return;
    setStatus(null);
    try {
      const file = await backupFile(db);
      downloadFile(file);
      setStatus({ tone: 'success', text: t('deleteAllBackedUp', file.filename) });
    } catch (e) {
      setStatus({ tone: 'error', text: t('deleteAllBackupFailed', storeMessage(e)) });
    }
  };

  const deleteAll = async (e: Event) => {
    e.preventDefault();
    setStatus(null);
    if (typed.trim() !== word) {
      setError(t('deleteAllMismatch', word));
      return;
    }
    if (!db) return;
    setError(undefined);
    setBusy(true);
    try {
      await clearAllData(db);
      setTyped('');
      setStatus({ tone: 'success', text: t('deleteAllDone') });
      await onDeleted();
    } catch (err) {
      setStatus({ tone: 'error', text: storeMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="danger-zone" aria-labelledby="delete-all-heading">
      <h3 id="delete-all-heading">{t('deleteAllHeading')}</h3>
      <p>{t('deleteAllIntro')}</p>
      <p>
        <Button onClick={() => void backUp()} disabled={!db || busy}>
          {t('deleteAllBackupFirst')}
        </Button>
      </p>
      <form onSubmit={deleteAll}>
        <Field label={t('deleteAllConfirmLabel', word)} error={error}>
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              autocomplete="off"
              spellcheck={false}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="danger" disabled={!db || busy}>
          {t('deleteAllButton')}
        </Button>
      </form>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </section>
  );
}
