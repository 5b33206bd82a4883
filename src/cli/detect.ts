/**
 * npm run --silent detect -- [--url URL] FILE.html...
 * npm run --silent detect -- --list LIST.jsonl      (lines: {"file": "...", "url": "..."}, paths relative to the list)
 *
 * Prints one JSON object per page (JSONL): file, url and every Detection field. Uses the same
 * extractSignals + classify as the content script, on a linkedom document.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectPlanningPage } from '../detect/index';

interface Job {
  /** As given on the command line or in the list, echoed in the output. */
  file: string;
  /** Where to read it from. */
  path: string;
  url: string;
}

class UsageError extends Error {}

const usage = 'Usage: detect [--url URL] FILE.html...\n       detect --list LIST.jsonl';

function parseArgs(argv: readonly string[]): Job[] {
  const files: string[] = [];
  const lists: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url' || arg === '--list') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.\n${usage}`);
      if (arg === '--url') url = value;
      else lists.push(value);
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(usage);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option ${arg}.\n${usage}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0 && lists.length === 0) throw new UsageError(`No input files.\n${usage}`);
  if (url !== undefined && files.length > 1) {
    throw new UsageError('--url applies to a single file; use --list for several pages with addresses.');
  }
  const jobs: Job[] = files.map((file) => ({
    file,
    path: file,
    url: url ?? pathToFileURL(resolve(file)).href,
  }));
  for (const list of lists) jobs.push(...readList(list));
  return jobs;
}

function readList(listPath: string): Job[] {
  const text = readText(listPath);
  const base = dirname(resolve(listPath));
  const jobs: Job[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const where = `${listPath}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not valid JSON.`);
    }
    const entry = parsed as { file?: unknown; url?: unknown };
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      typeof entry.file !== 'string' ||
      entry.file === ''
    ) {
      throw new UsageError(`${where}: expected {"file": "...", "url": "..."} with a non-empty "file".`);
    }
    if (entry.url !== undefined && typeof entry.url !== 'string')
      throw new UsageError(`${where}: "url" must be a string.`);
    const path = resolve(base, entry.file);
    jobs.push({ file: entry.file, path, url: (entry.url as string | undefined) ?? pathToFileURL(path).href });
  }
  return jobs;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot read ${path} (${reason}).`);
  }
}

function main(): void {
  const jobs = parseArgs(process.argv.slice(2));
  const lines: string[] = [];
  for (const job of jobs) {
    const html = readText(job.path);
    const { document } = parseHTML(html);
    lines.push(JSON.stringify({ file: job.file, url: job.url, ...detectPlanningPage(document, job.url) }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  const message =
    error instanceof UsageError ? error.message : `detect failed: ${(error as Error).stack ?? error}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
