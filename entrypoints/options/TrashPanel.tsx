import { useEffect, useState } from 'preact/hooks';
import { emptyTrash, listTrash, type PomDb, restoreFromTrash } from '../../src/reflections/store';
import { purgeDate, type TrashEntry } from '../../src/reflections/trash';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount, formatDay } from './format';
import { storeMessage } from './store-message';
import { TableHead } from './TableHead';

/** refreshKey changes whenever the log reloads (another tab deleted or restored something). */
type Props = { db: PomDb | null; refreshKey: unknown; onChanged(): Promise<void> };
type Work = { run(): Promise<unknown> };
type Status = { tone: 'success' | 'error'; text: string } | null;

/** Deleted reflections for their 30 days: put one back, or delete them all for good now. */
export function TrashPanel({ db, refreshKey, onChanged }: Props) {
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const load = async () => {
    if (db) setEntries(await listTrash(db).catch(() => []));
  };
  useEffect(() => void load(), [db, refreshKey]);

  const act = async (run: Work['run'], done: string, failed: (why: string) => string) => {
    try {
      await run();
      setStatus({ tone: 'success', text: done });
    } catch (error) {
      setStatus({ tone: 'error', text: failed(storeMessage(error)) });
    }
    setConfirming(false);
    await load();
    await onChanged();
  };
  const restore = (e: TrashEntry) =>
    db &&
    act(
      () => restoreFromTrash(db, [e.id]),
      t('trashRestored', e.reflection.title),
      (why) => t('trashRestoreFailed', [e.reflection.title, why]),
    );
  const empty = () =>
    db &&
    act(
      () => emptyTrash(db),
      t('trashEmptied'),
      (why) => t('trashEmptyFailed', why),
    );

  return (
    <section aria-labelledby="trash-intro">
      <p id="trash-intro">{t('trashIntro')}</p>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      {entries === null ? (
        <p role="status">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p role="status">{t('trashEmpty')}</p>
      ) : (
        <>
          <TrashTable entries={entries} onRestore={(e) => void restore(e)} />
          {confirming ? (
            <div class="pom-row">
              <span>{t('trashEmptyConfirm', formatCount(entries.length))}</span>
              <Button variant="danger" onClick={() => void empty()}>
                {t('trashEmptyYes')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('cancel')}</Button>
            </div>
          ) : (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t('trashEmptyNow')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function TrashTable({ entries, onRestore }: { entries: TrashEntry[]; onRestore: (e: TrashEntry) => void }) {
  return (
    <table class="log-table">
      <TableHead
        caption="trashCaption"
        columns={[
          { key: 'colTitle' },
          { key: 'trashColDeleted' },
          { key: 'trashColGoes' },
          { key: 'colActions', hidden: true },
        ]}
      />
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <th scope="row">{e.reflection.title}</th>
            <td>{formatDay(e.deletedAt)}</td>
            <td>{formatDay(purgeDate(e))}</td>
            <td>
              <Button
                variant="quiet"
                aria-label={t('trashRestoreLabel', e.reflection.title)}
                onClick={() => onRestore(e)}
              >
                {t('trashRestore')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
