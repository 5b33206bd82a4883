import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  emptyRevalidationRecord,
  type RevalidationRecord as Record_,
  RevalidationRecord,
} from '../../src/reflections/revalidation';
import {
  loadRevalidationRecord,
  REVALIDATION_KEY,
  saveRevalidationRecord,
} from '../../src/shell/revalidation-store';
import { t } from '../../src/ui/i18n';

export interface RevalidationState {
  record: Record_;
  loaded: boolean;
  /** What went wrong with the last save, in words for the user; null when all is well. */
  error: string | null;
  update: (patch: Partial<Record_>) => Promise<void>;
}

/** The user's revalidation record, kept current when another page changes it. */
export function useRevalidationRecord(): RevalidationState {
  const [record, setRecord] = useState<Record_>(emptyRevalidationRecord);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // This page's own saves echo back through onChanged. Reloading on them put an older value under the
  // cursor while the user was still typing, and letters went missing (seen in Firefox).
  const ownWrites = useRef(new Set<string>());

  useEffect(() => {
    const refresh = () =>
      loadRevalidationRecord()
        .then(setRecord, () => setError(t('revalLoadFailed')))
        .finally(() => setLoaded(true));
    refresh();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(REVALIDATION_KEY in changes)) return;
      if (!ownWrites.current.delete(JSON.stringify(changes[REVALIDATION_KEY]?.newValue))) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const update = useCallback(
    async (patch: Partial<Record_>) => {
      const next = RevalidationRecord.safeParse({ ...record, ...patch });
      if (!next.success) {
        setError(t('revalSaveInvalid'));
        return;
      }
      setRecord(next.data);
      const written = JSON.stringify(next.data);
      ownWrites.current.add(written);
      try {
        await saveRevalidationRecord(next.data);
        setError(null);
      } catch {
        ownWrites.current.delete(written);
        setError(t('revalSaveFailed'));
      }
    },
    [record],
  );

  return { record, loaded, error, update };
}
