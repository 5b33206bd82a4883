import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../src/reflections/pii';
import { validTestNhsNumber } from './helpers';

const NHS = validTestNhsNumber('246810') ?? (validTestNhsNumber('246811') as string);
const SAMPLE = `Mrs Patel, aged 87, NHS ${NHS}, lives at SW1A 1AA.\nCall 07700 900123 — seen 03/04/2024 ✓ é.`;

function runCli(args: string[], input?: string) {
  return spawnSync('npx', ['tsx', 'src/cli/pii.ts', ...args], {
    cwd: process.cwd(),
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** What the CLI should print: the guard's findings with exactly four keys. */
function expected(text: string) {
  return findPii(text).map(({ kind, text: t, start, end }) => ({ kind, text: t, start, end }));
}

describe('pii CLI', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pom-pii-'));

  it('reads a file and prints the findings as JSON with kind, text, start and end', () => {
    const file = join(dir, 'reflection.txt');
    writeFileSync(file, SAMPLE, 'utf8');
    const result = runCli([file]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(printed).toEqual(expected(SAMPLE));
    expect(printed.map((f) => f.kind)).toEqual(['name', 'age', 'nhs-number', 'postcode', 'phone', 'date']);
    for (const f of printed) {
      expect(Object.keys(f).sort()).toEqual(['end', 'kind', 'start', 'text']);
      expect(SAMPLE.slice(f.start as number, f.end as number)).toBe(f.text);
    }
  });

  it('reads standard input when given "-" or no argument', () => {
    for (const args of [['-'], []]) {
      const result = runCli(args, SAMPLE);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(expected(SAMPLE));
    }
  });

  it('prints an empty array and exits 0 when nothing is found', () => {
    const result = runCli(['-'], 'We listened to carers in March 2024 on Ward 7.');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 1 with a message on stderr when the file cannot be read', () => {
    const result = runCli([join(dir, 'missing.txt')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot read .*missing\.txt/);
  });
});
