import { PromptEvent } from '../prompts/events';
import { allStores, inWriteTx, ops, type PomDb, read, validateAll } from './db';
import { Reflection, revisionOf } from './model';
import type { StoredPack } from './pack-store';

export type ImportableRecords = {
  reflections: readonly Reflection[];
  promptEvents: readonly PromptEvent[];
};

/** What an import actually did, decided inside its transaction. */
export type ImportOutcome = {
  added: number;
  updated: number;
  /** Changed here after the file was chosen (or otherwise newer here), so the saved copy was kept. */
  keptNewer: string[];
  events: number;
};

/**
 * Restores a backup: every record is checked first, then all are written in one transaction, or none.
 * Each reflection is compared with the stored copy inside that transaction, so an edit saved after the
 * import was planned is never overwritten by the file's older copy.
 */
export async function importRecords(db: PomDb, records: ImportableRecords): Promise<ImportOutcome> {
  const reflections = validateAll(Reflection, records.reflections, ops.import, 'err_store_nounReflection');
  const promptEvents = validateAll(
    PromptEvent,
    records.promptEvents,
    ops.import,
    'err_store_nounPromptEvent',
  );
  return inWriteTx(db, ['reflections', 'promptEvents'], ops.import, async (tx, track) => {
    const reflectionStore = tx.objectStore('reflections');
    const eventStore = tx.objectStore('promptEvents');
    for (const e of promptEvents) track(eventStore.put(e));
    const stored = await Promise.all(reflections.map((r) => track(reflectionStore.get(r.id))));
    const outcome: ImportOutcome = { added: 0, updated: 0, keptNewer: [], events: promptEvents.length };
    reflections.forEach((incoming, i) => {
      const current = stored[i];
      if (current && Date.parse(incoming.updatedAt) <= Date.parse(current.updatedAt)) {
        outcome.keptNewer.push(incoming.id);
        return;
      }
      track(reflectionStore.put(current ? { ...incoming, revision: revisionOf(current) + 1 } : incoming));
      if (current) outcome.updated += 1;
      else outcome.added += 1;
    });
    return outcome;
  });
}

export type BackupRecords = {
  reflections: Reflection[];
  promptEvents: PromptEvent[];
  packs: StoredPack[];
};

/**
 * Everything a backup holds from IndexedDB, read in one transaction, so the file is one consistent moment
 * of the database, never a page's list that may be stale or still loading. Newest reflection first.
 */
export function readBackupRecords(db: PomDb): Promise<BackupRecords> {
  return read(async () => {
    const tx = db.transaction(['reflections', 'promptEvents', 'packs'], 'readonly');
    const [reflections, promptEvents, packs] = await Promise.all([
      tx.objectStore('reflections').index('createdAt').getAll(),
      tx.objectStore('promptEvents').index('at').getAll(),
      tx.objectStore('packs').getAll(),
    ]);
    return { reflections: reflections.reverse(), promptEvents, packs };
  });
}

/** Everything Power of Many keeps in IndexedDB, gone in one transaction. */
export async function clearAllData(db: PomDb): Promise<void> {
  await inWriteTx(db, allStores, ops.clearAll, (tx, track) => {
    for (const name of allStores) track(tx.objectStore(name).clear());
  });
}
