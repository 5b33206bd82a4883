import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  ChromiumSession,
  detectionCorpus,
  detectionInPage,
  exportsInUi,
  indexedDbFigures,
  logOpen,
  pageLoad,
  type StoreSession,
  seededStore,
} from './chromium.bench';
import { pageCost } from './pageload';
import { bundleSizes } from './sizes';

/*
 * `npm run bench`: every benchmark, one JSON document on stdout (and bench-results/latest.json), a
 * readable table on stderr. Each benchmark runs in its own try/catch, so one failure shows up as
 * { "error": "…" } and the rest still run. Timings live here, never in tests.
 */

const root = path.resolve(import.meta.dirname, '../..');
const testBuildDir = path.join(root, '.output-test/chrome-mv3');
const prodBuildDir = path.join(root, '.output/chrome-mv3');

type Section = Record<string, unknown>;
const startedAt = performance.now();

function log(message: string): void {
  const s = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${message}\n`);
}

async function section<T extends Section>(
  name: string,
  fn: () => Promise<T> | T,
): Promise<T | { error: string }> {
  const start = performance.now();
  log(`${name}…`);
  try {
    const result = await fn();
    log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] || String(error) : String(error);
    log(`${name} FAILED: ${message}`);
    return { error: message };
  }
}

// ---- Builds ---------------------------------------------------------------------------------------

function newestMtime(paths: string[]): number {
  let newest = 0;
  const stack = paths.map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  while (stack.length) {
    const p = stack.pop() as string;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(p)) stack.push(path.join(p, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Builds `outDir` with WXT unless its manifest is newer than every source file. */
function ensureBuild(outDir: string, env: Record<string, string>): Section {
  const manifest = path.join(outDir, 'manifest.json');
  const sources = newestMtime(['src', 'entrypoints', 'public', 'wxt.config.ts', 'package.json']);
  if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= sources) return { build: 'up to date' };
  const start = performance.now();
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Math.round(performance.now() - start);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    process.stderr.write(`${output}\n`);
    if (fs.existsSync(manifest)) return { build: 'FAILED; measuring the previous build', stale: true, ms };
    throw new Error(`wxt build failed (${outDir}); see the output above`);
  }
  return { build: 'rebuilt', ms };
}

// ---- Node modules ---------------------------------------------------------------------------------

/** Imports a bench module beside this file, or says it is missing (modules land at different times). */
async function nodeModule(file: string): Promise<Section> {
  const full = path.join(import.meta.dirname, file);
  if (!fs.existsSync(full)) return { missing: true };
  const mod = (await import(pathToFileURL(full).href)) as { run?: () => Promise<Section> };
  if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
  return mod.run();
}

type Target = { test: (key: string) => boolean; target: string; met: (v: number) => boolean };

/** Puts a target next to the Node figures that have one: { value, target, met }. */
function withTargets(figures: Section, targets: Target[]): Section {
  const out: Section = {};
  for (const [key, value] of Object.entries(figures)) {
    const t = typeof value === 'number' ? targets.find((x) => x.test(key)) : undefined;
    out[key] = t ? { value, target: t.target, met: t.met(value as number) } : value;
  }
  return out;
}

// ---- Report ---------------------------------------------------------------------------------------

interface Row {
  name: string;
  value: string;
  target: string;
  met: string;
}

function isTargeted(v: unknown): v is { value: number; target: string; met: boolean } {
  return typeof v === 'object' && v !== null && 'target' in v && 'value' in v && 'met' in v;
}

function rows(prefix: string, value: unknown, out: Row[]): void {
  if (isTargeted(value)) {
    out.push({
      name: prefix,
      value: String(value.value),
      target: value.target,
      met: value.met ? 'yes' : 'NO',
    });
  } else if (Array.isArray(value)) {
    out.push({ name: prefix, value: value.join(', '), target: '', met: '' });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) rows(prefix ? `${prefix}.${k}` : k, v, out);
  } else out.push({ name: prefix, value: String(value), target: '', met: '' });
}

function table(report: Section): string {
  const all: Row[] = [];
  const { benchmark: _name, ...figures } = report;
  rows('', figures, all);
  const w = (f: keyof Row) => Math.min(70, Math.max(...all.map((r) => r[f].length)));
  const [a, b, c] = [w('name'), w('value'), w('target')];
  const line = (r: Row) =>
    `${r.name.padEnd(a)}  ${r.value.slice(0, 70).padStart(Math.min(b, 20))}  ${r.target.padEnd(c)}  ${r.met}`.trimEnd();
  return [line({ name: 'benchmark', value: 'value', target: 'target', met: 'met' }), ...all.map(line)].join(
    '\n',
  );
}

function targetSummary(
  report: Section,
): Array<{ name: string; value: number; target: string; met: boolean }> {
  const out: Array<{ name: string; value: number; target: string; met: boolean }> = [];
  const walk = (prefix: string, v: unknown) => {
    if (isTargeted(v)) out.push({ name: prefix, value: v.value, target: v.target, met: v.met });
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, child);
    }
  };
  walk('', report);
  return out;
}

// ---- Main -----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cpus = os.cpus();
  const report: Section = {
    benchmark: 'power-of-many',
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: 'not launched',
      date: new Date().toISOString(),
    },
  };

  report.build = {
    test: await section('test build (.output-test)', () => ensureBuild(testBuildDir, { WXT_POM_TEST: '1' })),
    production: await section('production build (.output)', () => ensureBuild(prodBuildDir, {})),
  };

  const nodeTargets: Target[] = [
    { test: (k) => /^detect.*median.*ms$/i.test(k), target: '<= 1 ms per page', met: (v) => v <= 1 },
  ];
  const exportTargets: Target[] = [
    { test: (k) => /^csv/i.test(k), target: '<= 500 ms', met: (v) => v <= 500 },
    { test: (k) => /^json/i.test(k), target: '<= 500 ms', met: (v) => v <= 500 },
    { test: (k) => /^nmc/i.test(k), target: '<= 2000 ms', met: (v) => v <= 2000 },
  ];
  report.node = {
    detect: await section('node: detect', async () =>
      withTargets(await nodeModule('detect.bench.ts'), nodeTargets),
    ),
    store: await section('node: store', () => nodeModule('store.bench.ts')),
    export: await section('node: export', async () =>
      withTargets(await nodeModule('export.bench.ts'), exportTargets),
    ),
    fuzz: await section('node: fuzz', async () => {
      const fuzz = await nodeModule('fuzz.bench.ts');
      const zero: Target[] = [{ test: (k) => /Failures$/.test(k), target: '0', met: (v) => v === 0 }];
      return withTargets(fuzz, zero);
    }),
  };

  report.bundle = await section('bundle sizes (production build)', () => bundleSizes(prodBuildDir));
  report.pageCost = await section('page cost: shared pageload harness (production build)', () =>
    pageCost(prodBuildDir, log),
  );

  const chromium: Section = {};
  report.chromium = chromium;
  let session: ChromiumSession | null = null;
  try {
    session = await ChromiumSession.start(testBuildDir);
    const s = session;
    chromium.detectionInPage = await section('chromium: content script on large and hostile pages', () =>
      detectionInPage(s),
    );
    chromium.detectionCorpus = await section('chromium: detector over the corpus', () => detectionCorpus(s));
    chromium.pageLoad = await section('chromium: page load with and without the extension', () =>
      pageLoad(s),
    );
    let store: StoreSession | null = null;
    const seeded = await section('chromium: seed 10,000 reflections', async () => {
      const start = performance.now();
      store = await seededStore(s, 10_000);
      return { reflections: store.count, seedMs: Math.round(performance.now() - start) };
    });
    const seededStoreSession = store as StoreSession | null;
    if (seededStoreSession) {
      const st = seededStoreSession;
      chromium.indexedDb = await section('chromium: IndexedDB save and list', () => indexedDbFigures(st));
      chromium.log = await section('chromium: open the log', () => logOpen(st));
      chromium.exports = await section('chromium: exports through the UI', () => exportsInUi(st));
    } else {
      chromium.indexedDb = seeded;
      chromium.log = seeded;
      chromium.exports = seeded;
    }
    (report.machine as Section).chromium = s.version || 'unknown';
  } catch (error) {
    chromium.error = error instanceof Error ? error.message : String(error);
    log(`chromium FAILED: ${chromium.error}`);
  } finally {
    await session?.close();
  }

  report.durationS = Math.round((performance.now() - startedAt) / 100) / 10;
  const readable = table(report);
  report.targets = targetSummary(report);

  const json = `${JSON.stringify(report, null, 2)}\n`;
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench-results/latest.json'), json);
  process.stderr.write(`\n${readable}\n\nWritten to bench-results/latest.json\n`);
  process.stdout.write(json);
}

await main();
