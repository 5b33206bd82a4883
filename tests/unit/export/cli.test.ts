import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/export/backup';
import { csvColumns } from '../../../src/export/csv';
import { parseCsv } from './csv-parse';
import { docxParagraphs } from './docx-text';
import { readMarkdownExport } from './markdown-read';

const root = resolve(import.meta.dirname, '../../..');
const fixture = join(root, 'tests/fixtures/backups/sample-backup.json');
const badFixture = join(root, 'tests/fixtures/backups/bad-occurred-on.json');
const out = mkdtempSync(join(tmpdir(), 'pom-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/export.ts', ...args], { cwd: root, encoding: 'buffer' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

// What the fixture holds, read through the same parser the CLI uses, so no count is typed in by hand.
const sample = (() => {
  const parsed = parseBackup(readFileSync(fixture, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.backup;
})();
const in2025 = sample.reflections.filter((r) => r.occurredOn >= '2025-04-01' && r.occurredOn <= '2026-03-31');

describe('npm run export', { timeout: 120_000 }, () => {
  it('has a fixture worth testing: several reflections, some outside 2025-26', () => {
    expect(sample.reflections.length).toBeGreaterThanOrEqual(8);
    expect(in2025.length).toBeGreaterThan(0);
    expect(in2025.length).toBeLessThan(sample.reflections.length);
  });

  it('writes NMC accounts as Word, one per reflection in the appraisal year', () => {
    const file = join(out, 'accounts.docx');
    const run = cli('--in', fixture, '--format', 'nmc-docx', '--year', '2025', '--out', file);
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe(
      `Wrote ${in2025.length} reflections from 1 April 2025 to 31 March 2026 to ${file}\n`,
    );
    const headings = docxParagraphs(readFileSync(file)).filter((p) => p.style === 'Heading1');
    expect(headings.map((h) => h.text)).toEqual(in2025.map((_r, i) => `Reflective account: ${i + 1}`));
  });

  it('writes appraisal notes as Word', () => {
    const file = join(out, 'notes.docx');
    const run = cli('--in', fixture, '--format', 'appraisal-docx', '--out', file);
    expect(run.status).toBe(0);
    const texts = docxParagraphs(readFileSync(file)).map((p) => p.text);
    for (const r of sample.reflections) expect(texts).toContain(r.title);
    expect(run.stderr).toBe(`Wrote ${sample.reflections.length} reflections to ${file}\n`);
  });

  it('writes CSV with a header and a row per reflection', () => {
    const file = join(out, 'reflections.csv');
    expect(cli('--in', fixture, '--format', 'csv', '--year', '2025', '--out', file).status).toBe(0);
    const rows = parseCsv(readFileSync(file, 'utf8'));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(in2025.map((r) => r.id));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes a JSON backup that reads back', () => {
    const file = join(out, 'backup.json');
    expect(cli('--in', fixture, '--format', 'json', '--out', file).status).toBe(0);
    const again = parseBackup(readFileSync(file, 'utf8'));
    expect(again.ok && again.backup.reflections).toEqual(sample.reflections);
    expect(again.ok && again.backup.packs).toEqual(sample.packs);
  });

  it('writes Markdown to standard output with --out -', () => {
    const run = cli('--in', fixture, '--format', 'markdown', '--out', '-');
    expect(run.status).toBe(0);
    const read = readMarkdownExport(run.stdout.toString('utf8'));
    expect(read.reflections.map((r) => r.title).sort()).toEqual(
      sample.reflections.map((r) => r.title).sort(),
    );
    expect(run.stderr).toBe(`Wrote ${sample.reflections.length} reflections to standard output\n`);
  });

  it('prints the JSON Schema with --schema', () => {
    const run = cli('--schema');
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout.toString('utf8'));
    expect(schema.properties.format.const).toBe('power-of-many-backup');
    expect(schema.properties.reflections.type).toBe('array');
  });

  it('refuses a bad backup: names the record and field, exits 1, writes nothing', () => {
    const file = join(out, 'never.csv');
    const run = cli('--in', badFixture, '--format', 'csv', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('reflections[3] (id 3e0b7d85…): occurredOn: use YYYY-MM-DD');
    expect(run.stdout.length).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('writes the chosen five NMC accounts, numbered 1 to 5 in the order given', () => {
    const file = join(out, 'five.docx');
    const chosen = [7, 0, 3, 4, 2].map((i) => sample.reflections[i]);
    const ids = chosen.map((r) => r?.id).join(',');
    const run = cli('--in', fixture, '--format', 'nmc', '--accounts', ids, '--out', file);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`Wrote 5 reflections to ${file}\n`);
    const paragraphs = docxParagraphs(readFileSync(file));
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([1, 2, 3, 4, 5].map((n) => `Reflective account: ${n}`));
    const titles = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(titles).toEqual(chosen.map((r) => r?.title));
  });

  it('refuses ids that are not in the backup and writes nothing', () => {
    const file = join(out, 'never.docx');
    const run = cli('--in', fixture, '--format', 'nmc', '--accounts', 'not-an-id', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No reflection in');
    expect(existsSync(file)).toBe(false);
  });

  it('writes an HCPC CPD profile for the two years to the renewal date, with the summary', () => {
    const file = join(out, 'profile.docx');
    const summaryFile = join(out, 'summary.txt');
    writeFileSync(summaryFile, 'I am a speech and language therapist in a community team.');
    const run = cli(
      '--in',
      fixture,
      '--format',
      'hcpc',
      '--renewal',
      '2026-03-31',
      '--summary',
      summaryFile,
      '--out',
      file,
    );
    expect(run.status).toBe(0);
    const inTwoYears = sample.reflections.filter(
      (r) => r.occurredOn >= '2024-04-01' && r.occurredOn <= '2026-03-31',
    );
    expect(run.stderr).toBe(`Wrote ${inTwoYears.length} reflections to ${file}\n`);
    const texts = docxParagraphs(readFileSync(file)).map((p) => p.text);
    expect(texts).toContain('Summary of practice history');
    expect(texts).toContain('I am a speech and language therapist in a community team.');
    expect(texts).toContain('From 1 April 2024 to 31 March 2026');
  });

  it('exits 1 for a missing input file', () => {
    const run = cli('--in', join(out, 'nope.json'), '--format', 'csv', '--out', join(out, 'nope.csv'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot read .*nope\.json: no such file/);
  });

  it.each([
    [['--format', 'csv', '--out', 'x.csv']],
    [['--in', 'a.json', '--format', 'pdf', '--out', 'x.pdf']],
    [['--in', 'a.json', '--format', 'csv']],
    [['--in', 'a.json', '--format', 'csv', '--out', 'x.csv', '--year', '25']],
    [['--in', 'a.json', '--format', 'csv', '--out', 'x.csv', '--colour', 'blue']],
    [['--in', 'a.json', '--format', 'csv', '--out', 'x.csv', '--accounts', 'a']],
    [['--in', 'a.json', '--format', 'nmc', '--out', 'x.docx', '--accounts', 'a,b,c,d,e,f']],
    [['--in', 'a.json', '--format', 'nmc', '--out', 'x.docx', '--accounts', 'a,a']],
    [['--in', 'a.json', '--format', 'nmc', '--out', 'x.docx', '--renewal', '2026-01-01']],
    [['--in', 'a.json', '--format', 'hcpc', '--out', 'x.docx', '--renewal', 'next year']],
    [[]],
  ])('shows usage and exits 2 for %j', (args) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout.length).toBe(0);
  });
});
