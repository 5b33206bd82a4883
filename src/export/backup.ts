import { z } from 'zod';
import { PromptEvent } from '../prompts/events';
import { PromptPack } from '../prompts/schema';
import { Reflection } from '../reflections/model';
import { migrateReflectionRecord } from '../reflections/record-migrations';
import { RevalidationBackup } from '../reflections/revalidation';
import { Settings } from '../settings/schema';
import { namedParticipantIn } from '../together/participants';
import { t } from '../ui/i18n';
import { msg } from './messages';

export const BACKUP_FORMAT = 'power-of-many-backup';
export const BACKUP_VERSION = 1;
/**
 * The most one backup file may hold, low enough to parse safely. Larger backups are written as several
 * files (parts) of at most PART_BYTES each, which import together, so an export of any size reads back.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const PART_BYTES = 32 * 1024 * 1024;

const isoDateTime = z.string().datetime({ offset: true });

/** An organisation's or team's prompt pack as the user added it. */
export const BackupPack = z
  .object({
    name: z.string().trim().min(1).max(100),
    enabled: z.boolean(),
    addedAt: isoDateTime,
    pack: PromptPack,
  })
  .strict();
export type BackupPack = z.infer<typeof BackupPack>;

export const BackupPart = z
  .object({ index: z.number().int().min(1).max(1000), count: z.number().int().min(2).max(1000) })
  .strict()
  .refine((p) => p.index <= p.count, { message: 'the part number is larger than the number of parts' });
export type BackupPart = z.infer<typeof BackupPart>;

/** Everything a user owns, in one versioned JSON file. */
export const Backup = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoDateTime,
    reflections: z.array(Reflection).max(100_000),
    promptEvents: z.array(PromptEvent).max(1_000_000),
    settings: Settings.optional(),
    packs: z.array(BackupPack).max(200).optional(),
    /** The revalidation profile and record (chosen five, discussion, CPD, feedback); older backups lack it. */
    revalidation: RevalidationBackup.optional(),
    /** Only in a backup written as several files: which file this is. All parts share exportedAt. */
    part: BackupPart.optional(),
  })
  .strict()
  .meta({
    title: msg('err_backup_schemaTitle'),
    description: msg('err_backup_schemaDescription'),
  });
export type Backup = z.infer<typeof Backup>;

export interface BackupData {
  reflections: readonly Reflection[];
  promptEvents: readonly PromptEvent[];
  settings?: Settings;
  packs?: readonly BackupPack[];
  revalidation?: RevalidationBackup;
  part?: BackupPart;
}

/** A backup file's text: pretty JSON, fields in a fixed order so two backups compare line by line. */
export function toBackup(data: BackupData, now: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    reflections: data.reflections,
    promptEvents: data.promptEvents,
    ...(data.settings ? { settings: data.settings } : {}),
    ...(data.packs ? { packs: data.packs } : {}),
    ...(data.revalidation ? { revalidation: data.revalidation } : {}),
    ...(data.part ? { part: data.part } : {}),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The backup's JSON Schema, for people and tools that check a file before importing it. */
export function backupJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Backup, { io: 'input' }) as Record<string, unknown>;
}

/** notes: what was left out without stopping the import (fields this version does not use). */
export type ParseBackupResult =
  | { ok: true; backup: Backup; notes: string[] }
  | { ok: false; errors: string[] };

type PathKey = string | number;

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {}

const MAX_ERRORS = 50;

function mb(bytes: number): string {
  return t('err_backup_megabytes', String(Math.ceil(bytes / (1024 * 1024))));
}

/** The message for a file over the size cap, or null; callers holding bytes can check before reading. */
export function backupSizeError(byteLength: number): string | null {
  return byteLength > MAX_BACKUP_BYTES
    ? t('err_backup_tooLarge', [mb(byteLength), mb(MAX_BACKUP_BYTES)])
    : null;
}

/** Text from the file, shortened and stripped of control characters, so an error message stays readable. */
function shown(text: string, max = 40): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childOf(value: unknown, key: PathKey): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) return value[key];
  return undefined;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) value = childOf(value, key);
  return value;
}

function fieldPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? shown(key) : `.${shown(key)}`;
  }
  return out;
}

const collections = new Set(['reflections', 'promptEvents', 'packs']);

/** "reflections[3] (id 8c1b2a4e…): occurredOn" or "settings.quietHours.start": where a problem is. */
function whereOf(root: unknown, path: readonly PathKey[]): string {
  const [first, index, ...rest] = path;
  if (typeof first === 'string' && collections.has(first) && typeof index === 'number') {
    const record = valueAt(root, [first, index]);
    const id = isRecord(record) ? (record.id ?? record.name) : undefined;
    const idPart = typeof id === 'string' ? ` (${first === 'packs' ? 'name' : 'id'} ${shown(id, 8)})` : '';
    const field = fieldPath(rest);
    return `${first}[${index}]${idPart}${field ? `: ${field}` : ''}`;
  }
  return fieldPath(path);
}

function located(root: unknown, path: readonly PathKey[], message: string): string {
  const where = whereOf(root, path);
  return where ? `${where}: ${message}` : message;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

const expectedKinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const formatAdvice: Record<string, string> = {
  uuid: 'should be an id in UUID form, such as 3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f',
  datetime: 'use a date and time such as 2025-06-14T09:30:00Z',
  url: 'should be a web address',
};

type Issue = z.core.$ZodIssue;

/** One zod issue in plain words, naming the record and field. */
function describeIssue(issue: Issue, root: unknown): string {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const value = valueAt(root, path);
  const say = (message: string) => located(root, path, message);
  const ownMessage = !/^(Invalid|Too (big|small)|Unrecognized)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return say('missing');
      return say(`should be ${expectedKinds[issue.expected] ?? issue.expected}, not ${kindOf(value)}`);
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string') {
        return say(`too long (${value.length} characters; at most ${max})`);
      }
      if (issue.origin === 'array' && Array.isArray(value))
        return say(`too many (${value.length}; at most ${max})`);
      return say(`too large (at most ${max})`);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return say(min <= 1 ? 'must not be empty' : `too short (at least ${min} characters)`);
      if (issue.origin === 'array') return say(`needs at least ${min}`);
      return say(`too small (at least ${min})`);
    }
    case 'invalid_format':
      if (ownMessage) return say(issue.message);
      return say(formatAdvice[issue.format] ?? 'is not in the expected form');
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      return say(options.length === 1 ? `should be ${options[0]}` : `should be one of ${options.join(', ')}`);
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((k) => `"${shown(k)}"`);
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return say(`unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys.join(', ')}${more}`);
    }
    default:
      return say(ownMessage ? issue.message : 'is not in a form this version understands');
  }
}

/** Where the first forbidden key sits, looking without recursion so deep nesting cannot overflow the stack. */
function findForbiddenKey(root: unknown): PathKey[] | null {
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PathKey[] };
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (forbiddenKeys.has(key)) return [...path, key];
        stack.push({ value: value[key], path: [...path, key] });
      }
    }
  }
  return null;
}

function refuseForbiddenKeys(key: string, value: unknown): unknown {
  if (forbiddenKeys.has(key)) throw new ForbiddenKeyError(key);
  return value;
}

function duplicateErrors(backup: Backup, root: unknown): string[] {
  const errors: string[] = [];
  const check = (
    collection: 'reflections' | 'promptEvents' | 'packs',
    keys: readonly string[],
    field: string,
  ) => {
    const firstSeen = new Map<string, number>();
    keys.forEach((key, i) => {
      const first = firstSeen.get(key);
      if (first === undefined) firstSeen.set(key, i);
      else
        errors.push(
          located(root, [collection, i, field], `the same ${field} is used by ${collection}[${first}]`),
        );
    });
  };
  check(
    'reflections',
    backup.reflections.map((r) => r.id),
    'id',
  );
  check(
    'promptEvents',
    backup.promptEvents.map((e) => e.id),
    'id',
  );
  if (backup.packs) {
    check(
      'packs',
      backup.packs.map((p) => p.name),
      'name',
    );
  }
  return errors;
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`];
}

const importedKeys = new Set([
  'format',
  'version',
  'exportedAt',
  'reflections',
  'promptEvents',
  'revalidation',
  'part',
]);
const Packs = z.array(BackupPack).max(200);

/**
 * Settings and prompt packs are never imported (they stay as they are on this device), and fields this
 * version does not know are not used: none of them may stop the reflections from being restored.
 */
function splitUnused(root: Record<string, unknown>) {
  const notes: string[] = [];
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root)) {
    if (importedKeys.has(key)) known[key] = value;
    else if (key !== 'settings' && key !== 'packs') notes.push(t('err_backup_unknownKey', shown(key)));
  }
  const settings = root.settings === undefined ? undefined : Settings.safeParse(root.settings);
  const packs = root.packs === undefined ? undefined : Packs.safeParse(root.packs);
  if (settings && !settings.success) notes.push(t('err_backup_settingsLeftOut'));
  if (packs && !packs.success) notes.push(t('err_backup_packsLeftOut'));
  return {
    notes,
    known,
    settings: settings?.success ? settings.data : undefined,
    packs: packs?.success ? packs.data : undefined,
  };
}

/**
 * A reflection whose "who took part" names a person is left out on its own, with the reason, so one
 * crafted or careless record never stops the rest from being restored.
 */
function withoutNamedParticipants(root: Record<string, unknown>) {
  if (!Array.isArray(root.reflections)) return { current: root, refused: [] };
  const refused: string[] = [];
  const reflections = root.reflections.filter((r: unknown) => {
    const named = namedParticipantIn(r);
    if (named === null) return true;
    const title = (r as { title?: unknown }).title;
    refused.push(
      t('err_backup_namedParticipant', [shown(typeof title === 'string' ? title : ''), shown(named)]),
    );
    return false;
  });
  return { current: { ...root, reflections }, refused };
}

/**
 * Reads a backup file's text and checks all of it before anything is written: JSON syntax, size, forbidden
 * keys, every field against the schema, and duplicate ids. Errors name the record and the field.
 */
export function parseBackup(text: string): ParseBackupResult {
  const sizeError = backupSizeError(text.length);
  if (sizeError) return { ok: false, errors: [sizeError] };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [t('err_backup_empty')] };

  let root: unknown;
  try {
    // The reviver refuses keys that could reach an object's prototype when data is later merged or copied.
    root = JSON.parse(body, refuseForbiddenKeys);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      // Parsed again without the reviver only to say where the key is; nothing from it is kept.
      const plain: unknown = JSON.parse(body);
      const path = findForbiddenKey(plain) ?? [error.message];
      const key = String(path[path.length - 1]);
      return { ok: false, errors: [located(plain, path, `the field name "${shown(key)}" is not allowed`)] };
    }
    // The reviver recurses, so absurd nesting runs out of stack; no real backup is more than a few levels deep.
    if (error instanceof RangeError) {
      return { ok: false, errors: [t('err_backup_tooDeep')] };
    }
    const reason = error instanceof Error ? shown(error.message, 160) : t('err_backup_unknownError');
    return { ok: false, errors: [t('err_backup_notJson', reason)] };
  }

  if (!isRecord(root)) {
    return {
      ok: false,
      errors: [t('err_backup_notObject', kindOf(root))],
    };
  }
  if (root.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [t('err_backup_wrongFormat', BACKUP_FORMAT)],
    };
  }
  if (typeof root.version === 'number' && root.version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [t('err_backup_newer', String(root.version))],
    };
  }

  // Only what is imported must be perfect; anything else odd or unknown is left out and said so.
  const { settings, packs, notes, known } = splitUnused(root);
  // Reflections written by older versions are brought up to date first, so older backups still import.
  const migrated = Array.isArray(known.reflections)
    ? { ...known, reflections: known.reflections.map(migrateReflectionRecord) }
    : known;
  const { current, refused } = withoutNamedParticipants(migrated);
  notes.push(...refused);
  const result = Backup.safeParse(current);
  if (!result.success)
    return { ok: false, errors: capped(result.error.issues.map((i) => describeIssue(i, current))) };
  const duplicates = duplicateErrors(result.data, current);
  if (duplicates.length > 0) return { ok: false, errors: capped(duplicates) };
  const backup: Backup = {
    ...result.data,
    ...(settings === undefined ? {} : { settings }),
    ...(packs === undefined ? {} : { packs }),
  };
  return { ok: true, backup, notes };
}
