/// <reference types="chrome" />
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { build } from 'esbuild';
import { Reflection } from '../../src/reflections/model';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser-path';
import { syntheticReflections } from '../support/factory';
import { type GeneratedPages, writeBenchPages } from './large-page';
import { attributeScript, startTrace, stopTrace } from './trace';

/*
 * Benchmarks that need a real browser: Debian's Chromium driven by Playwright with the test build of
 * the extension (`.output-test/chrome-mv3`, which pre-grants http://127.0.0.1/* so no dialog is needed).
 * Every page comes from this module's own server on 127.0.0.1; nothing else is contacted.
 */

const root = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.join(root, 'tests/fixtures/pages');

export type Figures = Record<string, unknown>;

// ---- Small statistics -----------------------------------------------------------------------------

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile (p in 0..1); NaN for no values. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- Session: server and browsers -----------------------------------------------------------------

interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Serves the generated pages at / and the detector corpus at /pages/, never cached. */
async function startServer(pages: GeneratedPages): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [base, rel] = url.pathname.startsWith('/pages/')
      ? [corpusDir, url.pathname.slice('/pages/'.length)]
      : [pages.dir, url.pathname.slice(1)];
    const file = path.normalize(path.join(base, decodeURIComponent(rel)));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One server, and browsers launched on first use; close() ends all of them and removes their profiles. */
export class ChromiumSession {
  readonly pages: GeneratedPages;
  readonly origin: string;
  version = '';
  private readonly closers: Array<() => Promise<void>> = [];
  private extensionBrowser: Promise<ExtensionBrowser> | null = null;
  private plainBrowser: Promise<BrowserContext> | null = null;

  private constructor(
    readonly extensionDir: string,
    pages: GeneratedPages,
    server: { origin: string; close: () => Promise<void> },
  ) {
    this.pages = pages;
    this.origin = server.origin;
    this.closers.push(server.close);
    this.closers.push(async () => fs.rmSync(pages.dir, { recursive: true, force: true }));
  }

  static async start(extensionDir: string): Promise<ChromiumSession> {
    if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No test build at ${extensionDir}`);
    }
    const pages = writeBenchPages(fs.mkdtempSync(path.join(os.tmpdir(), 'pom-bench-pages-')));
    return new ChromiumSession(extensionDir, pages, await startServer(pages));
  }

  url(file: string): string {
    return `${this.origin}/${file}`;
  }

  async launch(withExtension: boolean): Promise<BrowserContext> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-bench-profile-'));
    // Only 127.0.0.1 resolves, so nothing in a benchmark can reach the network even by accident.
    const offline = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
    const args = withExtension
      ? [
          ...chromiumArgs,
          offline,
          `--disable-extensions-except=${this.extensionDir}`,
          `--load-extension=${this.extensionDir}`,
        ]
      : [...chromiumArgs, offline, '--disable-extensions'];
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args,
      acceptDownloads: true,
    });
    // tsx compiles this file with esbuild's keepNames, which wraps named inner functions in a __name()
    // helper. Functions handed to page.evaluate or addInitScript are sent as source text, so every page
    // needs a stand-in for that helper.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    this.version ||= context.browser()?.version() ?? '';
    this.closers.push(async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    });
    return context;
  }

  async launchExtension(): Promise<ExtensionBrowser> {
    const context = await this.launch(true);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, worker, extensionId: new URL(worker.url()).host };
  }

  /** The extension, switched on for 127.0.0.1 the way the options page would, with the card allowed often. */
  extension(): Promise<ExtensionBrowser> {
    this.extensionBrowser ??= (async () => {
      const browser = await this.launchExtension();
      await browser.worker.evaluate(async () => {
        await chrome.storage.sync.set({
          settings: {
            onboarded: true,
            profession: 'nurse-midwife',
            sites: ['http://127.0.0.1/*'],
            // Every visit may show a card, so each measured visit pays the full cost (worst case).
            dailyCap: 20,
            siteCooldownMinutes: 0,
          },
        });
      });
      return browser;
    })();
    return this.extensionBrowser;
  }

  /** The same Chromium, same flags, no extension. */
  plain(): Promise<BrowserContext> {
    this.plainBrowser ??= this.launch(false);
    return this.plainBrowser;
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => {});
  }
}

// ---- In-page probes (main world, installed before any page script) --------------------------------

interface Probe {
  longTasks: Array<[number, number]>;
  gaps: Array<[number, number]>;
  readyAt: number | null;
}

/** Records long tasks, event-loop gaps (a 5 ms timer that could not run) and when the background's first decision reached the page (test builds stamp it). */
function installProbe(opts: { heartbeat: boolean }) {
  const state: Probe = { longTasks: [], gaps: [], readyAt: null };
  Object.defineProperty(window, '__pomBench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the counts stay empty.
  }
  if (opts.heartbeat) {
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > 20) state.gaps.push([last, now - last]);
      last = now;
      setTimeout(beat, 5);
    };
    setTimeout(beat, 5);
  }
  const mark = () => {
    if (state.readyAt === null && document.documentElement?.hasAttribute('data-pom-test-decisions')) {
      state.readyAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-pom-test-decisions'],
  });
}

async function readProbe(
  page: Page,
): Promise<Probe & { nodes: number; cardShown: boolean; loadEnd: number }> {
  return page.evaluate(() => {
    const state = (window as unknown as { __pomBench: Probe }).__pomBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    let nodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes++;
    return {
      longTasks: state.longTasks,
      gaps: state.gaps,
      readyAt: state.readyAt,
      nodes,
      cardShown: document.querySelector('[data-pom-card]') !== null,
      loadEnd: nav?.loadEventEnd ?? 0,
    };
  });
}

// ---- 1. The content script's main-thread cost on a large and a hostile page ----------------------

interface VisitFigures {
  detectorAloneMs: number;
  planning: boolean;
  nodes: number;
  cardShown: boolean;
  contentScriptMs?: number;
  namedEventsMs?: number;
  sampledMs?: number;
  contentScriptTasks?: Array<{ taskMs: number; oursMs: number }>;
  contentScriptLongTasks?: number;
  longTasksTouched?: number;
  entries?: number;
  pageLongTasks: number;
  maxGapMs: number;
  maxGapAfterLoadMs: number;
  readyMs: number | null;
}

/** One visit, traced when `trace` is set: from a blank page on the same origin to `settleMs` after the mark. */
async function visit(
  session: ChromiumSession,
  context: BrowserContext,
  file: string,
  opts: { extensionId?: string; trace: boolean; settleMs: number; detector: string },
): Promise<VisitFigures> {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbe, { heartbeat: true });
    // The bundled detector, defined before the page's scripts (so before the hostile page replaces
    // built-ins), to time detection alone on the same DOM once the visit has settled.
    await page.addInitScript({ content: opts.detector });
    await page.goto(session.url('blank.html'));
    const cdp = await context.newCDPSession(page);
    if (opts.trace) await startTrace(cdp);
    await page.goto(session.url(file), { waitUntil: 'load', timeout: 60_000 });
    if (opts.extensionId) {
      await page.waitForFunction(
        () => (window as unknown as { __pomBench: Probe }).__pomBench.readyAt !== null,
        undefined,
        { timeout: 30_000, polling: 50 },
      );
    }
    await sleep(opts.settleMs);
    const probe = await readProbe(page);
    const detectorAlone = await page.evaluate(() => {
      const detect = (
        globalThis as unknown as {
          __pomDetect: { detectPlanningPage: (d: Document, u: string) => { planning: boolean } };
        }
      ).__pomDetect.detectPlanningPage;
      const planning = detect(document, location.href).planning;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        detect(document, location.href);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { ms: times[2] as number, planning };
    });
    const figures: VisitFigures = {
      detectorAloneMs: round(detectorAlone.ms, 2),
      planning: detectorAlone.planning,
      nodes: probe.nodes,
      cardShown: probe.cardShown,
      pageLongTasks: probe.longTasks.filter(([, d]) => d > 50).length,
      maxGapMs: round(Math.max(0, ...probe.gaps.map(([, d]) => d)), 1),
      maxGapAfterLoadMs: round(
        Math.max(0, ...probe.gaps.filter(([t]) => t >= probe.loadEnd).map(([, d]) => d)),
        1,
      ),
      readyMs: probe.readyAt === null ? null : round(probe.readyAt, 1),
    };
    if (opts.trace) {
      const events = await stopTrace(cdp);
      if (opts.extensionId) {
        const a = attributeScript(events, `chrome-extension://${opts.extensionId}/`);
        Object.assign(figures, {
          contentScriptMs: round(a.mainThreadMs),
          namedEventsMs: round(a.namedEventsMs),
          sampledMs: round(a.sampledMs),
          contentScriptTasks: a.tasks.map((t) => ({
            taskMs: round(t.taskMs, 1),
            oursMs: round(t.oursMs, 1),
          })),
          contentScriptLongTasks: a.longTasksOver50ms,
          longTasksTouched: a.longTasksTouched,
          entries: a.entries,
        });
      }
    }
    await cdp.detach().catch(() => {});
    return figures;
  } finally {
    await page.close();
  }
}

/**
 * Content-script main-thread time (see trace.ts for how it is attributed) and long tasks, on the
 * 12,000-node planning page and on the 200,000-node hostile page, against the same pages without the
 * extension. Several traced visits per page; medians, and the worst task seen.
 */
export async function detectionInPage(session: ChromiumSession): Promise<Figures> {
  const ext = await session.extension();
  const plain = await session.plain();
  const detector = await detectorBundle();
  const out: Figures = {};
  const plan = [
    { key: 'largePage', file: 'large-page.html', runs: 3, settleMs: 2000 },
    { key: 'hostilePage', file: 'hostile-page.html', runs: 2, settleMs: 3000 },
  ];
  for (const { key, file, runs, settleMs } of plan) {
    const withExt: VisitFigures[] = [];
    const without: VisitFigures[] = [];
    for (let i = 0; i < runs; i++) {
      withExt.push(
        await visit(session, ext.context, file, {
          extensionId: ext.extensionId,
          trace: true,
          settleMs,
          detector,
        }),
      );
      without.push(await visit(session, plain, file, { trace: false, settleMs, detector }));
    }
    const ms = withExt.map((v) => v.contentScriptMs ?? Number.NaN);
    const tasks = withExt.flatMap((v) => v.contentScriptTasks ?? []);
    // The task in which the content script's own part was largest, across visits.
    const worst = tasks.reduce((w, t) => (t.oursMs > w.oursMs ? t : w), { taskMs: 0, oursMs: 0 });
    out[key] = {
      nodes: withExt[0]?.nodes,
      visits: runs,
      contentScriptMainThreadMs: {
        value: round(median(ms)),
        target: '<= 5 ms',
        met: median(ms) <= 5,
      },
      contentScriptMainThreadMsPerVisit: ms,
      detectPlanningPageAloneMs: median(without.map((v) => v.detectorAloneMs)),
      detectedAsPlanning: without[0]?.planning,
      namedEventsMsPerVisit: withExt.map((v) => v.namedEventsMs),
      sampledMsPerVisit: withExt.map((v) => v.sampledMs),
      scriptEntriesPerVisit: withExt.map((v) => v.entries),
      largestContentScriptSliceMs: worst.oursMs,
      taskContainingItMs: worst.taskMs,
      longTasksOver50ms: {
        value: Math.max(0, ...withExt.map((v) => v.contentScriptLongTasks ?? 0)),
        target: '0 (no task > 50 ms that the content script made long)',
        met: withExt.every((v) => (v.contentScriptLongTasks ?? 0) === 0),
      },
      pageLongTasksTouchedByContentScript: Math.max(0, ...withExt.map((v) => v.longTasksTouched ?? 0)),
      pageLongTasksOver50msWithExtension: median(withExt.map((v) => v.pageLongTasks)),
      pageLongTasksOver50msWithoutExtension: median(without.map((v) => v.pageLongTasks)),
      maxEventLoopGapMsWithExtension: Math.max(...withExt.map((v) => v.maxGapMs)),
      maxEventLoopGapMsWithoutExtension: Math.max(...without.map((v) => v.maxGapMs)),
      maxEventLoopGapAfterLoadMsWithExtension: Math.max(...withExt.map((v) => v.maxGapAfterLoadMs)),
      maxEventLoopGapAfterLoadMsWithoutExtension: Math.max(...without.map((v) => v.maxGapAfterLoadMs)),
      contentScriptStartedMs: median(withExt.map((v) => v.readyMs ?? Number.NaN)),
      cardShownVisits: withExt.filter((v) => v.cardShown).length,
    };
  }
  return out;
}

// ---- 2. The detector over the corpus, inside Chromium ----------------------------------------------

/** src/detect bundled for the page's main world: `globalThis.__pomDetect.detectPlanningPage`. */
async function detectorBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src/detect/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__pomDetect',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for src/detect');
  // Init scripts may be wrapped in a function, so make the global explicit.
  return `${out.text}\nglobalThis.__pomDetect = __pomDetect;`;
}

/**
 * Every corpus page loaded from 127.0.0.1 in Chromium without the extension; the bundled detector is
 * added as an init script (main world) and timed in the page: one warm-up, then 7 batches of 10 calls, per-call
 * time = batch time / 10 (Chromium coarsens performance.now to 0.1 ms), median batch per page.
 * The labelled URL from labels.jsonl is passed, as the content script would pass location.href.
 */
export async function detectionCorpus(session: ChromiumSession): Promise<Figures> {
  const bundle = await detectorBundle();
  const labels = fs
    .readFileSync(path.join(corpusDir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { file: string; url: string; planning: boolean });
  const context = await session.plain();
  const page = await context.newPage();
  // Defines the detector before each page's own scripts run; it only adds one global.
  await page.addInitScript({ content: bundle });
  const perPage: number[] = [];
  let agree = 0;
  let failures = 0;
  let firstFailure = '';
  try {
    for (const label of labels) {
      try {
        await page.goto(`${session.origin}/pages/${encodeURIComponent(label.file)}`);
        const r = await page.evaluate((url) => {
          const detect = (
            globalThis as unknown as {
              __pomDetect: { detectPlanningPage: (d: Document, u: string) => { planning: boolean } };
            }
          ).__pomDetect.detectPlanningPage;
          const planning = detect(document, url).planning;
          const batches: number[] = [];
          for (let b = 0; b < 7; b++) {
            const start = performance.now();
            for (let i = 0; i < 10; i++) detect(document, url);
            batches.push((performance.now() - start) / 10);
          }
          batches.sort((x, y) => x - y);
          return { ms: batches[3] as number, planning };
        }, label.url);
        perPage.push(r.ms);
        if (r.planning === label.planning) agree++;
      } catch (error) {
        failures++;
        firstFailure ||= `${label.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
    }
  } finally {
    await page.close();
  }
  const med = median(perPage);
  return {
    pages: perPage.length,
    failedPages: failures,
    ...(firstFailure ? { firstFailure } : {}),
    medianMs: { value: round(med, 3), target: '<= 5 ms per page', met: med <= 5 },
    p95Ms: round(quantile(perPage, 0.95), 3),
    maxMs: round(Math.max(...perPage), 3),
    agreesWithLabels: `${agree}/${labels.length}`,
  };
}

// ---- 4. Page load with and without the extension --------------------------------------------------

/**
 * The large planning page loaded `runs` times in each browser, alternating, one tab per browser reused.
 * loadEventEnd from Navigation Timing (ms after navigation start); ratio of medians. The content
 * script is injected at document_idle, so it can only delay the load event if the page is not yet
 * loaded when Chromium injects it; contentScriptStartedMs says when it did.
 */
export async function pageLoad(session: ChromiumSession, runs = 15): Promise<Figures> {
  const ext = await session.extension();
  const plain = await session.plain();
  // Three tabs: the extension on an enabled site, the same browser on a site it is not enabled for
  // (the extension installed but idle there), and a browser with no extensions at all.
  const tabs = {
    on: await ext.context.newPage(),
    idle: await ext.context.newPage(),
    plain: await plain.newPage(),
  };
  const mine = Object.values(tabs);
  // Like for like: no other tab (onboarding, earlier benchmarks' pages) may be busy in either browser.
  for (const page of [...ext.context.pages(), ...plain.pages()]) if (!mine.includes(page)) await page.close();
  const urls = {
    on: session.url('large-page.html'),
    idle: session.url('large-page.html').replace('127.0.0.1', 'localhost'),
    plain: session.url('large-page.html'),
  };
  type Which = keyof typeof tabs;
  const load: Record<Which, number[]> = { on: [], idle: [], plain: [] };
  const dcl: Record<Which, number[]> = { on: [], idle: [], plain: [] };
  const started: number[] = [];
  const orders: Which[][] = [
    ['on', 'idle', 'plain'],
    ['plain', 'on', 'idle'],
    ['idle', 'plain', 'on'],
  ];
  try {
    for (const tab of mine) await tab.addInitScript(installProbe, { heartbeat: false });
    for (let i = 0; i < runs; i++) {
      // Rotate the order, so drift over the run affects all three equally.
      for (const which of orders[i % orders.length] ?? []) {
        const tab = tabs[which];
        // A quiet moment first, so the previous visit's late work (GC, the card, re-detection) is not billed here.
        await sleep(300);
        await tab.goto(urls[which], { waitUntil: 'load' });
        const nav = await tab.waitForFunction(() => {
          const entry = performance.getEntriesByType('navigation')[0] as
            | PerformanceNavigationTiming
            | undefined;
          return entry && entry.loadEventEnd > 0
            ? { load: entry.loadEventEnd, dcl: entry.domContentLoadedEventEnd }
            : null;
        });
        const timing = (await nav.jsonValue()) as { load: number; dcl: number };
        load[which].push(timing.load);
        dcl[which].push(timing.dcl);
        if (which === 'on') {
          const ready = await tab
            .waitForFunction(
              () => (window as unknown as { __pomBench: Probe }).__pomBench.readyAt,
              undefined,
              {
                timeout: 3_000,
                polling: 20,
              },
            )
            .then((h) => h.jsonValue() as Promise<number>)
            .catch(() => Number.NaN);
          started.push(ready);
        }
      }
    }
  } finally {
    await Promise.all(mine.map((t) => t.close()));
  }
  const ratio = median(load.on) / median(load.plain);
  const ownRatio = median(load.on) / median(load.idle);
  return {
    runsEach: runs,
    loadEventEndMsWithExtension: round(median(load.on), 1),
    loadEventEndMsExtensionIdleOnSite: round(median(load.idle), 1),
    loadEventEndMsWithout: round(median(load.plain), 1),
    ratio: { value: round(ratio, 3), target: '<= 1.05', met: ratio <= 1.05 },
    // What the planning script itself costs: enabled site against the same browser where it does not run.
    ratioAgainstExtensionIdle: round(ownRatio, 3),
    domContentLoadedMsWithExtension: round(median(dcl.on), 1),
    domContentLoadedMsExtensionIdleOnSite: round(median(dcl.idle), 1),
    domContentLoadedMsWithout: round(median(dcl.plain), 1),
    contentScriptStartedMs: round(median(started), 1),
    contentScriptRanOnVisits: `${started.filter((s) => Number.isFinite(s)).length}/${runs}`,
  };
}

// ---- 5–7. Reflections in Chromium's IndexedDB, the log and the exports ----------------------------

const NMC_TAG = 'bench-nmc-100';

/** 10,000 valid reflections (checked against the model), none flagged, the first 100 tagged for the Word export. */
function benchReflections(n: number): Reflection[] {
  const list = syntheticReflections(n).map((r, i) => ({
    ...r,
    pii: [],
    tags: i < 100 ? [...r.tags, NMC_TAG] : r.tags,
  }));
  for (const r of list) {
    const checked = Reflection.safeParse(r);
    if (!checked.success) throw new Error(`Benchmark reflection is invalid: ${checked.error.message}`);
  }
  return list;
}

export interface StoreSession {
  browser: ExtensionBrowser;
  options: (hash: string) => string;
  count: number;
}

/** A fresh extension profile whose IndexedDB holds `count` reflections, made by the extension's own code. */
export async function seededStore(session: ChromiumSession, count = 10_000): Promise<StoreSession> {
  const browser = await session.launchExtension();
  const options = (hash: string) => `chrome-extension://${browser.extensionId}/options.html${hash}`;
  const page = await browser.context.newPage();
  try {
    // The options page opens (and so creates and migrates) the database; wait until it exists.
    await page.goto(options('#log'));
    await page.waitForFunction(async () => {
      const dbs = await indexedDB.databases();
      return dbs.some((d) => d.name === 'power-of-many' && (d.version ?? 0) > 0);
    });
    const all = benchReflections(count);
    for (let i = 0; i < all.length; i += 1000) {
      await page.evaluate(
        (chunk) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('power-of-many');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction('reflections', 'readwrite');
              const store = tx.objectStore('reflections');
              for (const r of chunk) store.put(r);
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        all.slice(i, i + 1000),
      );
    }
  } finally {
    await page.close();
  }
  return { browser, options, count };
}

/**
 * Raw IndexedDB in the extension's origin, from the options page: one reflection put per readwrite
 * transaction, awaited to `complete` (what a save costs the browser), 30 times on top of the seeded
 * 10,000, median; then getAll of the reflections store, 5 times, median. The 30 are removed again.
 */
export async function indexedDbFigures(store: StoreSession): Promise<Figures> {
  const page = await store.browser.context.newPage();
  try {
    await page.goto(store.options('#settings'));
    const extra = benchReflections(30).map((r, i) => ({
      ...r,
      id: `00000000-0000-4000-8000-${(0xbe0000000000 + i).toString(16)}`,
      title: `Bench save ${i}`,
    }));
    return await page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('power-of-many');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
      const saves: number[] = [];
      for (const r of records) {
        const start = performance.now();
        const tx = db.transaction('reflections', 'readwrite');
        tx.objectStore('reflections').put(r);
        await done(tx);
        saves.push(performance.now() - start);
      }
      const cleanup = db.transaction('reflections', 'readwrite');
      for (const r of records) cleanup.objectStore('reflections').delete(r.id);
      await done(cleanup);
      const lists: number[] = [];
      let listed = 0;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction('reflections').objectStore('reflections').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        lists.push(performance.now() - start);
        listed = all.length;
      }
      db.close();
      return {
        saveOneMedianMs: Math.round(med(saves) * 100) / 100,
        saveOneP95Ms: Math.round(([...saves].sort((a, b) => a - b)[28] ?? Number.NaN) * 100) / 100,
        listAllMedianMs: Math.round(med(lists) * 10) / 10,
        listedReflections: listed,
      };
    }, extra);
  } finally {
    await page.close();
  }
}

/** In the options page's own realm: when the first page of rows is in the DOM and when the next frame after it starts. */
function installLogProbe() {
  const state = {
    rowsAt: null as number | null,
    paintedAt: null as number | null,
    statusAt: null as number | null,
  };
  Object.defineProperty(window, '__pomLog', { value: state });
  const check = () => {
    if (
      state.statusAt === null &&
      /Showing/.test(document.querySelector('[role="status"]')?.textContent ?? '')
    ) {
      state.statusAt = performance.now();
    }
    if (state.rowsAt === null && document.querySelector('table tbody tr')) {
      state.rowsAt = performance.now();
      requestAnimationFrame(() => {
        state.paintedAt = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * options.html#log opened in a new tab with 10,000 reflections stored: from navigation start (the
 * page's time origin) to the first animation frame after the first page of rows is in the DOM, which
 * is when Chromium paints them. 6 tabs one after another, median.
 */
export async function logOpen(store: StoreSession): Promise<Figures> {
  const times: Array<{ rows: number; painted: number; status: number | null; rowCount: number }> = [];
  for (let i = 0; i < 6; i++) {
    const page = await store.browser.context.newPage();
    try {
      await page.addInitScript(installLogProbe);
      await page.goto(store.options('#log'));
      const handle = await page.waitForFunction(
        () => {
          const s = (window as unknown as { __pomLog: { paintedAt: number | null } }).__pomLog;
          return s.paintedAt === null ? null : s;
        },
        undefined,
        { timeout: 30_000, polling: 20 },
      );
      const s = (await handle.jsonValue()) as { rowsAt: number; paintedAt: number; statusAt: number | null };
      const summary = page.getByRole('status').filter({ hasText: /^Showing/ });
      await summary.first().waitFor({ timeout: 10_000 });
      const rowCount = await page
        .getByRole('table', { name: 'Your reflections, newest first' })
        .locator('tbody tr')
        .count();
      times.push({ rows: s.rowsAt, painted: s.paintedAt, status: s.statusAt, rowCount });
    } finally {
      await page.close();
    }
  }
  const painted = median(times.map((t) => t.painted));
  return {
    reflections: store.count,
    firstPageRows: times[0]?.rowCount,
    firstRowsShownMs: { value: round(painted, 1), target: '<= 200 ms', met: painted <= 200 },
    firstRowsShownMsPerTab: times.map((t) => round(t.painted, 1)),
    firstRowsInDomMs: round(median(times.map((t) => t.rows)), 1),
    showingStatusMs: round(median(times.map((t) => t.status ?? Number.NaN)), 1),
  };
}

/** Clicks Export with `format` chosen and times until Chromium reports the download; checks the file. */
async function timeExport(
  page: Page,
  format: string,
  runs: number,
): Promise<{ ms: number[]; bytes: number; name: string }> {
  const ms: number[] = [];
  let bytes = 0;
  let name = '';
  // Preact sets option values as properties, so the controls are found by their labels, as a user would.
  await page.getByLabel('Format', { exact: true }).selectOption(format);
  for (let i = 0; i < runs; i++) {
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.waitFor();
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('button[type="submit"]')].find(
        (x) => x.textContent === 'Export',
      );
      return b && !(b as HTMLButtonElement).disabled;
    });
    const start = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    ms.push(performance.now() - start);
    name = download.suggestedFilename();
    const file = await download.path();
    bytes = fs.statSync(file).size;
    await download.delete();
  }
  return { ms, bytes, name };
}

/**
 * The real Export panel, clicked as a user would: time from the click on Export to Chromium's download
 * event (so it includes reading the store where the UI does, building the file, the Blob and the
 * download start). CSV and JSON backup of all 10,000; NMC Word of the 100 matching a tag filter set
 * in the log. 3 runs each, median.
 */
export async function exportsInUi(store: StoreSession): Promise<Figures> {
  const page = await store.browser.context.newPage();
  try {
    await page.goto(store.options('#export'));
    await page.getByLabel('Format', { exact: true }).waitFor({ timeout: 30_000 });
    const csv = await timeExport(page, 'csv', 3);
    const json = await timeExport(page, 'json', 3);

    // Filter the log by the tag on 100 reflections, then export what matches.
    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByLabel('Tag', { exact: true }).selectOption(NMC_TAG);
    await page
      .getByRole('status')
      .filter({ hasText: /of 100 matching/ })
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Export and backup' }).click();
    await page.getByLabel('Format', { exact: true }).waitFor();
    await page.getByRole('radio', { name: /matching the log's search and filters \(100\)/ }).check();
    const nmc = await timeExport(page, 'nmc-docx', 3);

    const csvMs = median(csv.ms);
    const jsonMs = median(json.ms);
    const nmcMs = median(nmc.ms);
    return {
      csv10000Ms: { value: round(csvMs, 1), target: '<= 500 ms', met: csvMs <= 500 },
      csvFile: `${csv.name} (${csv.bytes} bytes)`,
      json10000Ms: { value: round(jsonMs, 1), target: '<= 500 ms', met: jsonMs <= 500 },
      jsonFile: `${json.name} (${json.bytes} bytes)`,
      nmcWord100Ms: { value: round(nmcMs, 1), target: '<= 2000 ms', met: nmcMs <= 2000 },
      nmcFile: `${nmc.name} (${nmc.bytes} bytes)`,
      runsEach: 3,
    };
  } finally {
    await page.close();
  }
}
