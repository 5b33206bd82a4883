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

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [full] : [];
  });
}

/** Plain .ts files that may hold English sentences, each with the reason. */
const sentenceExempt: [RegExp, string][] = [
  [/^src\/prompts\/library\//, 'prompt content is data that organisation packs replace'],
  [/^src\/prompts\/references\.ts$/, 'the sources prompts cite are data, replaced with the packs'],
  [/^src\/cli\//, 'the Node front doors speak to developers and administrators at a terminal'],
  [/\.(test|spec)\.ts$/, 'test files'],
  [/^src\/reflections\/migrations\.ts$/, "each step's description is the schema's history for developers"],
  [/^src\/reflections\/pii-people\.ts$/, 'word lists the guard matches, never shown'],
  [
    /^src\/detect\/platforms\.ts$/,
    'rule labels for the detector; the UI names platforms through platform_* keys',
  ],
];

/** Names that are not sentences to translate. */
const properNames = new Set(['Power of Many']);

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * English sentences in string literals: three or more words starting with a capital, or words ending with
 * a full stop. Arguments of `new RangeError(` are exempt: they report a mistake in our own code or data.
 */
function sentenceLiterals(source: string): string[] {
  const found: string[] = [];
  const code = withoutComments(source).replace(/new RangeError\(\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const text = raw.replace(/\$\{[^}]*\}/g, 'X').trim();
    if (properNames.has(text)) continue;
    const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
    const capitalised = /^[A-Z][a-z]+\b/.test(text) && words.length >= 3;
    const sentence = /[a-z]{2,}[.!?]$/.test(text) && words.length >= 2;
    if (capitalised || sentence) found.push(raw);
  }
  return found;
}

describe('no English sentences in plain .ts files', () => {
  const tsSources = [...tsFiles(path.join(root, 'src')), ...tsFiles(path.join(root, 'entrypoints'))]
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .filter((rel) => !sentenceExempt.some(([pattern]) => pattern.test(rel)));

  it('finds .ts files to check', () => {
    expect(tsSources.length).toBeGreaterThan(50);
  });

  for (const rel of tsSources) {
    it(`${rel} has no sentence literals`, () => {
      expect(sentenceLiterals(fs.readFileSync(path.join(root, rel), 'utf8'))).toEqual([]);
    });
  }

  it('the scanner itself catches sentences and lets keys, names and code through', () => {
    expect(sentenceLiterals("throw new Error('The file is empty.');")).toEqual(['The file is empty.']);
    expect(sentenceLiterals(`const m = \`This backup is in \${n} files\`;`)).toEqual([
      `This backup is in \${n} files`,
    ]);
    expect(sentenceLiterals("return t('err_backup_empty');")).toEqual([]);
    expect(sentenceLiterals("const creator = 'Power of Many';")).toEqual([]);
    expect(sentenceLiterals(`throw new RangeError(\`Not a page size: \${n}\`);`)).toEqual([]);
    expect(sentenceLiterals("// Say what happened. Never a literal.\nconst a = 'text/csv';")).toEqual([]);
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
