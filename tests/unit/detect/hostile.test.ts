import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../src/detect/detection';
import { detectPlanningPage } from '../../../src/detect/index';
import { loadPage, readLabels } from './corpus';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** What a hostile page might do to the built-ins a detector leans on. */
const targets: Array<[object, string]> = [
  [Array.prototype, 'map'],
  [Array.prototype, 'filter'],
  [Array.prototype, 'forEach'],
  [Array.prototype, 'some'],
  [Array.prototype, 'indexOf'],
  [Array.prototype, 'includes'],
  [Array.prototype, 'join'],
  [Array.prototype, 'push'],
  [Array.prototype, 'slice'],
  [Array.prototype, 'sort'],
  [String.prototype, 'toLowerCase'],
  [String.prototype, 'toUpperCase'],
  [String.prototype, 'includes'],
  [String.prototype, 'indexOf'],
  [String.prototype, 'trim'],
  [String.prototype, 'split'],
  [String.prototype, 'replace'],
  [String.prototype, 'slice'],
  [String.prototype, 'startsWith'],
  [RegExp.prototype, 'exec'],
  [RegExp.prototype, 'test'],
];

function hostile(): never {
  throw new Error('a hostile page replaced this built-in');
}

/** Replaces the built-ins, runs `run`, and reports what was installed while it ran and afterwards. */
function underHostileBuiltins<T>(run: () => T): { result: T; stillHostileAfterwards: boolean } {
  const saved: PropertyDescriptor[] = [];
  for (let i = 0; i < targets.length; i++) {
    const [target, key] = targets[i] as [object, string];
    saved[i] = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    Object.defineProperty(target, key, { value: hostile, writable: true, configurable: true });
  }
  let result: T;
  let stillHostileAfterwards = true;
  try {
    result = run();
    for (let i = 0; i < targets.length; i++) {
      const [target, key] = targets[i] as [object, string];
      if ((target as Record<string, unknown>)[key] !== hostile) stillHostileAfterwards = false;
    }
  } finally {
    for (let i = 0; i < targets.length; i++) {
      const [target, key] = targets[i] as [object, string];
      Object.defineProperty(target, key, saved[i] as PropertyDescriptor);
    }
  }
  return { result, stillHostileAfterwards };
}

describe('pages that replace built-ins', () => {
  const labels = readLabels().filter((label) =>
    ['sp-ppg-meeting-agenda.html', 'neg-mobile-data-plans.html'].includes(label.file),
  );

  it('detects exactly as before, and leaves the page its own replacements', () => {
    expect(labels).toHaveLength(2);
    for (const label of labels) {
      const doc = loadPage(label);
      const expected: Detection = detectPlanningPage(doc, label.url);
      const { result, stillHostileAfterwards } = underHostileBuiltins(() =>
        detectPlanningPage(doc, label.url),
      );
      expect(result, label.file).toEqual(expected);
      expect(stillHostileAfterwards).toBe(true);
    }
    expect(labels.map((label) => label.planning)).toEqual([true, false]);
  });

  it('fails closed (not planning) when a page has frozen a replacement in place', { timeout: 60_000 }, () => {
    // Irreversible, so it runs in its own process.
    const script = `
      import { parseHTML } from 'linkedom';
      import { detectPlanningPage } from './src/detect/index';
      const { document } = parseHTML('<html><head><title>Team meeting agenda</title></head><body><h1>Agenda</h1><p>Apologies. Matters arising. AOB. TBC</p></body></html>');
      const before = detectPlanningPage(document, 'https://docs.google.com/document/d/1/edit');
      Object.defineProperty(Array.prototype, 'map', { value: () => { throw new Error('hostile'); }, writable: false, configurable: false });
      const after = detectPlanningPage(document, 'https://docs.google.com/document/d/1/edit');
      process.stdout.write(JSON.stringify({ before: before.planning, after: after.planning, afterScore: after.score }));
    `;
    const run = spawnSync('npx', ['tsx', '--eval', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: true, after: false, afterScore: 0 });
  });
});
