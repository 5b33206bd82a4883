import type { IDBPTransaction } from 'idb';
import {
  ConflictError,
  inWriteTx,
  type Operation,
  ops,
  type PomDb,
  type PomDbSchema,
  read,
  type Track,
  validate,
} from './db';
import { editDraftBounds } from './draft';
import { Reflection, revisionOf } from './model';
import { type TrashEntry, trashCutoff } from './trash';

type ReflectionTx = IDBPTransaction<PomDbSchema, ('reflections' | 'trash' | 'drafts')[], 'readwrite'>;

/**
 * Writes one reflection inside the caller's transaction, refusing to overwrite a newer version: the
 * reflection carries the revision it was read at, and the stored one must still be that revision. A
 * reflection deleted meanwhile (in the trash) is not silently brought back either. Returns what was stored.
 */
async function putChecked(
  tx: ReflectionTx,
  track: Track,
  reflection: Reflection,
  operation: Operation,
): Promise<Reflection> {
  const [stored, trashed] = await Promise.all([
    track(tx.objectStore('reflections').get(reflection.id)),
    track(tx.objectStore('trash').get(reflection.id)),
  ]);
  if (trashed) throw new ConflictError(operation, null);
  if (stored && revisionOf(stored) !== revisionOf(reflection)) throw new ConflictError(operation, stored);
  const next = stored ? { ...reflection, revision: revisionOf(stored) + 1 } : reflection;
  track(tx.objectStore('reflections').put(next));
  return next;
}

/** Saves a new reflection, or an edit of the revision it carries; a stale edit is refused (ConflictError). */
export async function saveReflection(db: PomDb, reflection: Reflection): Promise<Reflection> {
  const valid = validate(Reflection, reflection, ops.saveReflection);
  return inWriteTx(db, ['reflections', 'trash', 'drafts'], ops.saveReflection, (tx, track) =>
    putChecked(tx, track, valid, ops.saveReflection),
  );
}

/** Saving a reflection and discarding the drafts it came from happen together, so neither is lost or doubled. */
export async function saveReflectionAndClearDraft(
  db: PomDb,
  reflection: Reflection,
  ...draftIds: string[]
): Promise<Reflection> {
  const valid = validate(Reflection, reflection, ops.saveReflection);
  return inWriteTx(db, ['reflections', 'trash', 'drafts'], ops.saveReflection, async (tx, track) => {
    const saved = await putChecked(tx, track, valid, ops.saveReflection);
    for (const id of draftIds) track(tx.objectStore('drafts').delete(id));
    return saved;
  });
}

export function getReflection(db: PomDb, id: string): Promise<Reflection | undefined> {
  return read(() => db.get('reflections', id));
}

/** Newest first, by when each reflection was written. */
export function listReflections(db: PomDb): Promise<Reflection[]> {
  return read(async () => (await db.getAllFromIndex('reflections', 'createdAt')).reverse());
}

/** The newest few, walked from the end of the createdAt index, so a long log can show its first page at once. */
export function listNewestReflections(db: PomDb, limit: number): Promise<Reflection[]> {
  return read(async () => {
    const out: Reflection[] = [];
    let cursor = await db.transaction('reflections').store.index('createdAt').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  });
}

export function countReflections(db: PomDb): Promise<number> {
  return read(() => db.count('reflections'));
}

/**
 * Moves reflections to the trash, with every draft of them, in one transaction; returns what was deleted.
 * They can be put back for TRASH_DAYS days (restoreFromTrash) until purgeTrash or emptyTrash removes them.
 */
export function deleteReflections(
  db: PomDb,
  ids: readonly string[],
  now = new Date(),
): Promise<Reflection[]> {
  return inWriteTx(db, ['reflections', 'drafts', 'trash'], ops.delete, async (tx, track) => {
    const store = tx.objectStore('reflections');
    const drafts = tx.objectStore('drafts');
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => track(store.get(id))));
    const deleted = found.filter((r): r is Reflection => r !== undefined);
    for (const reflection of deleted) {
      const range = IDBKeyRange.bound(...editDraftBounds(reflection.id));
      const itsDrafts = await track(drafts.getAll(range));
      track(drafts.delete(range));
      const entry: TrashEntry = {
        id: reflection.id,
        deletedAt: now.toISOString(),
        reflection,
        drafts: itsDrafts,
      };
      track(tx.objectStore('trash').put(entry));
      track(store.delete(reflection.id));
    }
    return deleted;
  });
}

/** Puts deleted reflections (and their drafts) back as they were; returns those put back. */
export function restoreFromTrash(db: PomDb, ids: readonly string[]): Promise<Reflection[]> {
  return inWriteTx(db, ['reflections', 'drafts', 'trash'], ops.restoreTrash, async (tx, track) => {
    const trash = tx.objectStore('trash');
    const entries = await Promise.all([...new Set(ids)].map((id) => track(trash.get(id))));
    const restored: Reflection[] = [];
    for (const entry of entries) {
      if (!entry) continue;
      const existing = await track(tx.objectStore('reflections').get(entry.id));
      // An import may have brought the same reflection back meanwhile; keep whichever changed last.
      if (!existing || Date.parse(existing.updatedAt) < Date.parse(entry.reflection.updatedAt)) {
        const back = existing
          ? { ...entry.reflection, revision: revisionOf(existing) + 1 }
          : entry.reflection;
        track(tx.objectStore('reflections').put(back));
      }
      for (const draft of entry.drafts) track(tx.objectStore('drafts').put(draft));
      track(trash.delete(entry.id));
      restored.push(entry.reflection);
    }
    return restored;
  });
}

/** Undo of a delete: the same as putting those reflections back from the trash. */
export function restoreReflections(db: PomDb, reflections: readonly Reflection[]): Promise<Reflection[]> {
  return restoreFromTrash(
    db,
    reflections.map((r) => r.id),
  );
}

/** Newest deletion first. */
export function listTrash(db: PomDb): Promise<TrashEntry[]> {
  return read(async () => (await db.getAllFromIndex('trash', 'deletedAt')).reverse());
}

/** Deletes for good, with their drafts, the trashed reflections named (or all of them). */
export async function emptyTrash(db: PomDb, ids?: readonly string[]): Promise<void> {
  await inWriteTx(db, ['trash'], ops.emptyTrash, (tx, track) => {
    const trash = tx.objectStore('trash');
    if (ids === undefined) track(trash.clear());
    else for (const id of ids) track(trash.delete(id));
  });
}

/** Deletes for good whatever has been in the trash for its full period; returns how many. */
export function purgeTrash(db: PomDb, now: Date): Promise<number> {
  return inWriteTx(db, ['trash'], ops.emptyTrash, async (tx, track) => {
    const range = IDBKeyRange.upperBound(trashCutoff(now));
    const index = tx.objectStore('trash').index('deletedAt');
    const keys = await track(index.getAllKeys(range));
    for (const key of keys) track(tx.objectStore('trash').delete(key));
    return keys.length;
  });
}
