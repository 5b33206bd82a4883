import { openPomDb, type PomDb } from '../reflections/store';
import { announceChangesOf } from './data-changes';

let pending: Promise<PomDb> | null = null;

function forget() {
  pending = null;
}

/** One connection per extension context, reopened if the browser closed it. */
export function getDb(): Promise<PomDb> {
  const opening =
    pending ??
    // A newer version elsewhere closes this connection; forget it so the next call reopens.
    openPomDb(undefined, { onVersionChange: forget }).then(
      (db) => {
        announceChangesOf(db);
        return db;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  pending = opening;
  return opening;
}
