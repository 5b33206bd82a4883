import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the probe in its own process, where TZ really does set the clock (it does not in Vitest's threads). */
async function probe(timeZone: string): Promise<Record<string, unknown>> {
  const { stdout } = await run('npx', ['tsx', 'tests/unit/prompts/local-time-probe.ts'], {
    cwd: repoRoot,
    env: { ...process.env, TZ: timeZone },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('selection reads the local clock', () => {
  it('in London, moves quiet hours and the day boundary with British Summer Time', async () => {
    expect(await probe('Europe/London')).toEqual({
      quietAt1745ZInJuly: true, // 18:45 BST, inside 18:30-08:00
      quietAt1745ZInJanuary: false, // 17:45 GMT
      quietAt0730ZInJuly: false, // 08:30 BST, after quiet hours end
      visitsTodayAt0800ZOn2July: 1, // 22:59Z is 23:59 BST on 1 July; 23:01Z is 00:01 BST on 2 July
    });
  }, 30_000);

  it('in UTC, reads the same instants differently', async () => {
    expect(await probe('UTC')).toEqual({
      quietAt1745ZInJuly: false,
      quietAt1745ZInJanuary: false,
      quietAt0730ZInJuly: true,
      visitsTodayAt0800ZOn2July: 0,
    });
  }, 30_000);
});
