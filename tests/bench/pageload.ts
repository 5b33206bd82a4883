import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { detectPlanningPage } from '../../src/detect/index';
import { largePlanningPage } from './large-page';

/*
 * What Power of Many costs a web page, measured with the shared harness (../shared/tools/pageload-bench.mjs)
 * exactly as its README says: the production build, granted 127.0.0.1 up front, switched on with
 * prompts allowed on every visit (worst case), against no extension in the same run, interleaved.
 * Three runs, each in fresh profiles (so each starts with an empty prompt history and daily count):
 * - corpus: every third page of the detector corpus (planning and not, as users meet them);
 * - cards: planning pages only, few enough that every visit may show the card (the daily cap is 20);
 * - large: the 12,000-node SharePoint-style plan, where the card shows too.
 * The harness's `addedElementsRate` is the share of loads that ended with an element more than without
 * the extension: the card's host, which carries no attribute a selector could count in production.
 * A third configuration, `idle`, is the same build installed but not switched on for the site: what
 * Chromium's extension machinery costs by itself, so the difference to `ours` is our scripts' share
 * (on a busy shared machine, the whole browser's extra work also stretches the page's task times).
 * `empty` injects a watcher that does nothing (the floor of any injected script), and `defaults` is the
 * build with a new user's settings: the harness's unmeasured warm-up load shows a card, so every measured
 * load falls in the site's two-hour rest and is left unread, as most loads on a busy site would be.
 * A page where no card could show is not read at all, so in `ours` the corpus loads after the twentieth
 * card of the day (the cap) cost nothing; the card pages are the case where every load is read and
 * gets its card.
 */

const root = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.join(root, 'tests/fixtures/pages');

/** The harness: beside the project (the shared workspace), or named by POM_PAGELOAD_BENCH. */
function harness(): { bench: string; enable: string } {
  const candidates = [
    process.env.POM_PAGELOAD_BENCH,
    path.join(root, '../shared/tools/pageload-bench.mjs'),
    '/work/shared/tools/pageload-bench.mjs',
  ];
  const bench = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!bench) throw new Error('pageload-bench.mjs not found; set POM_PAGELOAD_BENCH to its path');
  return { bench, enable: path.join(path.dirname(bench), 'enable-127-0-0-1.js') };
}

/** A copy of the production build that holds 127.0.0.1 up front (the real build asks at run time). */
function grantedCopy(prodDir: string, into: string): string {
  const dir = path.join(into, 'ext');
  fs.cpSync(prodDir, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

function pageSets(into: string): Record<'corpus' | 'cards' | 'large', string> {
  const files = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const dirs = {
    corpus: path.join(into, 'corpus'),
    cards: path.join(into, 'cards'),
    large: path.join(into, 'large'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  for (const f of files.filter((_, i) => i % 3 === 0))
    fs.copyFileSync(path.join(corpusDir, f), path.join(dirs.corpus, f));
  // Pages the detector calls planning at a 127.0.0.1 address (where the harness serves them).
  const planning = files.filter((f) => {
    const html = fs.readFileSync(path.join(corpusDir, f), 'utf8');
    return detectPlanningPage(parseHTML(html).document as unknown as Document, `http://127.0.0.1/${f}`)
      .planning;
  });
  for (const f of planning.filter((_, i) => i % 7 === 0).slice(0, 6))
    fs.copyFileSync(path.join(corpusDir, f), path.join(dirs.cards, f));
  fs.writeFileSync(path.join(dirs.large, 'large-page.html'), largePlanningPage());
  return dirs;
}

type Summary = {
  pages: number;
  runs: number;
  configs: Record<
    string,
    { median: Record<string, number>; vsNone?: Record<string, number | null>; longTasksTotal: number }
  >;
};

/**
 * The same build with a watcher that does nothing: what injecting any script after load costs a page by
 * itself (Chromium creates the extension's isolated world for it), so the part of the extra work that is
 * ours, and the part no injected watcher could avoid, can be told apart.
 */
function emptyWatcherCopy(granted: string, into: string): string {
  const dir = path.join(into, 'empty');
  fs.cpSync(granted, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'watch.js'), '(function () {})();\n');
  return dir;
}

/**
 * The harness's switch-on script with the settings a new user keeps (three prompts a day, one per site
 * every two hours): once a card has shown on the site, later loads are left unread, as they are for users.
 */
function defaultsSetup(enable: string, into: string): string {
  const file = path.join(into, 'enable-defaults.js');
  const script = fs.readFileSync(enable, 'utf8').replace(/, dailyCap: 20, siteCooldownMinutes: 0/, '');
  if (script.includes('dailyCap')) throw new Error(`${enable} changed shape; update defaultsSetup`);
  fs.writeFileSync(file, script);
  return file;
}

function runHarness(pages: string, ext: string, empty: string, runs: number): Summary {
  const { bench, enable } = harness();
  const defaults = defaultsSetup(enable, path.dirname(empty));
  const result = spawnSync(
    process.execPath,
    [
      bench,
      ...['--pages', pages, '--playwright', path.join(root, 'node_modules/playwright-core')],
      ...['--runs', String(runs), '--ext', 'none', '--ext', `idle=${ext}`, '--ext', `empty=${empty}`],
      ...['--ext', `ours=${ext}`, '--setup', `ours=${enable}`, '--setup', `empty=${enable}`],
      ...['--ext', `defaults=${ext}`, '--setup', `defaults=${defaults}`],
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`pageload-bench exited with ${result.status}`);
  return JSON.parse(result.stdout) as Summary;
}

function figures(summary: Summary): Record<string, unknown> {
  const none = summary.configs.none;
  const ours = summary.configs.ours;
  const idle = summary.configs.idle;
  const defaults = summary.configs.defaults;
  const vs = ours?.vsNone ?? {};
  const delta = Number(vs.taskDeltaMs);
  const ratio = Number(vs.loadRatio);
  return {
    pages: summary.pages,
    runsPerPage: summary.runs,
    taskMsWithout: none?.median.task,
    taskMsWith: ours?.median.task,
    extraMainThreadMs: { value: delta, target: '<= +5 ms (goal +3)', met: delta <= 5 },
    loadMsWithout: none?.median.load,
    loadMsWith: ours?.median.load,
    loadRatio: { value: ratio, target: '<= 1.05', met: ratio <= 1.05 },
    pairedTaskRatio: vs.pairedTaskRatio,
    installedNotOnExtraMs: idle?.vsNone?.taskDeltaMs,
    installedNotOnLoadRatio: idle?.vsNone?.loadRatio,
    oursOverInstalledNotOnMs: (ours?.median.task ?? Number.NaN) - (idle?.median.task ?? Number.NaN),
    emptyWatcherExtraMs: summary.configs.empty?.vsNone?.taskDeltaMs,
    emptyWatcherLoadRatio: summary.configs.empty?.vsNone?.loadRatio,
    emptyWatcherLongTasks: summary.configs.empty?.longTasksTotal,
    longTasksWith: {
      value: ours?.longTasksTotal ?? Number.NaN,
      target: `<= without (${none?.longTasksTotal})`,
      met: (ours?.longTasksTotal ?? 1) <= (none?.longTasksTotal ?? 0),
    },
    longTasksWithout: none?.longTasksTotal,
    cardShownRate: vs.addedElementsRate,
    defaultSettings: {
      extraMainThreadMs: defaults?.vsNone?.taskDeltaMs,
      loadRatio: defaults?.vsNone?.loadRatio,
      longTasks: defaults?.longTasksTotal,
      cardShownRate: defaults?.vsNone?.addedElementsRate,
    },
  };
}

/** The shared harness on the corpus, on planning pages that get the card, and on the large page. */
export function pageCost(prodDir: string, log: (m: string) => void): Record<string, unknown> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pom-pageload-'));
  try {
    const ext = grantedCopy(prodDir, work);
    const empty = emptyWatcherCopy(ext, work);
    const sets = pageSets(work);
    log('pageload: corpus…');
    const corpus = figures(runHarness(sets.corpus, ext, empty, 3));
    log('pageload: card pages…');
    const cards = figures(runHarness(sets.cards, ext, empty, 3));
    log('pageload: large page…');
    const large = figures(runHarness(sets.large, ext, empty, 9));
    return {
      method: 'shared pageload-bench.mjs, production build, vs no extension in the same run',
      corpus,
      cards,
      large,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
