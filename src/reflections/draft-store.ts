import { inWriteTx, ops, type PomDb, read, validate } from './db';
import { Draft, editDraftBounds } from './draft';

export function getDraft(db: PomDb, id: string): Promise<Draft | undefined> {
  return read(() => db.get('drafts', id));
}

export async function saveDraft(db: PomDb, draft: Draft): Promise<void> {
  const valid = validate(Draft, draft, ops.saveDraft);
  await inWriteTx(db, ['drafts'], ops.saveDraft, (tx, track) => {
    track(tx.objectStore('drafts').put(valid));
  });
}

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
