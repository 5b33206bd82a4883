import { PromptEvent } from '../prompts/events';
import { allStores, inWriteTx, ops, type PomDb, validateAll } from './db';
import { Reflection } from './model';

export type ImportableRecords = {
  reflections: readonly Reflection[];
  promptEvents: readonly PromptEvent[];
};

/** Restores a backup: every record is checked first, then all are written in one transaction, or none. */
export async function importRecords(db: PomDb, records: ImportableRecords): Promise<void> {
  const reflections = validateAll(Reflection, records.reflections, ops.import, 'reflection');
  const promptEvents = validateAll(PromptEvent, records.promptEvents, ops.import, 'prompt event');
  await inWriteTx(db, ['reflections', 'promptEvents'], ops.import, (tx, track) => {
    const reflectionStore = tx.objectStore('reflections');
    const eventStore = tx.objectStore('promptEvents');
    for (const r of reflections) track(reflectionStore.put(r));
    for (const e of promptEvents) track(eventStore.put(e));
  });
}

/** Everything Power of Many keeps in IndexedDB, gone in one transaction. */
export async function clearAllData(db: PomDb): Promise<void> {
  await inWriteTx(db, allStores, ops.clearAll, (tx, track) => {
    for (const name of allStores) track(tx.objectStore(name).clear());
  });
}
