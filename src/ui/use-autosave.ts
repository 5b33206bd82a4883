import { useEffect, useRef } from 'preact/hooks';

/**
 * Saves `value` shortly after it stops changing, and at once when the page is hidden or closed,
 * so closing the popup mid-sentence loses nothing.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  opts: { delayMs?: number; enabled: boolean },
) {
  const latest = useRef(value);
  const dirty = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;
  const { delayMs = 300, enabled } = opts;

  useEffect(() => {
    if (!enabled) return;
    dirty.current = true;
    const timer = setTimeout(() => {
      dirty.current = false;
      void saveRef.current(latest.current);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, enabled, delayMs]);

  useEffect(() => {
    const flush = () => {
      if (!dirty.current) return;
      dirty.current = false;
      void saveRef.current(latest.current);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
}
