import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardMessageKeys, cardWords, lookupFromCardWords } from '../../../src/ui/card-words';
import { lookupFromMessages } from '../../../src/ui/i18n';

const root = path.resolve(import.meta.dirname, '../../..');
const messages = JSON.parse(fs.readFileSync(path.join(root, 'public/_locales/en_GB/messages.json'), 'utf8'));
const browserLookup = lookupFromMessages(messages);

/** Every source file the card's two entry points (chip and open card) reach through relative imports. */
function cardSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    // Type-only imports bring no code (and no words) into the card's bundle.
    const code = source.replace(/^(?:import|export) type [^;]*;/gm, '');
    for (const m of code.matchAll(/from '(\.[^']+)'/g)) {
      const base = path.resolve(path.dirname(file), m[1] as string);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
      if (found && !found.endsWith('.json')) visit(found);
    }
  };
  visit(path.join(root, 'entrypoints/card/index.ts'));
  visit(path.join(root, 'entrypoints/card-open/index.tsx'));
  return [...seen];
}

describe("the card's words, sent by the background", () => {
  it('include every message key the card’s code names', () => {
    const files = cardSources();
    expect(files.some((f) => f.endsWith('prompt-card.tsx'))).toBe(true);
    const named = new Set<string>();
    for (const file of files)
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'([A-Za-z0-9_]+)'/g))
        if ((m[1] as string) in messages) named.add(m[1] as string);
    expect([...named].filter((k) => !cardMessageKeys.includes(k as never))).toEqual([]);
  });

  it('fill substitutions exactly as the browser would', () => {
    const words = cardWords(browserLookup);
    const lookup = lookupFromCardWords(words, () => 'fallback');
    for (const key of cardMessageKeys) {
      expect(lookup(key, ['first', 'second'])).toBe(browserLookup(key, ['first', 'second']));
      expect(lookup(key, 'only')).toBe(browserLookup(key, 'only'));
    }
    expect(lookup('cardChipLabel', 'Who is missing?')).toContain('Who is missing?');
  });

  it('fall back to the browser for a key the background did not send', () => {
    const lookup = lookupFromCardWords({}, (key) => `asked for ${key}`);
    expect(lookup('optionsTitle')).toBe('asked for optionsTitle');
  });
});
