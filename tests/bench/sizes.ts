import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * What each part of the production build costs to load, gzipped at level 9 (a fair stand-in for how a
 * store package and the browser's cache hold it). An HTML page's cost is every JavaScript file it loads:
 * its module scripts and modulepreloads, and whatever those import in turn.
 */

function gz(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The JS files an extension page loads, following static imports between chunks. */
export function pageScripts(dir: string, html: string): string[] {
  const outDir = path.resolve(dir);
  const text = fs.readFileSync(path.join(outDir, html), 'utf8');
  const queue = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    path.resolve(outDir, (m[1] as string).replace(/^\//, '')),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(path.resolve(path.dirname(file), m[1] as string));
    }
  }
  return [...seen].sort();
}

/**
 * Gzipped sizes in `outDir`: what every page of an enabled site loads (the watcher), what only a page
 * showing a card loads (the chip), what only a card the user opens loads (the open card), the background and popup (and options, for the record).
 */
export function bundleSizes(dir: string): Record<string, unknown> {
  const outDir = path.resolve(dir);
  const watcher = path.join(outDir, 'watch.js');
  const card = path.join(outDir, 'card.js');
  if (!fs.existsSync(watcher)) throw new Error(`No production build at ${outDir}`);
  const everyPage = gz(watcher);
  const popupFiles = pageScripts(outDir, 'popup.html');
  const optionsFiles = pageScripts(outDir, 'options.html');
  const sum = (files: string[]) => files.reduce((total, f) => total + gz(f), 0);
  const rel = (files: string[]) => files.map((f) => path.relative(outDir, f));
  return {
    everyPageGzipKb: { value: kb(everyPage), target: '<= 2 KB (goal)', met: everyPage <= 2 * 1024 },
    everyPageRawKb: kb(fs.statSync(watcher).size),
    cardPagesAlsoGzipKb: kb(gz(card)),
    openedCardAlsoGzipKb: kb(gz(path.join(outDir, 'card-open.js'))),
    backgroundGzipKb: kb(gz(path.join(outDir, 'background.js'))),
    popupGzipKb: kb(sum(popupFiles)),
    popupFiles: rel(popupFiles),
    optionsGzipKb: kb(sum(optionsFiles)),
    optionsFiles: rel(optionsFiles),
  };
}
