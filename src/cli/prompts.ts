/**
 * The prompt library from the command line:
 *   prompts list              print every built-in prompt as one JSON array, with its reference and conditions
 *   prompts validate PACK     check an organisation's prompt pack file
 */
import { readFile } from 'node:fs/promises';
import { builtInPrompts } from '../prompts/library/index';
import { listPrompts } from '../prompts/listing';
import { formatPackProblem, parsePromptPackText } from '../prompts/packs';

const usage = `Usage:
  npm run --silent prompts -- list               Print the built-in prompts (with references and conditions) as a JSON array
  npm run --silent prompts -- validate PACK.json Check a prompt pack; exit 0 if valid, 1 if not`;

type Output = { out: (line: string) => void; err: (line: string) => void };

async function validateFile(path: string, output: Output): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    output.err(`error: cannot read '${path}': ${why}`);
    return 1;
  }
  const result = parsePromptPackText(text);
  if (result.ok) {
    const count = result.pack.prompts.length;
    output.out(`ok: pack '${result.pack.name}' has ${count} valid ${count === 1 ? 'prompt' : 'prompts'}`);
    return 0;
  }
  for (const problem of result.problems) output.out(formatPackProblem(problem));
  return 1;
}

/** Runs one command and returns its exit code; kept separate from process handling so it reads plainly. */
async function runPromptsCli(args: readonly string[], output: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'list' && rest.length === 0) {
    output.out(JSON.stringify(listPrompts(builtInPrompts), null, 2));
    return 0;
  }
  if (command === 'validate' && rest.length === 1 && rest[0] !== undefined) {
    return validateFile(rest[0], output);
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    output.out(usage);
    return 0;
  }
  const complaint =
    command === undefined
      ? 'no command given'
      : command === 'validate'
        ? 'validate needs exactly one pack file'
        : command === 'list'
          ? 'list takes no arguments'
          : `unknown command '${command}'`;
  output.err(`error: ${complaint}`);
  output.err(usage);
  return 2;
}

const exitCode = await runPromptsCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = exitCode;
