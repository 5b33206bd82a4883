import { REFLECTION_SCHEMA_VERSION } from './model';

/*
 * Reflection records as older versions wrote them, brought up to the current schema. Used inside the
 * database upgrade and on backup import, so a record from any earlier version reads the same either way.
 * Steps are append-only, like the database's: never edit a shipped step, add the next one.
 */

type RawRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 → 2: one NMC activity becomes a list (an account may combine CPD, feedback and an event). */
function v1ToV2(r: RawRecord): RawRecord {
  const nmc = isRecord(r.nmc) ? r.nmc : {};
  const { activity, ...rest } = nmc;
  // "What I changed" is not filled from "Now what?": that was an intention, and the NMC asks what was done.
  return {
    ...r,
    schemaVersion: 2,
    nmc: { ...rest, ...(activity === undefined ? {} : { activities: [activity] }) },
  };
}

const steps: Record<number, (r: RawRecord) => RawRecord> = { 1: v1ToV2 };

/** A stored or imported reflection at the current schema version; anything unrecognised is returned as is. */
export function migrateReflectionRecord(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let record = raw;
  while (typeof record.schemaVersion === 'number' && record.schemaVersion < REFLECTION_SCHEMA_VERSION) {
    const step = steps[record.schemaVersion];
    if (!step) break;
    record = step(record);
  }
  return record;
}
