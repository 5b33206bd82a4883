import { openPomDb, type PomDb } from '../reflections/store';

let pending: Promise<PomDb> | null = null;

function forget() {
  pending = null;
}

/** One connection per extension context, reopened if the browser closed it. */
export function getDb(): Promise<PomDb> {
  const opening =
    pending ??
    // A newer version elsewhere closes this connection; forget it so the next call reopens.
    openPomDb(undefined, { onVersionChange: forget }).catch((error: unknown) => {
      pending = null;
      throw error;
    });
  pending = opening;
  return opening;
}
