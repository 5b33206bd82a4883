import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { PAGE_SIZE } from '../../src/reflections/query';
import {
  countReflections,
  listNewestReflections,
  listReflections,
  type PomDb,
  purgeTrash,
} from '../../src/reflections/store';
import { listenForDataChanges } from '../../src/shell/data-changes';
import { getDb } from '../../src/shell/db';
import { storeMessage } from './store-message';

export interface OptionsData {
  db: PomDb | null;
  /** null until the first load finishes. */
  reflections: Reflection[] | null;
  /** While only the newest page is loaded: how many there are in all. */
  loadingTotal: number | null;
  /** Why the reflections could not be loaded, in words for the user. */
  loadError: string | null;
  reload: () => Promise<void>;
}

/** Loads every reflection once (later filtering is in memory) and keeps the list current as it changes. */
let firstLoadDone = false;

export function useOptionsData(): OptionsData {
  const [db, setDb] = useState<PomDb | null>(null);
  const [reflections, setReflections] = useState<Reflection[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadingTotal, setLoadingTotal] = useState<number | null>(null);

  const reload = useCallback(async () => {
    try {
      const opened = await getDb();
      setDb(opened);
      // Show the newest page straight away; reading all of a long log takes a few hundred milliseconds.
      const first = !firstLoadDone;
      firstLoadDone = true;
      if (first) {
        // Deleted reflections past their 30 days go for good, with their drafts, whenever the log opens.
        await purgeTrash(opened, new Date());
        const [newest, total] = await Promise.all([
          listNewestReflections(opened, PAGE_SIZE),
          countReflections(opened),
        ]);
        if (total > newest.length) {
          setReflections(newest);
          setLoadingTotal(total);
        }
      }
      setReflections(await listReflections(opened));
      setLoadingTotal(null);
      setLoadError(null);
    } catch (error) {
      setLoadError(storeMessage(error));
      setReflections((current) => current ?? []);
    }
  }, []);

  useEffect(() => {
    void reload();
    // Another tab or the popup saved, deleted or imported: show it here too, so nothing acts on a stale list.
    const stopListening = listenForDataChanges(['reflections', 'trash'], () => void reload());
    // Ask the browser not to evict the only copy of the user's reflections.
    void navigator.storage?.persist?.();
    return stopListening;
  }, [reload]);

  return { db, reflections, loadingTotal, loadError, reload };
}
