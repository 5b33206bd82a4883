import type { z } from 'zod';
import { builtInPromptIds } from './library/index';
import { Prompt, PromptPack, PromptWhen } from './schema';

/**
 * One thing wrong with a prompt pack. `promptId` names the prompt when it has a usable id (null otherwise, and
 * for pack-level problems); `field` is the path inside the pack, e.g. "prompts[3].text", so the index is always there.
 */
export type PackProblem = { promptId: string | null; field: string; message: string };

export type PackValidation = { ok: true; pack: PromptPack } | { ok: false; problems: PackProblem[] };

export type PackValidationOptions = {
  /** Ids a pack may not use because other prompts already have them; defaults to the built-in library's ids. */
  reservedIds?: ReadonlySet<string>;
};

/** The `field` of problems about the file as a whole (not JSON, empty) rather than anything inside it. */
export const wholeFileField = 'file';
/** The `field` of problems about the pack's overall shape (not an object). */
export const wholePackField = 'pack';

type PathSegment = PropertyKey;

const packFields = Object.keys(PromptPack.shape);
const promptFields = Object.keys(Prompt.shape);
const whenFields = Object.keys(PromptWhen.shape);

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a JSON value's kind in plain words, for "should be text, but is a number". */
function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? wholePackField : out;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** The raw prompts array of a pack-shaped input, or an empty list when there is none. */
function rawPrompts(input: unknown): readonly unknown[] {
  const prompts = isRecord(input) ? input.prompts : undefined;
  return Array.isArray(prompts) ? prompts : [];
}

/** A prompt's id as written, when it is a non-empty string; used to name the prompt in problems. */
function rawId(prompt: unknown): string | null {
  const id = isRecord(prompt) ? prompt.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

function promptIdFor(input: unknown, path: readonly PathSegment[]): string | null {
  if (path[0] !== 'prompts' || typeof path[1] !== 'number') return null;
  return rawId(rawPrompts(input)[path[1]]);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function allowedFieldsAt(path: readonly PathSegment[]): readonly string[] {
  if (path.length === 0) return packFields;
  if (path.at(-1) === 'when') return whenFields;
  return promptFields;
}

/** Turns one zod issue into plain-English problems (one per unknown field). */
function problemsFromIssue(input: unknown, issue: z.core.$ZodIssue): PackProblem[] {
  const path = issue.path;
  const promptId = promptIdFor(input, path);
  const value = valueAt(input, path);
  const problem = (message: string, field = formatPath(path)): PackProblem => ({ promptId, field, message });

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedFieldsAt(path).join(', ');
    return issue.keys.map((key) =>
      problem(`is not a field this schema knows (allowed fields: ${allowed})`, formatPath([...path, key])),
    );
  }
  if (value === undefined) return [problem('is missing')];

  switch (issue.code) {
    case 'invalid_type':
      return [
        problem(
          `should be ${expectedNames[issue.expected] ?? issue.expected}, but is ${describeKind(value)}`,
        ),
      ];
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (typeof value === 'string') {
        const length = value.trim().length;
        return [
          problem(
            length === 0
              ? 'is empty'
              : `is too short: it needs at least ${plural(minimum, 'character', 'characters')} and has ${length}`,
          ),
        ];
      }
      if (Array.isArray(value)) {
        return [
          problem(
            value.length === 0
              ? `is an empty list; it needs at least ${plural(minimum, 'entry', 'entries')}`
              : `has too few entries: it needs at least ${minimum} and has ${value.length}`,
          ),
        ];
      }
      return [problem(`is too small: the minimum is ${minimum}`)];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (typeof value === 'string') {
        return [
          problem(
            `is too long: the limit is ${plural(maximum, 'character', 'characters')} and it has ${value.trim().length}`,
          ),
        ];
      }
      if (Array.isArray(value)) {
        return [problem(`has too many entries: the limit is ${maximum} and it has ${value.length}`)];
      }
      return [problem(`is too large: the maximum is ${maximum}`)];
    }
    case 'invalid_value':
      return [
        problem(
          `${JSON.stringify(value)} is not one of the allowed values: ${issue.values.map((v) => String(v)).join(', ')}`,
        ),
      ];
    case 'invalid_format':
      return [problem(`${JSON.stringify(value)} is not valid: ${issue.message}`)];
    default:
      return [problem(issue.message)];
  }
}

/** Problems the schema cannot see: repeated ids within the pack, and ids already used by other prompts. */
function idProblems(input: unknown, reservedIds: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const firstIndexById = new Map<string, number>();
  rawPrompts(input).forEach((prompt, index) => {
    const id = rawId(prompt);
    if (id === null) return;
    const field = formatPath(['prompts', index, 'id']);
    const firstIndex = firstIndexById.get(id);
    if (firstIndex === undefined) firstIndexById.set(id, index);
    else {
      problems.push({
        promptId: id,
        field,
        message: `"${id}" is already used by prompts[${firstIndex}]; every prompt in a pack needs its own id`,
      });
    }
    if (reservedIds.has(id)) {
      problems.push({
        promptId: id,
        field,
        message: `"${id}" is already the id of a built-in prompt; choose a different id so both can be used`,
      });
    }
  });
  return problems;
}

/** Index of the prompt a problem is about, so problems list in pack order; pack-level problems come first. */
function promptIndexOf(field: string): number {
  const match = /^prompts\[(\d+)\]/.exec(field);
  return match?.[1] === undefined ? -1 : Number(match[1]);
}

/** Position of a problem's field in the prompt schema, so problems within one prompt read top to bottom. */
function fieldOrderOf(field: string): number {
  const name = /^prompts\[\d+\]\.([a-zA-Z]+)/.exec(field)?.[1];
  const order = name === undefined ? -1 : promptFields.indexOf(name);
  return order === -1 ? promptFields.length : order;
}

/** Checks an organisation's or team's prompt pack (already parsed from JSON) and lists every problem found. */
export function validatePromptPack(json: unknown, options: PackValidationOptions = {}): PackValidation {
  if (!isRecord(json)) {
    return {
      ok: false,
      problems: [
        {
          promptId: null,
          field: wholePackField,
          message: `should be a JSON object with "name" and "prompts", but is ${describeKind(json)}`,
        },
      ],
    };
  }
  const reservedIds = options.reservedIds ?? builtInPromptIds;
  const parsed = PromptPack.safeParse(json);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsFromIssue(json, issue))),
    ...idProblems(json, reservedIds),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, pack: parsed.data };
  // Pack order, then schema field order; the sort is stable, so problems on one field keep their order.
  problems.sort(
    (a, b) =>
      promptIndexOf(a.field) - promptIndexOf(b.field) || fieldOrderOf(a.field) - fieldOrderOf(b.field),
  );
  return { ok: false, problems };
}

/** Where in the text a JSON syntax error is, as "line L, column C", when the engine reports a position. */
function jsonErrorLocation(text: string, message: string): string | null {
  const match = /position (\d+)/.exec(message);
  if (match?.[1] === undefined) return null;
  const before = text.slice(0, Number(match[1]));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

/** Validates a pack from raw file text: text that is not JSON at all gives one clear problem. */
export function parsePromptPackText(text: string, options: PackValidationOptions = {}): PackValidation {
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') {
    return {
      ok: false,
      problems: [
        {
          promptId: null,
          field: wholeFileField,
          message: 'is empty; a prompt pack is a JSON object with "name" and "prompts"',
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutBom);
  } catch (error) {
    // Engines quote the offending text, newlines and all; one line per problem keeps CLI output greppable.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    const location = jsonErrorLocation(withoutBom, detail);
    return {
      ok: false,
      problems: [
        {
          promptId: null,
          field: wholeFileField,
          message: `is not valid JSON${location === null ? '' : ` (at ${location})`}: ${detail}`,
        },
      ],
    };
  }
  return validatePromptPack(json, options);
}

/** One readable line per problem, shared by the CLI and the options page. */
export function formatPackProblem(problem: PackProblem): string {
  if (problem.field === wholeFileField) return `file ${problem.message}`;
  if (problem.field === wholePackField) return `pack ${problem.message}`;
  const index = promptIndexOf(problem.field);
  const where =
    problem.promptId !== null
      ? `prompt '${problem.promptId}'`
      : index >= 0
        ? `prompt #${index + 1} (no usable id)`
        : 'pack';
  return `${where}, field ${problem.field}: ${problem.message}`;
}
