import { inWriteTx, ops, type PomDb, read, validate } from './db';
import { Draft } from './draft';
import { Reflection } from './model';

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

/** Saving a reflection and discarding its draft happen together, so neither is ever lost or doubled. */
export async function saveReflectionAndClearDraft(db: PomDb, reflection: Reflection, draftId: string) {
  const valid = validate(Reflection, reflection, ops.saveReflection);
  await inWriteTx(db, ['reflections', 'drafts'], ops.saveReflection, (tx, track) => {
    track(tx.objectStore('reflections').put(valid));
    track(tx.objectStore('drafts').delete(draftId));
  });
}
