import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { backupJsonSchema, backupSizeError, parseBackup } from '../export/backup';
import { exportAs } from '../export/formats';
import { appraisalYearLabel } from '../reflections/appraisal-year';
import { ExportFormat } from '../settings/schema';
import { installMessages, lookupFromMessages } from '../ui/i18n';
import { exportFormats } from '../vocabulary';

/** Short names for the regulators' layouts. */
const formatAliases: Record<string, ExportFormat> = {
  nmc: 'nmc-docx',
  appraisal: 'appraisal-docx',
  hcpc: 'hcpc-docx',
};

const usage = `Usage:
  npm run --silent export -- --in BACKUP.json --format FORMAT [--year YEAR] [--accounts IDS] --out FILE
  npm run --silent export -- --in BACKUP.json --format hcpc [--renewal DATE] [--summary FILE] --out FILE
  npm run --silent export -- --schema [--out FILE]

Turns a Power of Many backup into a file for revalidation or appraisal.

  --in FILE       the backup to read (a .json file exported from the extension)
  --format NAME   one of: ${exportFormats.join(', ')} (or nmc, appraisal, hcpc)
  --year YEAR     only the appraisal year from 1 April YEAR to 31 March YEAR+1
  --accounts IDS  NMC: your five reflections, by id, comma-separated, numbered 1 to 5 in this order;
                  HCPC: the four to six activities to describe in full
  --renewal DATE  HCPC: the renewal date (YYYY-MM-DD) the two years run to; default today
  --summary FILE  HCPC: a text file with your summary of practice history (up to 500 words)
  --out FILE      where to write; use - for standard output
  --schema        print the backup file's JSON Schema
  --help          show this message
`;

class UsageError extends Error {}

interface Command {
  schema: boolean;
  input?: string;
  format?: ExportFormat;
  year?: number;
  out?: string;
  accounts?: string[];
  renewal?: string;
  summary?: string;
}

const MAX_CHOSEN: Partial<Record<ExportFormat, number>> = { 'nmc-docx': 5, 'hcpc-docx': 6 };

function parseAccounts(raw: string, format: ExportFormat): string[] {
  const max = MAX_CHOSEN[format];
  if (max === undefined) throw new UsageError('--accounts goes with --format nmc or --format hcpc.');
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError('--accounts needs reflection ids separated by commas.');
  if (ids.length > max)
    throw new UsageError(`--accounts takes at most ${max} ids for ${format}; you gave ${ids.length}.`);
  if (new Set(ids).size !== ids.length) throw new UsageError('--accounts names the same reflection twice.');
  return ids;
}

function extraOptions(
  values: { accounts?: string; renewal?: string; summary?: string },
  format: ExportFormat,
): Pick<Command, 'accounts' | 'renewal' | 'summary'> {
  if ((values.renewal || values.summary) && format !== 'hcpc-docx') {
    throw new UsageError('--renewal and --summary go with --format hcpc.');
  }
  if (values.renewal && !/^\d{4}-\d{2}-\d{2}$/.test(values.renewal)) {
    throw new UsageError(`--renewal should be a date such as 2026-08-31, not "${values.renewal}".`);
  }
  return {
    ...(values.accounts !== undefined ? { accounts: parseAccounts(values.accounts, format) } : {}),
    ...(values.renewal ? { renewal: values.renewal } : {}),
    ...(values.summary ? { summary: values.summary } : {}),
  };
}

function parseCommand(argv: string[]): Command | 'help' {
  const options = {
    in: { type: 'string' },
    format: { type: 'string' },
    year: { type: 'string' },
    out: { type: 'string' },
    accounts: { type: 'string' },
    renewal: { type: 'string' },
    summary: { type: 'string' },
    schema: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; strict: true; allowPositionals: false }>
  >;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) return 'help';
  if (values.schema) {
    if (values.in || values.format || values.year) throw new UsageError('--schema takes only --out.');
    return { schema: true, ...(values.out ? { out: values.out } : {}) };
  }
  if (!values.in) throw new UsageError('Say which backup to read with --in.');
  if (!values.format) throw new UsageError('Say which format to write with --format.');
  if (!values.out) throw new UsageError('Say where to write with --out (use - for standard output).');
  const format = ExportFormat.safeParse(formatAliases[values.format] ?? values.format);
  if (!format.success) throw new UsageError(`Unknown format "${values.format}".`);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) {
      throw new UsageError(`--year should be a year such as 2025, not "${values.year}".`);
    }
  }
  return {
    schema: false,
    input: values.in,
    format: format.data,
    out: values.out,
    ...(year ? { year } : {}),
    ...extraOptions(values, format.data),
  };
}

/** Writes beside the target then renames, so a failure never leaves half a file under the real name. */
function writeOutput(out: string, bytes: Uint8Array): void {
  if (out === '-') {
    process.stdout.write(bytes);
    return;
  }
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, out);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}

function fail(message: string, code: number): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  // The core's messages (backup errors, import notes) read the same en-GB file the browser would.
  installMessages(lookupFromMessages(messages));
  let command: Command | 'help';
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${usage}`, 2);
    throw error;
  }
  if (command === 'help') {
    process.stdout.write(usage);
    return;
  }
  if (command.schema) {
    const schema = `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
    writeOutput(command.out ?? '-', new TextEncoder().encode(schema));
    return;
  }
  const { input, format, out } = command;
  if (!input || !format || !out) fail(usage, 2);

  let text: string;
  try {
    const tooLarge = backupSizeError(statSync(input).size);
    if (tooLarge) fail(`Cannot use ${input}: ${tooLarge}`, 1);
    text = readFileSync(input, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    fail(`Cannot read ${input}: ${reason}`, 1);
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    fail(`Cannot use ${input}; nothing was written:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`, 1);
  }
  const known = new Set(parsed.backup.reflections.map((r) => r.id));
  const unknown = (command.accounts ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0)
    fail(`No reflection in ${input} has the id ${unknown.join(', ')}; nothing was written.`, 1);
  let summary: string | undefined;
  if (command.summary) {
    try {
      summary = readFileSync(command.summary, 'utf8');
    } catch {
      fail(`Cannot read the summary ${command.summary}; nothing was written.`, 1);
    }
  }
  const file = await exportAs(format, parsed.backup, {
    now: new Date(),
    ...(command.year ? { appraisalYear: command.year } : {}),
    ...(command.accounts ? { chosen: command.accounts } : {}),
    ...(format === 'hcpc-docx'
      ? { hcpc: { renewalDate: command.renewal ?? null, ...(summary ? { summary } : {}) } }
      : {}),
  });
  writeOutput(out, file.bytes);
  const noun = file.count === 1 ? 'reflection' : 'reflections';
  const target = out === '-' ? 'standard output' : out;
  const period = command.year ? ` from ${appraisalYearLabel(command.year)}` : '';
  process.stderr.write(`Wrote ${file.count} ${noun}${period} to ${target}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 1);
});
