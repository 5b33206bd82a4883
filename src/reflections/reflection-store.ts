import { inWriteTx, ops, type PomDb, read, validate, validateAll } from './db';
import { Reflection } from './model';

export async function saveReflection(db: PomDb, reflection: Reflection): Promise<void> {
  const valid = validate(Reflection, reflection, ops.saveReflection);
  await inWriteTx(db, ['reflections'], ops.saveReflection, (tx, track) => {
    track(tx.objectStore('reflections').put(valid));
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

/** Deletes in one transaction and returns what was deleted, so the UI can offer undo. */
export function deleteReflections(db: PomDb, ids: readonly string[]): Promise<Reflection[]> {
  return inWriteTx(db, ['reflections'], ops.delete, async (tx, track) => {
    const store = tx.objectStore('reflections');
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => track(store.get(id))));
    const deleted = found.filter((r): r is Reflection => r !== undefined);
    for (const r of deleted) track(store.delete(r.id));
    return deleted;
  });
}

/** Puts reflections back (undo of a delete), all or none. */
export async function restoreReflections(db: PomDb, reflections: readonly Reflection[]): Promise<void> {
  const valid = validateAll(Reflection, reflections, ops.restore, 'reflection');
  await inWriteTx(db, ['reflections'], ops.restore, (tx, track) => {
    const store = tx.objectStore('reflections');
    for (const r of valid) track(store.put(r));
  });
}
