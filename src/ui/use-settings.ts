import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EffectiveSettings } from '../settings/merge';
import type { Settings } from '../settings/schema';

/** Where settings come from: the shell's settings item in the extension, anything alike in tests. */
export interface SettingsSource {
  get(): Promise<EffectiveSettings>;
  set(patch: Partial<Settings>): Promise<void>;
  /** Calls back when the stored settings or the organisation's policy change; returns the way to stop. */
  watch(onChange: () => void): () => void;
}

export interface SettingsView {
  /** null until the first read finishes, or when it failed. */
  settings: EffectiveSettings | null;
  /** True once the first read has finished, whether or not it worked. */
  ready: boolean;
  failed: boolean;
  /** Saves the user's change; the view follows through the source's change signal and a fresh read. */
  save(patch: Partial<Settings>): Promise<void>;
}

/**
 * The settings in effect, kept current: popup, onboarding and options share it. It waits on the reads
 * themselves (the organisation's policy included), never on a timer, and a slower older read never
 * overwrites a newer one.
 */
export function useSettings(source: SettingsSource): SettingsView {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const value = await source.get();
      if (ticket !== latest.current) return;
      setSettings(value);
      setFailed(false);
    } catch {
      if (ticket === latest.current) setFailed(true);
    } finally {
      if (ticket === latest.current) setReady(true);
    }
  }, [source]);

  useEffect(() => {
    void load();
    return source.watch(() => void load());
  }, [source, load]);

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      await source.set(patch);
      await load();
    },
    [source, load],
  );

  return { settings, ready, failed, save };
}
