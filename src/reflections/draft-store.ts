import { t } from '../ui/i18n';
import { inWriteTx, ops, type PomDb, read, StoreError, validate } from './db';
import { Draft, editDraftBounds, editedReflectionId } from './draft';

export function getDraft(db: PomDb, id: string): Promise<Draft | undefined> {
  return read(() => db.get('drafts', id));
}

/**
 * Saves a draft. An edit of a reflection deleted in another tab since its editor opened goes into the
 * trash with that reflection, so it comes back with it or goes for good with it; an edit of one already
 * deleted for good is refused, because the user chose to delete it and nothing of it may be kept.
 */
export async function saveDraft(db: PomDb, draft: Draft): Promise<'saved' | 'trashed'> {
  const valid = validate(Draft, draft, ops.saveDraft);
  const reflectionId = editedReflectionId(valid.id);
  return inWriteTx(db, ['drafts', 'reflections', 'trash'], ops.saveDraft, async (tx, track) => {
    const live = reflectionId === null || (await track(tx.objectStore('reflections').getKey(reflectionId)));
    if (live !== undefined) {
      track(tx.objectStore('drafts').put(valid));
      return 'saved';
    }
    const trash = tx.objectStore('trash');
    const entry = await track(trash.get(reflectionId as string));
    if (!entry) throw new StoreError('conflict', t('err_store_draftOfDeleted'));
    const drafts = [...entry.drafts.filter((d) => d.id !== valid.id), valid].slice(-maxTrashedDrafts);
    track(trash.put({ ...entry, drafts }));
    return 'trashed';
  });
}

/** The trash keeps at most this many drafts per reflection (its schema's limit); the newest stay. */
const maxTrashedDrafts = 100;

export async function clearDraft(db: PomDb, id: string): Promise<void> {
  await inWriteTx(db, ['drafts'], ops.clearDraft, (tx, track) => {
    track(tx.objectStore('drafts').delete(id));
  });
}

/** Every unsaved edit of one saved reflection, from any editor (and older versions' single draft), newest first. */
export function listEditDrafts(db: PomDb, reflectionId: string): Promise<Draft[]> {
  return read(async () => {
    const drafts = await db.getAll('drafts', IDBKeyRange.bound(...editDraftBounds(reflectionId)));
    return drafts.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  });
}
