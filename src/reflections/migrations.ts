import type { IDBPCursorWithValue, IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateReflectionRecord } from './record-migrations';

/*
 * The database's schema history. Each step takes a database at version - 1 to `version` in place,
 * inside the browser's versionchange transaction, so an old database upgrades without losing data.
 * Steps are append-only: never edit a shipped step; add a new one. Steps run synchronously; a step
 * that transforms data must issue its requests on `tx` and not await anything else (the upgrade
 * transaction commits as soon as it has no pending requests), and must have its own test.
 * Steps use raw store names and untyped handles because the typed schema only describes the latest version.
 */

export const DB_NAME = 'power-of-many';

export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export type Migration = {
  version: number;
  description: string;
  upgrade: (db: UpgradeDb, tx: UpgradeTx) => void;
};

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'Reflections (by id, with createdAt, occurredOn and tags indexes) and drafts (by id)',
    upgrade(db) {
      const reflections = db.createObjectStore('reflections', { keyPath: 'id' });
      reflections.createIndex('createdAt', 'createdAt');
      reflections.createIndex('occurredOn', 'occurredOn');
      reflections.createIndex('tags', 'tags', { multiEntry: true });
      db.createObjectStore('drafts', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    description:
      'Prompt history (by id, with at and promptId indexes), prompt packs (by name), reflections by updatedAt',
    upgrade(db, tx) {
      const events = db.createObjectStore('promptEvents', { keyPath: 'id' });
      events.createIndex('at', 'at');
      events.createIndex('promptId', 'promptId');
      db.createObjectStore('packs', { keyPath: 'name' });
      // Existing reflections already carry updatedAt, so the new index fills itself from them.
      tx.objectStore('reflections').createIndex('updatedAt', 'updatedAt');
    },
  },
  {
    version: 3,
    description:
      'Deleted reflections kept 30 days with their drafts (trash, by id, with a deletedAt index). Reflections gain an optional revision; absent means 1, so none is rewritten',
    upgrade(db) {
      db.createObjectStore('trash', { keyPath: 'id' }).createIndex('deletedAt', 'deletedAt');
    },
  },
  {
    version: 4,
    description:
      'Reflections, in the log and in the trash, to schema version 2: the NMC activity becomes a list (an account may combine CPD, feedback and an event)',
    upgrade(_db, tx) {
      // Cursor walks on the upgrade transaction itself, so the step finishes before the upgrade commits.
      const stepLog = (
        cursor: IDBPCursorWithValue<unknown, string[], 'reflections', unknown, 'versionchange'> | null,
      ): void => {
        if (!cursor) return;
        const next = migrateReflectionRecord(cursor.value);
        if (next !== cursor.value) void cursor.update(next);
        void cursor.continue().then(stepLog);
      };
      void tx.objectStore('reflections').openCursor().then(stepLog);
      const stepTrash = (
        cursor: IDBPCursorWithValue<unknown, string[], 'trash', unknown, 'versionchange'> | null,
      ): void => {
        if (!cursor) return;
        const entry = cursor.value as { reflection?: unknown };
        const next = migrateReflectionRecord(entry.reflection);
        if (next !== entry.reflection) void cursor.update({ ...entry, reflection: next });
        void cursor.continue().then(stepTrash);
      };
      void tx.objectStore('trash').openCursor().then(stepTrash);
    },
  },
  {
    version: 5,
    description:
      'Reflections gain an optional commitment and group (absent means none, so none is rewritten), and an index by group id, so a group file already imported is found whichever tab imported it',
    upgrade(_db, tx) {
      // Records without a group have no value at this key path, so the index holds only group reflections.
      tx.objectStore('reflections').createIndex('groupId', 'group.groupId');
    },
  },
];

export const DB_VERSION = migrations.length;

/** Runs every step above oldVersion up to newVersion, in order. */
export function applyMigrations(
  steps: readonly Migration[],
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): void {
  steps.forEach((step, i) => {
    // A gap or reordering would silently skip a step on some users' databases.
    if (step.version !== i + 1) throw new RangeError(`Migration ${i} declares version ${step.version}`);
  });
  for (const step of steps) {
    if (step.version > oldVersion && step.version <= newVersion) step.upgrade(db, tx);
  }
}
