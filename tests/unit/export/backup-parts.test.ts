import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, parseBackup, toBackup } from '../../../src/export/backup';
import { parseBackupFiles, toBackupParts, utf8Length } from '../../../src/export/backup-parts';
import { defaultSettings } from '../../../src/settings/schema';
import { makeReflection, testId } from '../../support/factory';

const now = new Date('2026-11-29T10:00:00.000Z');

// #11 point 15: keys the import does not use must not reject the reflections it does use.
describe('parseBackup leaves out what it does not import, and says so', () => {
  const file = (extra: Record<string, unknown>) =>
    JSON.stringify({
      ...JSON.parse(toBackup({ reflections: [makeReflection()], promptEvents: [] }, now)),
      ...extra,
    });

  it('imports the reflections when settings hold an unknown key', () => {
    const result = parseBackup(file({ settings: { ...defaultSettings, themeColour: 'teal' } }));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.backup.reflections).toHaveLength(1);
    expect(result.backup.settings).toBeUndefined();
    expect(result.notes).toEqual([
      'The settings in this file are not in a form this version reads, so they were left out.',
    ]);
  });

  it('imports the reflections when packs are malformed or the file has fields of a later version', () => {
    const result = parseBackup(file({ packs: [{ name: 3 }], device: 'Ward PC 4' }));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.backup.reflections).toHaveLength(1);
    expect(result.notes).toEqual([
      '"device" is not part of a Power of Many backup, so it was left out.',
      'The prompt packs in this file are not in a form this version reads, so they were left out.',
    ]);
  });
});

/** As long as the model allows, in Welsh and with emoji, so every character takes several bytes. */
const longText = (seed: string) =>
  `${seed}: `.padEnd(20_000, 'Cyfarfod â’r teulu — ŵyr ✓ 🙂 ').slice(0, 20_000);
// Shared by every reflection, so 10,000 of them fit in memory; each file still holds every character.
const [what, soWhat, nowWhat] = [longText('Beth'), longText('Felly'), longText('Nawr')];

function longReflection(n: number) {
  return makeReflection({ id: testId(n), title: `Myfyrdod ${n} — ŵyr`, what, soWhat, nowWhat });
}

// #11 point 4: whatever the extension exports, it can import again.
describe('a backup too large for one file is written as parts that import together', () => {
  it('splits small parts, names each, and reads them back in any order', () => {
    const reflections = Array.from({ length: 12 }, (_, i) => longReflection(i + 1));
    const texts = toBackupParts({ reflections, promptEvents: [], settings: defaultSettings }, now, 300_000);
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) expect(utf8Length(text)).toBeLessThanOrEqual(300_000);
    const files = texts.map((text, i) => ({ name: `part-${i + 1}.json`, text })).reverse();
    const result = parseBackupFiles(files);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.backup.reflections).toEqual(reflections);
    expect(result.backup.settings).toEqual(defaultSettings);
    const missing = parseBackupFiles(files.slice(1));
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.errors[0]).toMatch(/is missing\. Choose all \d+ files together/);
  });

  it('exports 10,000 of the longest non-ASCII reflections in parts that all import again', () => {
    const reflections = Array.from({ length: 10_000 }, (_, i) => longReflection(i + 1));
    const texts = toBackupParts({ reflections, promptEvents: [] }, now);
    expect(texts.length).toBeGreaterThan(1);
    let total = 0;
    const files = texts.map((text, i) => {
      const bytes = Buffer.byteLength(text);
      total += bytes;
      expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
      return { name: `part-${i + 1}.json`, text };
    });
    // Far beyond the single-file limit that used to refuse these backups.
    expect(total).toBeGreaterThan(10 * MAX_BACKUP_BYTES);
    const result = parseBackupFiles(files);
    if (!result.ok) throw new Error(result.errors.slice(0, 3).join('\n'));
    expect(result.backup.reflections).toHaveLength(10_000);
    expect(result.backup.reflections[9_999]).toEqual(reflections[9_999]);
    // Minutes on a busy shared machine; about half a minute of CPU.
  }, 600_000);
});

describe('toBackupParts', () => {
  it('writes one ordinary file when everything fits', () => {
    const data = { reflections: [makeReflection()], promptEvents: [], settings: defaultSettings };
    expect(toBackupParts(data, now)).toEqual([toBackup(data, now)]);
  });
});

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does', () => {
    for (const s of ['plain', 'â’ŵ', '🙂✓', 'a\uD800b'])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
