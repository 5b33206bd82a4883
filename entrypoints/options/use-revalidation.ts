import { useCallback, useEffect, useState } from 'preact/hooks';
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

  useEffect(() => {
    const refresh = () =>
      loadRevalidationRecord()
        .then(setRecord, () => setError(t('revalLoadFailed')))
        .finally(() => setLoaded(true));
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REVALIDATION_KEY in changes) refresh();
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
      try {
        await saveRevalidationRecord(next.data);
        setError(null);
      } catch {
        setError(t('revalSaveFailed'));
      }
    },
    [record],
  );

  return { record, loaded, error, update };
}
