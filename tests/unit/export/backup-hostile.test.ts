import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Backup, MAX_BACKUP_BYTES, parseBackup, toBackup } from '../../../src/export/backup';
import { makeReflection, testId } from '../../support/factory';
import { backupDataArb } from './arbitraries';

const now = new Date('2026-04-05T10:00:00.000Z');

function validJson(): Record<string, unknown> & { reflections: Record<string, unknown>[] } {
  const reflections = [0, 1, 2, 3].map((n) =>
    makeReflection({ id: testId(0x8c1b2a4e0000 + n), title: `R${n}` }),
  );
  return JSON.parse(toBackup({ reflections, promptEvents: [] }, now));
}

function errorsOf(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be rejected');
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

function errorsFor(mutate: (json: ReturnType<typeof validJson>) => void): string[] {
  const json = validJson();
  mutate(json);
  return errorsOf(JSON.stringify(json));
}

describe('parseBackup rejects what is not a backup', () => {
  it.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['hello', /not valid JSON/],
    ['{"format": "power-of-many-backup",', /not valid JSON/],
    ['[]', /holds a list, not an object/],
    ['null', /holds null/],
    ['42', /holds a number/],
    ['{"format":"something-else","version":1}', /not a Power of Many backup/],
    ['{"version":1}', /not a Power of Many backup/],
  ])('%j', (text, message) => {
    expect(errorsOf(text).join('\n')).toMatch(message);
  });

  it('asks for an update when the backup comes from a newer version', () => {
    expect(errorsFor((j) => Object.assign(j, { version: 2 })).join('\n')).toMatch(/newer version.*Update/);
  });
});

describe('parseBackup names the record and field at fault', () => {
  it('reports a bad date in the form of the example', () => {
    expect(errorsFor((j) => Object.assign(j.reflections[3] ?? {}, { occurredOn: '17/06/2025' }))).toEqual([
      'reflections[3] (id 00000000…): occurredOn: use YYYY-MM-DD',
    ]);
  });

  it('reports wrong types, missing fields and unknown fields', () => {
    const errors = errorsFor((j) => {
      Object.assign(j.reflections[0] ?? {}, { title: 5, extra: true });
      delete j.reflections[1]?.what;
      Object.assign(j.reflections[2] ?? {}, { nmc: { themes: ['be-kind'] } });
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'reflections[0] (id 00000000…): title: should be text, not a number',
        'reflections[0] (id 00000000…): unexpected field "extra"',
        'reflections[1] (id 00000000…): what: missing',
        expect.stringMatching(
          /^reflections\[2\] \(id 00000000…\): nmc\.themes\[0\]: should be one of "prioritise-people"/,
        ),
      ]),
    );
  });

  it('reports top-level problems by field name', () => {
    const errors = errorsFor((j) => {
      j.exportedAt = 'yesterday';
      j.promptEvents = {};
      Reflect.deleteProperty(j, 'reflections');
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'exportedAt: use a date and time such as 2025-06-14T09:30:00Z',
        'promptEvents: should be a list, not an object',
        'reflections: missing',
      ]),
    );
  });

  it('rejects strings longer than the schema allows without echoing them', () => {
    const errors = errorsFor((j) => Object.assign(j.reflections[1] ?? {}, { what: 'x'.repeat(20_001) }));
    expect(errors).toEqual([
      'reflections[1] (id 00000000…): what: too long (20001 characters; at most 20000)',
    ]);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const huge = `{"format":"power-of-many-backup","pad":"${' '.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(errorsOf(huge)).toEqual([
      expect.stringMatching(/too large \(51 MB\)\. A backup can be at most 50 MB/),
    ]);
  });

  it('rejects duplicate ids, naming both records', () => {
    const errors = errorsFor((j) => {
      const copy = { ...j.reflections[0], title: 'copy' };
      j.reflections.push(copy);
    });
    expect(errors).toEqual(['reflections[4] (id 00000000…): id: the same id is used by reflections[0]']);
  });

  it('lists at most 50 problems and says how many more there are', () => {
    const errors = errorsFor((j) => {
      j.reflections = Array.from({ length: 80 }, () => ({ title: 1 }));
    });
    expect(errors).toHaveLength(51);
    expect(errors[50]).toMatch(/^…and \d+ more problems\.$/);
  });
});

describe('parseBackup refuses prototype-pollution keys', () => {
  it.each([
    [
      '__proto__',
      'in a reflection',
      (j: string) => j.replace('"title": "R2"', '"title": "R2", "__proto__": {"polluted": true}'),
      /^reflections\[2\] \(id 00000000…\): __proto__: /,
    ],
    [
      'constructor',
      'at the top level',
      (j: string) => j.replace('"version": 1', '"version": 1, "constructor": {"prototype": {}}'),
      /^constructor: /,
    ],
    [
      'prototype',
      'deep inside a field',
      (j: string) => j.replace('"tags": []', '"tags": [{"a": [{"prototype": 1}]}]'),
      /^reflections\[0\] \(id 00000000…\): tags\[0\]\.a\[0\]\.prototype: /,
    ],
  ])('%s %s', (key, _where, inject, location) => {
    const text = inject(JSON.stringify(validJson(), null, 2));
    expect(text).toContain(`"${key}"`);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(location);
    expect(errors[0]).toContain(`the field name "${key}" is not allowed`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseBackup never throws', () => {
  it('on deeply nested JSON', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(errorsOf(deep)).toEqual(['This file is nested too deeply to be a Power of Many backup.']);
    const deepField = JSON.stringify(validJson()).replace(
      '"tags":[]',
      `"tags":${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    expect(errorsOf(deepField)).toEqual(['This file is nested too deeply to be a Power of Many backup.']);
    const nested = JSON.stringify(validJson()).replace(
      '"tags":[]',
      `"tags":${'['.repeat(500)}${']'.repeat(500)}`,
    );
    expect(errorsOf(nested)).toEqual(['reflections[0] (id 00000000…): tags[0]: should be text, not a list']);
  });

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid backup with one value replaced by anything', () => {
    fc.assert(
      fc.property(backupDataArb, fc.nat(), fc.jsonValue(), (data, pick, replacement) => {
        const json = JSON.parse(toBackup(data, now));
        // Walk to a pseudo-random container and replace one of its values.
        const containers: Record<string, unknown>[] = [];
        const visit = (v: unknown) => {
          if (v && typeof v === 'object') {
            containers.push(v as Record<string, unknown>);
            for (const child of Object.values(v)) visit(child);
          }
        };
        visit(json);
        const target = containers[pick % containers.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        if (keys.length > 0) target[keys[pick % keys.length] as string] = replacement;
        const result = parseBackup(JSON.stringify(json));
        if (result.ok) expect(Backup.safeParse(result.backup).success).toBe(true);
        else for (const e of result.errors) expect(typeof e).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
