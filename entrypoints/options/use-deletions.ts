import { useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { deleteReflections, type PomDb, restoreFromTrash } from '../../src/reflections/store';
import { t } from '../../src/ui/i18n';
import { formatCount } from './format';
import { storeMessage } from './store-message';

export type Problem = { tone: 'success' | 'error'; text: string } | null;

/**
 * Deleting from the log moves reflections to the trash; Undo puts the latest deletion back, then the one
 * before, so a second delete or a trip to another view never loses the chance to undo the first.
 */
export function useDeletions(db: PomDb | null, reload: () => Promise<void>) {
  const [undoable, setUndoable] = useState<Reflection[][]>([]);
  const [message, setMessage] = useState<Problem>(null);

  const remove = async (ids: string[]): Promise<boolean> => {
    if (!db || ids.length === 0) return false;
    try {
      const deleted = await deleteReflections(db, ids);
      setMessage(null);
      if (deleted.length > 0) setUndoable((stack) => [...stack, deleted]);
      await reload();
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: storeMessage(error) });
      return false;
    }
  };

  const undo = async () => {
    const last = undoable[undoable.length - 1];
    if (!db || !last) return;
    try {
      await restoreFromTrash(
        db,
        last.map((r) => r.id),
      );
      setUndoable((stack) => stack.slice(0, -1));
      setMessage({ tone: 'success', text: t('restoredCount', formatCount(last.length)) });
      await reload();
    } catch (error) {
      setMessage({ tone: 'error', text: t('undoFailed', storeMessage(error)) });
    }
  };

  const last = undoable[undoable.length - 1];
  const only = last?.length === 1 ? last[0] : undefined;
  const undoText = last
    ? [
        t(
          'deletedKeptInTrash',
          only ? t('deletedOne', only.title) : t('deletedMany', formatCount(last.length)),
        ),
        undoable.length > 1 ? t('undoEarlier', formatCount(undoable.length - 1)) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : null;

  return {
    undoText,
    undo,
    remove,
    message,
    clearMessage: () => setMessage(null),
    forget: () => setUndoable([]),
  };
}
