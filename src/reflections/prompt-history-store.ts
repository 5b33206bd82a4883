import { PromptEvent } from '../prompts/events';
import { inWriteTx, ops, type PomDb, read, validate } from './db';

export async function addPromptEvent(db: PomDb, event: PromptEvent): Promise<void> {
  const valid = validate(PromptEvent, event, ops.savePromptEvent);
  await inWriteTx(db, ['promptEvents'], ops.savePromptEvent, (tx, track) => {
    track(tx.objectStore('promptEvents').put(valid));
  });
}

/** Oldest first, by when each event happened. */
export function listPromptEvents(db: PomDb): Promise<PromptEvent[]> {
  return read(() => db.getAllFromIndex('promptEvents', 'at'));
}

export async function clearPromptEvents(db: PomDb): Promise<void> {
  await inWriteTx(db, ['promptEvents'], ops.clearPromptEvents, (tx, track) => {
    track(tx.objectStore('promptEvents').clear());
  });
}
