/**
 * Runs the PII guard over a text file or standard input and prints the findings as JSON:
 *   npm run --silent pii -- [FILE|-]
 * Each finding is { kind, text, start, end } (JS string offsets, end exclusive). Exit 0 whether or not
 * anything was found; exit 1 with a message on stderr if the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { findPii } from '../reflections/pii';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const source = process.argv[2];
  let text: string;
  try {
    text = source === undefined || source === '-' ? await readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`pii: cannot read ${source ?? 'standard input'}: ${reason}\n`);
    return 1;
  }
  const findings = findPii(text).map(({ kind, text: found, start, end }) => ({
    kind,
    text: found,
    start,
    end,
  }));
  process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
