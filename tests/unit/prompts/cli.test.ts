import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPrompts } from '../../../src/prompts/library/index';
import { listPrompts } from '../../../src/prompts/listing';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI as users do, through tsx, and collects its exit code and output. */
function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/prompts.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const slow = 30_000;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pom-packs-'));
  copyFileSync(join(repoRoot, 'tests/fixtures/packs/good-pack.json'), join(dir, 'good.json'));
  copyFileSync(join(repoRoot, 'tests/fixtures/packs/bad-pack.json'), join(dir, 'bad.json'));
  writeFileSync(join(dir, 'not-json.json'), 'prompts:\n  - ask people what matters\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('prompts CLI', () => {
  it(
    'list prints the whole built-in library as one JSON array, every field included, with references and conditions',
    async () => {
      const run = await runCli('list');
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const listed = JSON.parse(run.stdout) as {
        id: string;
        ref: string;
        reference: { key: string; title: string } | null;
        conditions: string[];
        when?: unknown;
      }[];
      expect(listed).toEqual(JSON.parse(JSON.stringify(listPrompts(builtInPrompts))));
      expect(listed.map((prompt) => prompt.id)).toEqual(builtInPrompts.map((prompt) => prompt.id));
      for (const prompt of listed) {
        expect(prompt.reference?.key).toBe(prompt.ref);
        expect(prompt.conditions.length > 0).toBe(prompt.when !== undefined);
      }
      const feedback = listed.find((prompt) => prompt.id === 'survey-without-feedback-step');
      expect(feedback?.conditions).toEqual([
        'it mentions a survey or consultation',
        'no step yet for telling people what changed',
      ]);
    },
    slow,
  );

  it(
    'validate says ok, with the pack name and count, for a good pack',
    async () => {
      const run = await runCli('validate', join(dir, 'good.json'));
      expect(run).toEqual({
        code: 0,
        stdout: "ok: pack 'Northshire Community Health' has 3 valid prompts\n",
        stderr: '',
      });
    },
    slow,
  );

  it(
    'validate prints one line per problem and exits 1 for a bad pack',
    async () => {
      const run = await runCli('validate', join(dir, 'bad.json'));
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(9);
      expect(lines[0]).toBe(
        "prompt 'northshire-too-long', field prompts[0].text: is too long: the limit is 200 characters and it has 212",
      );
      expect(lines[1]).toBe('prompt #2 (no usable id), field prompts[1].id: is missing');
      expect(lines).toContain(
        'prompt \'ask-what-matters-before-agenda\', field prompts[3].id: "ask-what-matters-before-agenda" is already the id of a built-in prompt; choose a different id so both can be used',
      );
    },
    slow,
  );

  it(
    'validate gives one clear line for a file that is not JSON',
    async () => {
      const run = await runCli('validate', join(dir, 'not-json.json'));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^file is not valid JSON/);
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    },
    slow,
  );

  it(
    'validate explains a file it cannot read and exits 1',
    async () => {
      const missing = join(dir, 'no-such-pack.json');
      const run = await runCli('validate', missing);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `error: cannot read '${missing}': there is no such file\n`,
      });
    },
    slow,
  );

  it(
    'prints usage and exits 2 for an unknown command or missing arguments',
    async () => {
      const unknown = await runCli('publish');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/unknown command 'publish'/);
      expect(unknown.stderr).toMatch(/Usage:/);
      const bare = await runCli('validate');
      expect(bare.code).toBe(2);
      expect(bare.stderr).toMatch(/validate needs exactly one pack file/);
    },
    slow,
  );
});
