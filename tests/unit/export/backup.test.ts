import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Backup, backupJsonSchema, parseBackup, toBackup } from '../../../src/export/backup';
import { makeReflection } from '../../support/factory';
import { backupDataArb } from './arbitraries';

const now = new Date('2026-04-05T10:00:00.000Z');

describe('toBackup', () => {
  it('writes pretty JSON with format, version and export time first', () => {
    const text = toBackup({ reflections: [makeReflection()], promptEvents: [] }, now);
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['format', 'version', 'exportedAt', 'reflections', 'promptEvents']);
    expect(json).toMatchObject({
      format: 'power-of-many-backup',
      version: 1,
      exportedAt: '2026-04-05T10:00:00.000Z',
    });
    expect(text).toContain('\n  "reflections": [\n');
  });

  it('round-trips any valid data losslessly', () => {
    fc.assert(
      fc.property(backupDataArb, fc.integer({ min: 0, max: 4_000_000_000_000 }), (data, time) => {
        const at = new Date(time);
        const result = parseBackup(toBackup(data, at));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.backup).toStrictEqual({
          format: 'power-of-many-backup',
          version: 1,
          exportedAt: at.toISOString(),
          ...data,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a backup saved with a byte order mark', () => {
    const result = parseBackup(`\uFEFF${toBackup({ reflections: [], promptEvents: [] }, now)}`);
    expect(result.ok).toBe(true);
  });
});

describe('backupJsonSchema', () => {
  it('describes the strict backup object and its records', () => {
    const schema = backupJsonSchema() as {
      $schema: string;
      type: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { type?: string; const?: unknown; items?: { required?: string[] } }>;
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'exportedAt', 'reflections', 'promptEvents']),
    );
    expect(schema.properties.format?.const).toBe('power-of-many-backup');
    expect(schema.properties.reflections?.items?.required).toEqual(
      expect.arrayContaining(['id', 'occurredOn', 'what', 'soWhat', 'nowWhat']),
    );
  });

  it('is the schema the parser enforces', () => {
    expect(Backup.safeParse(JSON.parse(toBackup({ reflections: [], promptEvents: [] }, now))).success).toBe(
      true,
    );
  });
});
