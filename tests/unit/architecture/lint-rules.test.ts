import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const biome = join(root, 'node_modules/.bin/biome');

/** Lints a small tree laid out like the project's, with the project's own biome.json, and returns the report. */
function lintTree(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    execFileSync(biome, ['lint', '--max-diagnostics=50', '.'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
}

// Each case starts Biome over a small tree: seconds on a busy machine, so more than Vitest's default 5 s.
describe('the architecture rules in biome.json bite', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pom-lint-'));
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
    config.$schema = undefined;
    config.vcs = { enabled: false };
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the browser in the core, the shell in shared UI, and import cycles', () => {
    const report = lintTree(dir, {
      'src/reflections/bad-browser.ts': "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/detect/bad-polyfill.ts':
        "import browser from 'webextension-polyfill';\nexport const y = browser;\n",
      'src/ui/bad-shell.ts': "import { getDb } from '../shell/db';\nexport const z = getDb;\n",
      'src/export/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b();\n",
      'src/export/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a();\n",
      'src/shell/db.ts': "import { browser } from 'wxt/browser';\nexport const getDb = () => browser;\n",
    });
    expect(report).toContain('src/reflections/bad-browser.ts');
    expect(report).toContain('src/detect/bad-polyfill.ts');
    expect(report).toContain('src/ui/bad-shell.ts');
    expect(report.match(/noRestrictedImports/g)?.length).toBe(3);
    expect(report).toMatch(/src\/export\/cycle-[ab]\.ts[\s\S]*noImportCycles/);
    // The shell is where the browser belongs.
    expect(report).not.toContain('src/shell/db.ts');
  });

  it('keeps the shared vocabulary free of zod, while schemas elsewhere may use it', () => {
    const report = lintTree(dir, {
      'src/vocabulary.ts': "import { z } from 'zod';\nexport const ids = z.enum(['a']);\n",
      'src/settings/ok-schema.ts': "import { z } from 'zod';\nexport const ok = z.enum(['a']);\n",
    });
    expect(report).toMatch(/src\/vocabulary\.ts[\s\S]*noRestrictedImports/);
    expect(report).not.toContain('src/settings/ok-schema.ts');
  });

  it('refuses a function over 120 lines, except in the detector’s sample walk', () => {
    const body = Array.from({ length: 125 }, (_, i) => `  total += ${i};`).join('\n');
    const long = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    const report = lintTree(dir, { 'src/ui/long.ts': long, 'src/detect/sample-page.ts': long });
    expect(report).toMatch(/src\/ui\/long\.ts[\s\S]*noExcessiveLinesPerFunction/);
    expect(report).not.toContain('src/detect/sample-page.ts');
  });
});
