/*
 * Stored settings carry the version of the shape they were written in, so a later shape can lift older
 * ones on read instead of dropping them. The background, popup and pages all read through this.
 */
export const SETTINGS_VERSION = 1;

type Stored = Record<string, unknown>;

/** migrations[n] lifts settings stored at version n to version n + 1. */
export const settingsMigrations: Record<number, (stored: Stored) => Stored> = {
  // Settings saved before versions were written already have the version-1 shape.
  0: (stored) => stored,
};

/** The stored object lifted to the current version; a newer one is read as it is, key by key. */
export function migrateStoredSettings(
  stored: Stored,
  migrations: Record<number, (stored: Stored) => Stored> = settingsMigrations,
  target = SETTINGS_VERSION,
): Stored {
  let version = typeof stored.version === 'number' && Number.isInteger(stored.version) ? stored.version : 0;
  let out = stored;
  for (; version < target; version++) {
    const step = migrations[version];
    // A missing step is a mistake in this code, never something a user can act on.
    if (!step) throw new RangeError(`No way to lift settings from version ${version}`);
    out = step(out);
  }
  return { ...out, version: Math.max(version, target) };
}
