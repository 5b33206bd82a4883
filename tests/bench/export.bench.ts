import { performance } from 'node:perf_hooks';
import { parseBackup, toBackup } from '../../src/export/backup';
import { toCsv } from '../../src/export/csv';
import { nmcAccountsToDocx } from '../../src/export/nmc-docx';
import { syntheticPromptEvents, syntheticReflections } from '../support/factory';

/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
async function time(fn: () => unknown, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
}

/** Export timings in Node: CSV and JSON of 10,000 reflections, Word of 100, and reading a 10,000 backup. */
export async function run(): Promise<Record<string, number>> {
  const reflections = syntheticReflections(10_000);
  const promptEvents = syntheticPromptEvents(1_000);
  const now = new Date('2026-04-05T10:00:00Z');
  const backupText = toBackup({ reflections, promptEvents }, now);
  const parsed = parseBackup(backupText);
  if (!parsed.ok) throw new Error(`Benchmark backup is invalid: ${parsed.errors[0]}`);
  return {
    csvExport10000Ms: await time(() => toCsv(reflections)),
    jsonExport10000Ms: await time(() => toBackup({ reflections, promptEvents }, now)),
    nmcDocxExport100Ms: await time(() => nmcAccountsToDocx(reflections.slice(0, 100))),
    parseBackup10000Ms: await time(() => parseBackup(backupText)),
    backup10000Bytes: new TextEncoder().encode(backupText).length,
  };
}
