import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const messages = JSON.parse(
  fs.readFileSync(path.join(root, 'public/_locales/en_GB/messages.json'), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function uiFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return uiFiles(full);
    return /\.tsx$/.test(e.name) ? [full] : [];
  });
}

const files = [...uiFiles(path.join(root, 'entrypoints')), ...uiFiles(path.join(root, 'src'))];

/** Visible text between tags that is not an expression, e.g. `<p>Saved</p>`. */
function literalJsxText(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/>([^<>{}]*[A-Za-z]{2,}[^<>{}]*)</g)) {
    const text = (m[1] ?? '').trim();
    // Skip TypeScript generics and arrow functions that the pattern can catch, e.g. `=> a<b`.
    if (!text || /[=;()]|=>|\bconst\b|\breturn\b|&&|\|\|/.test(text)) continue;
    found.push(text);
  }
  return found;
}

const userFacingAttributes = /\b(aria-label|title|placeholder|alt|aria-description)="([^"]*[A-Za-z][^"]*)"/g;

describe('every user-visible string comes from _locales', () => {
  it('finds UI files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const rel = path.relative(root, file);
    const source = fs.readFileSync(file, 'utf8');
    it(`${rel} has no hard-coded text`, () => {
      expect(literalJsxText(source)).toEqual([]);
      expect([...source.matchAll(userFacingAttributes)].map((m) => m[0])).toEqual([]);
    });
    it(`${rel} only uses message keys that exist`, () => {
      const keys = [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? '');
      expect(keys.filter((k) => !(k in messages))).toEqual([]);
    });
  }

  it('the scanner itself catches hard-coded text', () => {
    expect(literalJsxText('<p>Save your reflection</p>')).toEqual(['Save your reflection']);
    expect(literalJsxText("<p>{t('saved')}</p>")).toEqual([]);
    expect([...'<button aria-label="Close">'.matchAll(userFacingAttributes)]).toHaveLength(1);
  });
});

describe('messages.json', () => {
  it('uses only keys and placeholders browsers accept', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.length).toBeGreaterThan(0);
      for (const name of entry.message.match(/\$([A-Za-z0-9_]+)\$/g) ?? []) {
        expect(Object.keys(entry.placeholders ?? {})).toContain(name.slice(1, -1).toLowerCase());
      }
    }
  });

  it('has a label for every id the UI looks up by group', async () => {
    const {
      nmcThemes,
      gmcDomains,
      supportingInfoTypes,
      nmcActivities,
      movementRoles,
      professions,
      piiKinds,
      planningContexts,
      promptCategories,
      exportFormats,
    } = await import('../../../src/vocabulary');
    const groups: [string, readonly string[]][] = [
      ['nmc', nmcThemes],
      ['gmc', gmcDomains],
      ['si', supportingInfoTypes],
      ['activity', nmcActivities],
      ['role', movementRoles],
      ['profession', professions],
      ['pii', piiKinds],
      ['context', planningContexts],
      ['category', promptCategories],
      ['format', exportFormats],
    ];
    const missing = groups.flatMap(([g, ids]) =>
      ids.map((id) => `${g}_${id.replaceAll('-', '_')}`).filter((k) => !(k in messages)),
    );
    expect(missing).toEqual([]);
  });
});
