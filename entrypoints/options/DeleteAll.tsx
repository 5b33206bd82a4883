import { useState } from 'preact/hooks';
import { clearAllData, type PomDb } from '../../src/reflections/store';
import { Button, Check, Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { BackupStatus } from './BackupStatus';
import { storeMessage } from './store-message';
import { useVerifiedBackup } from './use-verified-backup';

type Props = { db: PomDb | null; onDeleted(): Promise<void> };

type Status = { tone: 'success' | 'error'; text: string } | null;

/**
 * The one irreversible action: it asks for the confirmation word, and goes ahead only once a backup was
 * saved and checked, or the user chose to delete without one.
 */
export function DeleteAll({ db, onDeleted }: Props) {
  const [typed, setTyped] = useState('');
  const [noBackup, setNoBackup] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const backup = useVerifiedBackup(db);
  const word = t('deleteAllWord');

  const deleteAll = async (e: Event) => {
    e.preventDefault();
    setStatus(null);
    if (typed.trim() !== word) return setError(t('deleteAllMismatch', word));
    if (backup.state.step !== 'saved' && !noBackup) return setError(t('deleteAllNeedBackup'));
    if (!db) return;
    setError(undefined);
    setBusy(true);
    try {
      await clearAllData(db);
      setTyped('');
      backup.reset();
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
        <Button onClick={backup.save} disabled={!db || busy || backup.state.step === 'saving'}>
          {t('deleteAllBackupFirst')}
        </Button>
      </p>
      <BackupStatus state={backup.state} />
      <form onSubmit={deleteAll}>
        <Check label={t('deleteAllNoBackup')} checked={noBackup} onChange={setNoBackup} />
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
