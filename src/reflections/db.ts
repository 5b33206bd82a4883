import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { z } from 'zod';
import type { PromptEvent } from '../prompts/events';
import { type MessageKey, t } from '../ui/i18n';
import type { Draft } from './draft';
import {
  applyMigrations,
  DB_NAME,
  DB_VERSION,
  migrations,
  type UpgradeDb,
  type UpgradeTx,
} from './migrations';
import type { Reflection } from './model';
import type { StoredPack } from './stored-pack';
import type { TrashEntry } from './trash';

/*
 * Opening the database, its transactions and the errors the user sees. One module per stored thing
 * (reflection-store, draft-store, prompt-history-store, pack-store) builds on this.
 */

// ---- Schema --------------------------------------------------------------------------------------

/** The shape of the latest database version (see migrations.ts for how older ones get here). */
export interface PomDbSchema extends DBSchema {
  reflections: {
    key: string;
    value: Reflection;
    indexes: { createdAt: string; occurredOn: string; updatedAt: string; tags: string; groupId: string };
  };
  drafts: { key: string; value: Draft };
  promptEvents: { key: string; value: PromptEvent; indexes: { at: string; promptId: string } };
  packs: { key: string; value: StoredPack };
  trash: { key: string; value: TrashEntry; indexes: { deletedAt: string } };
}
export type PomDb = IDBPDatabase<PomDbSchema>;
export type StoreName = StoreNames<PomDbSchema>;
export const allStores: StoreName[] = ['reflections', 'drafts', 'promptEvents', 'packs', 'trash'];

// ---- Errors --------------------------------------------------------------------------------------

export const storeErrorCodes = [
  'quota',
  'validation',
  'blocked',
  'unavailable',
  'conflict',
  'unknown',
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

/** A storage failure with a message the UI can show as it is: what happened and what to do. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly userMessage: string;
  /** For validation failures: which fields were wrong ("occurredOn: use YYYY-MM-DD"). */
  readonly issues: readonly string[];

  constructor(
    code: StoreErrorCode,
    userMessage: string,
    options: { cause?: unknown; issues?: string[] } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.code = code;
    this.userMessage = userMessage;
    this.issues = options.issues ?? [];
  }
}

/** A save or import refused because the stored copy changed since the caller read it. */
export class ConflictError extends StoreError {
  /** The copy saved elsewhere, or null if it was deleted there. */
  readonly stored: Reflection | null;

  constructor(operation: Operation, stored: Reflection | null) {
    super('conflict', messageFor('conflict', operation));
    this.stored = stored;
  }
}

/** What an operation was trying to do, and what the user still has if it fails: message keys, read when shown. */
export type Operation = { action: MessageKey; kept: MessageKey | null };
const op = (action: MessageKey, kept: MessageKey | null = null): Operation => ({ action, kept });
export const ops = {
  open: op('err_store_open'),
  read: op('err_store_read'),
  saveReflection: op('err_store_saveReflection', 'err_store_keptDraft'),
  restore: op('err_store_restore', 'err_store_keptNothingRestored'),
  delete: op('err_store_delete', 'err_store_keptNothingDeleted'),
  saveDraft: op('err_store_saveDraft', 'err_store_keptTyped'),
  clearDraft: op('err_store_clearDraft'),
  savePromptEvent: op('err_store_savePromptEvent'),
  clearPromptEvents: op('err_store_clearPromptEvents', 'err_store_keptHistory'),
  savePack: op('err_store_savePack', 'err_store_keptPacks'),
  deletePack: op('err_store_deletePack', 'err_store_keptPacks'),
  import: op('err_store_import', 'err_store_keptNothingImported'),
  clearAll: op('err_store_clearAll', 'err_store_keptNothingDeleted'),
  restoreTrash: op('err_store_restoreTrash', 'err_store_keptInTrash'),
  emptyTrash: op('err_store_emptyTrash', 'err_store_keptThere'),
};

const codeKeys = {
  quota: 'err_store_quota',
  validation: 'err_store_validation',
  blocked: 'err_store_blocked',
  unavailable: 'err_store_unavailable',
  conflict: 'err_store_conflict',
  unknown: 'err_store_unknown',
} as const satisfies Record<StoreErrorCode, MessageKey>;

/** What happened and what to do, in the words of the installed _locales (the browser's, or en-GB in Node). */
export function messageFor(code: StoreErrorCode, { action, kept }: Operation, detail = ''): string {
  const subs = [t(action), kept ? `${t(kept)} ` : ''];
  if (code === 'validation' && detail) return t('err_store_validationDetail', [...subs, detail]);
  return t(codeKeys[code], subs);
}

export function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}

/** Maps what IndexedDB throws (DOMExceptions, mostly) to a StoreError for this operation. */
export function toStoreError(error: unknown, operation: Operation = ops.read): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const text = error instanceof Error ? error.message : String(error);
  let code: StoreErrorCode = 'unknown';
  if (name === 'QuotaExceededError' || /quota|no space|disk full/i.test(text)) code = 'quota';
  // Closed or closing connection, private browsing, storage switched off, or a newer database on disk.
  else if (['InvalidStateError', 'SecurityError', 'VersionError', 'NotAllowedError'].includes(name)) {
    code = 'unavailable';
  } else if (name === 'ReferenceError' || name === 'TypeError') code = 'unavailable';
  return new StoreError(code, messageFor(code, operation), { cause: error });
}

export function validate<T>(schema: z.ZodType<T>, value: unknown, operation: Operation, what = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${what}${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  );
  throw new StoreError('validation', messageFor('validation', operation, issues.slice(0, 3).join('; ')), {
    cause: result.error,
    issues,
  });
}

export function validateAll<T>(
  schema: z.ZodType<T>,
  values: readonly unknown[],
  operation: Operation,
  noun: MessageKey,
) {
  return values.map((value, i) =>
    validate(
      schema,
      value,
      operation,
      t('err_store_recordOf', [t(noun), String(i + 1), String(values.length)]),
    ),
  );
}

// ---- Opening -------------------------------------------------------------------------------------

export type OpenOptions = {
  /** Another tab holds an older connection open; we are waiting for it to close. */
  onBlocked?: () => void;
  /** A newer version wants the database: this connection has been closed; reopen to carry on. */
  onVersionChange?: () => void;
  /** How long to wait while blocked before giving up with a 'blocked' StoreError. */
  blockedTimeoutMs?: number;
};

/**
 * Opens (creating or upgrading in place) the Power of Many database. The factory is injectable so tests
 * can give each case its own fake-indexeddb; extension pages use the browser's own indexedDB.
 */
export function openPomDb(factory: IDBFactory | undefined = globalThis.indexedDB, options: OpenOptions = {}) {
  return new Promise<PomDb>((resolve, reject) => {
    if (!factory) {
      reject(new StoreError('unavailable', messageFor('unavailable', ops.open)));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(toStoreError(error, ops.open));
      return;
    }
    let settled = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let migrationError: unknown;

    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (!tx) return;
      try {
        applyMigrations(
          migrations,
          wrap(request.result) as unknown as UpgradeDb,
          wrap(tx) as unknown as UpgradeTx,
          event.oldVersion,
          event.newVersion ?? DB_VERSION,
        );
      } catch (error) {
        // Leave the old database exactly as it was.
        migrationError = error;
        tx.abort();
      }
    });
    request.addEventListener('blocked', () => {
      options.onBlocked?.();
      blockedTimer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new StoreError('blocked', messageFor('blocked', ops.open)));
      }, options.blockedTimeoutMs ?? 10_000);
    });
    request.addEventListener('success', () => {
      clearTimeout(blockedTimer);
      const raw = request.result;
      // Close on versionchange so a newer version (another tab, an update) is never blocked by us.
      raw.addEventListener('versionchange', () => {
        raw.close();
        options.onVersionChange?.();
      });
      if (settled) {
        raw.close(); // we already gave up waiting; nobody holds this connection
        return;
      }
      settled = true;
      resolve(wrap(raw) as unknown as PomDb);
    });
    request.addEventListener('error', (event) => {
      clearTimeout(blockedTimer);
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(toStoreError(migrationError ?? request.error, ops.open));
    });
  });
}

// ---- Transactions --------------------------------------------------------------------------------

export type Track = <T>(request: Promise<T>) => Promise<T>;

export async function read<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error, ops.read);
  }
}

function commitNow(tx: IDBTransaction | { commit?: () => void }): void {
  try {
    tx.commit?.();
  } catch {
    // Already committing or finished (its last request settled first): nothing left to hurry.
  }
}

const committed = new WeakMap<PomDb, (stores: readonly StoreName[]) => void>();

/** Called after each write on this connection commits, e.g. to tell other open pages to refresh. */
export function onCommitted(db: PomDb, listener: (stores: readonly StoreName[]) => void): void {
  committed.set(db, listener);
}

/**
 * One readwrite transaction: all of body's requests commit together or none do. If body throws (even
 * synchronously, after queuing some requests) the transaction is aborted, so a failed write changes nothing.
 */
export async function inWriteTx<N extends StoreName[], R>(
  db: PomDb,
  names: N,
  operation: Operation,
  body: (tx: IDBPTransaction<PomDbSchema, N, 'readwrite'>, track: Track) => Promise<R> | R,
): Promise<R> {
  let tx: IDBPTransaction<PomDbSchema, N, 'readwrite'>;
  try {
    tx = db.transaction(names, 'readwrite');
  } catch (error) {
    throw toStoreError(error, operation);
  }
  const pending: Promise<unknown>[] = [];
  const track: Track = (request) => {
    request.catch(() => {}); // observed below; this only stops an abort from reporting it unhandled
    pending.push(request);
    return request;
  };
  track(tx.done);
  try {
    const output = body(tx, track);
    // Commit as soon as every request is queued: a popup closing mid-write must not leave it to auto-commit.
    if (!(output instanceof Promise)) commitNow(tx);
    const result = await output;
    commitNow(tx);
    await Promise.all(pending);
    committed.get(db)?.(names);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    // A request that fails because its transaction aborted reports AbortError; the reason is on tx.error.
    const reason = errorName(error) === 'AbortError' && tx.error ? tx.error : error;
    throw toStoreError(reason, operation);
  }
}
