import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/export/backup';
import { REFLECTION_SCHEMA_VERSION, Reflection } from '../../../src/reflections/model';
import { migrateReflectionRecord } from '../../../src/reflections/record-migrations';

/** A reflection exactly as version 1 wrote it, typed out by hand. */
const version1 = {
  schemaVersion: 1,
  id: '00000000-0000-4000-8000-000000000101',
  createdAt: '2025-06-01T09:00:00.000Z',
  updatedAt: '2025-06-01T09:00:00.000Z',
  occurredOn: '2025-06-01',
  title: 'Carers at the discharge meeting',
  what: 'The meeting went ahead without the family.',
  soWhat: 'Involving the family had become a tick box.',
  nowWhat: 'I will ring the main carer before the next meeting.',
  tags: ['carers'],
  nmc: { activity: 'experience', themes: ['prioritise-people'] },
  gmc: { domains: [] },
  discussed: { withColleague: false },
  pii: [],
};

describe('migrateReflectionRecord', () => {
  it('brings a version 1 record to the current schema: the one NMC activity becomes a list', () => {
    const migrated = migrateReflectionRecord(version1);
    expect(REFLECTION_SCHEMA_VERSION).toBe(2);
    expect(migrated).toEqual({
      ...version1,
      schemaVersion: 2,
      nmc: { activities: ['experience'], themes: ['prioritise-people'] },
    });
    expect(Reflection.safeParse(migrated).success).toBe(true);
  });

  it('never fills "What I changed" from the intention in "Now what?"', () => {
    const migrated = migrateReflectionRecord(version1) as Reflection;
    expect(migrated.changed).toBeUndefined();
    expect(migrated.nowWhat).toBe(version1.nowWhat);
  });

  it('leaves a version 1 record without an activity with none', () => {
    const migrated = migrateReflectionRecord({ ...version1, nmc: { themes: [] } }) as Reflection;
    expect(migrated.nmc).toEqual({ themes: [] });
  });

  it('returns current records, unknown versions and non-objects untouched', () => {
    const current = migrateReflectionRecord(version1);
    expect(migrateReflectionRecord(current)).toBe(current);
    const future = { ...version1, schemaVersion: 99 };
    expect(migrateReflectionRecord(future)).toBe(future);
    expect(migrateReflectionRecord('text')).toBe('text');
    expect(migrateReflectionRecord(null)).toBeNull();
  });
});

describe('importing an older backup', () => {
  it('reads a backup written by version 1 with its reflections brought up to date', () => {
    const file = resolve(import.meta.dirname, '../../fixtures/backups/sample-backup.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { reflections: { schemaVersion: number }[] };
    expect(raw.reflections.every((r) => r.schemaVersion === 1)).toBe(true);
    const parsed = parseBackup(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.reflections.every((r) => r.schemaVersion === 2)).toBe(true);
    expect(parsed.backup.reflections[0]?.nmc.activities).toEqual(['experience']);
  });
});
