import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/detect/detection';
import { corpusDir, labelsPath, readLabels } from './corpus';
import { readRealLabels, trainDir } from './real-pages';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const slow = { timeout: 60_000 };

function detect(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/detect.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  return {
    status: run.status,
    stderr: run.stderr,
    records: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

function expectDetectionRecord(record: Record<string, unknown>, file: string, url: string): void {
  expect(record.file).toBe(file);
  expect(record.url).toBe(url);
  const { file: _file, url: _url, ...rest } = record;
  expect(Detection.strict().safeParse(rest).success).toBe(true);
}

describe('npm run detect', () => {
  const agenda = join(corpusDir, 'sp-ppg-meeting-agenda.html');

  it('prints one JSON line for a file with --url', slow, () => {
    const url = 'https://nhs.sharepoint.com/sites/RX1_Riverside/SitePages/Agenda.aspx';
    const { status, records } = detect('--url', url, agenda);
    expect(status).toBe(0);
    expect(records).toHaveLength(1);
    expectDetectionRecord(records[0] as Record<string, unknown>, agenda, url);
    expect(records[0]?.planning).toBe(true);
    expect(records[0]?.context).toBe('agenda');
  });

  it('uses a file:// address when --url is missing, for several files', slow, () => {
    const other = join(corpusDir, 'neg-recipe-batch-cooking.html');
    const { status, records } = detect(agenda, other);
    expect(status).toBe(0);
    expect(records.map((record) => record.url)).toEqual([
      pathToFileURL(agenda).href,
      pathToFileURL(other).href,
    ]);
    expectDetectionRecord(records[1] as Record<string, unknown>, other, pathToFileURL(other).href);
    expect(records[1]?.planning).toBe(false);
  });

  it('reads a list with paths relative to the list file', slow, () => {
    const labels = readLabels();
    const { status, records } = detect('--list', labelsPath);
    expect(status).toBe(0);
    expect(records).toHaveLength(labels.length);
    records.forEach((record, i) => {
      const label = labels[i];
      if (!label) throw new Error(`no label for line ${i + 1}`);
      expectDetectionRecord(record, label.file, label.url);
      // The mode is on every line: null exactly when the page is not planning.
      expect(record.mode === null, label.file).toBe(record.planning === false);
    });
    expect(new Set(records.map((record) => record.mode))).toContain('drafting');
  });

  it('reads the real-pages labels as a list and names the mode, e.g. taking part', slow, () => {
    const list = join(trainDir, 'labels.jsonl');
    const { status, records } = detect('--list', list);
    expect(status).toBe(0);
    expect(records).toHaveLength(readRealLabels(trainDir).length);
    expect(new Set(records.map((record) => record.mode))).toEqual(
      new Set([null, 'drafting', 'reviewing', 'taking-part']),
    );
  });

  it('names the bad line of a list and exits 1', slow, () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
    const list = join(dir, 'list.jsonl');
    writeFileSync(
      list,
      `{"file": "${agenda}", "url": "https://example.org/"}\n\n{"url": "https://example.org/"}\n`,
    );
    const { status, stderr, records } = detect('--list', list);
    expect(status).toBe(1);
    expect(stderr).toContain(`${list}:3`);
    expect(records).toHaveLength(0);
    writeFileSync(list, 'not json\n');
    expect(detect('--list', list).stderr).toContain(`${list}:1: not valid JSON`);
  });

  it('says which file it could not read and exits 1', slow, () => {
    const missing = join(tmpdir(), 'no-such-page.html');
    const { status, stderr } = detect(missing);
    expect(status).toBe(1);
    expect(stderr).toContain(`Cannot read ${missing}`);
    const noArgs = detect();
    expect(noArgs.status).toBe(1);
    expect(noArgs.stderr).toContain('Usage');
  });
});
