import { openPomDb, type PomDb } from '../reflections/store';

let pending: Promise<PomDb> | null = null;

/** One connection per extension context, reopened if the browser closed it. */
export function getDb(): Promise<PomDb> {
  const opening =
    pending ??
    openPomDb().catch((error: unknown) => {
      pending = null;
      throw error;
    });
  pending = opening;
  return opening;
}
