import 'fake-indexeddb/auto';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  applyMigrations,
  DB_NAME,
  DB_VERSION,
  type Migration,
  migrations,
  type UpgradeDb,
  type UpgradeTx,
} from '../../../src/reflections/migrations';
import type { Reflection } from '../../../src/reflections/model';
import {
  ConflictError,
  deleteReflections,
  getDraft,
  listPacks,
  listPromptEvents,
  listReflections,
  listTrash,
  openPomDb,
  saveReflection,
} from '../../../src/reflections/store';
import { freshFactory, makeDraft, makePack, makePromptEvent, makeReflection, nextIso } from './helpers';

/** Opens a database the way an older release did: only the steps that existed then. */
function openAtVersion(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  const steps = migrations.slice(0, version);
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction as IDBTransaction;
      applyMigrations(
        steps,
        wrap(request.result) as unknown as UpgradeDb,
        wrap(tx) as unknown as UpgradeTx,
        event.oldVersion,
        version,
      );
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function putAll(db: IDBDatabase, store: string, values: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const v of values) tx.objectStore(store).put(v);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** A reflection as version 1 stored it: schema version 1, one optional NMC activity. */
function asWrittenByVersion1(r: Reflection): Record<string, unknown> {
  const { activities, ...nmc } = r.nmc;
  return { ...r, schemaVersion: 1, nmc: { ...nmc, ...(activities?.[0] ? { activity: activities[0] } : {}) } };
}

/** What each version's users could have stored, keyed by the version that introduced the store. */
const seeds: Record<number, (db: IDBDatabase) => Promise<Record<string, unknown[]>>> = {
  1: async (db) => {
    // What the upgrade must produce; version 1 stored them with a single NMC activity.
    const reflections = [
      makeReflection({ tags: ['carers'], nmc: { activities: ['feedback'], themes: ['preserve-safety'] } }),
      makeReflection({ tags: ['agenda', 'carers'] }),
    ];
    const drafts = [makeDraft('capture', 'unsaved words'), makeDraft(reflections[0]?.id as string)];
    // Databases from version 4 on hold reflections already in the newer shape.
    await putAll(db, 'reflections', db.version < 4 ? reflections.map(asWrittenByVersion1) : reflections);
    await putAll(db, 'drafts', drafts);
    return { reflections, drafts };
  },
  2: async (db) => {
    const promptEvents = [makePromptEvent(), makePromptEvent({ kind: 'never' })];
    const packs = [makePack('Trust A')];
    await putAll(db, 'promptEvents', promptEvents);
    await putAll(db, 'packs', packs);
    return { promptEvents, packs };
  },
  3: async (db) => {
    const deleted = makeReflection({ title: 'Deleted before the upgrade' });
    const trash = [
      { id: deleted.id, deletedAt: nextIso(), reflection: deleted, drafts: [makeDraft(`${deleted.id}/a`)] },
    ];
    await putAll(db, 'trash', trash);
    return { trash };
  },
  // Version 4 changed the shape of stored reflections and added no store: version 1's seed checks it.
  4: async () => ({}),
  // Version 5 adds an index, not a store: its records are the reflections above.
  5: async () => ({}),
};

/** The stores and indexes each version must have, written out by hand as the contract. */
const expectedSchema: Record<number, Record<string, string[]>> = {
  1: { drafts: [], reflections: ['createdAt', 'occurredOn', 'tags'] },
  2: {
    drafts: [],
    packs: [],
    promptEvents: ['at', 'promptId'],
    reflections: ['createdAt', 'occurredOn', 'tags', 'updatedAt'],
  },
  3: {
    drafts: [],
    packs: [],
    promptEvents: ['at', 'promptId'],
    reflections: ['createdAt', 'occurredOn', 'tags', 'updatedAt'],
    trash: ['deletedAt'],
  },
  4: {
    drafts: [],
    packs: [],
    promptEvents: ['at', 'promptId'],
    reflections: ['createdAt', 'occurredOn', 'tags', 'updatedAt'],
    trash: ['deletedAt'],
  },
  5: {
    drafts: [],
    packs: [],
    promptEvents: ['at', 'promptId'],
    reflections: ['createdAt', 'groupId', 'occurredOn', 'tags', 'updatedAt'],
    trash: ['deletedAt'],
  },
};

function schemaOf(db: IDBDatabase): Record<string, string[]> {
  const names = [...db.objectStoreNames].sort();
  if (!names.length) return {};
  const tx = db.transaction(names);
  return Object.fromEntries(names.map((n) => [n, [...tx.objectStore(n).indexNames].sort()]));
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gaps, and DB_VERSION is the last', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(migrations.length);
    expect(Object.keys(seeds).map(Number)).toEqual(migrations.map((m) => m.version));
  });

  it('refuse a list with a gap rather than skip a step', () => {
    const gappy: Migration[] = [migrations[0] as Migration, { ...(migrations[1] as Migration), version: 3 }];
    expect(() => applyMigrations(gappy, {} as UpgradeDb, {} as UpgradeTx, 0, 3)).toThrow(/version 3/);
  });

  it.each(migrations.map((m) => m.version))(
    'version %i has exactly the expected stores and indexes',
    async (v) => {
      const db = await openAtVersion(freshFactory(), v);
      expect(schemaOf(db)).toEqual(expectedSchema[v]);
      db.close();
    },
  );

  const olderVersions = migrations.map((m) => m.version).filter((v) => v < DB_VERSION);
  it.each(olderVersions)('upgrade from version %i in place, losing nothing', async (from) => {
    const factory = freshFactory();
    const old = await openAtVersion(factory, from);
    const seeded: Record<string, unknown[]> = {};
    for (let v = 1; v <= from; v++) Object.assign(seeded, await seeds[v]?.(old));
    old.close();

    const db = await openPomDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(schemaOf(db as unknown as IDBDatabase)).toEqual(expectedSchema[DB_VERSION]);

    const reflections = seeded.reflections as Awaited<ReturnType<typeof listReflections>>;
    expect(await listReflections(db)).toEqual([...reflections].reverse());
    for (const draft of seeded.drafts as { id: string }[])
      expect(await getDraft(db, draft.id)).toEqual(draft);
    if (seeded.promptEvents) expect(await listPromptEvents(db)).toEqual(seeded.promptEvents);
    if (seeded.packs) expect(await listPacks(db)).toEqual(seeded.packs);

    // Indexes added by later steps cover the records that were already there.
    const byUpdated = await db.getAllFromIndex('reflections', 'updatedAt');
    expect(byUpdated.map((r) => r.id).sort()).toEqual(reflections.map((r) => r.id).sort());
    expect(await db.countFromIndex('reflections', 'tags', 'carers')).toBe(2);

    // And the upgraded database takes new writes: an old reflection (no revision) is edited, then deleted.
    const firstOld = reflections[0] as (typeof reflections)[number];
    const edited = await saveReflection(db, { ...firstOld, title: 'Edited after the upgrade' });
    expect(edited.revision).toBe(2);
    await expect(saveReflection(db, { ...firstOld, title: 'stale' })).rejects.toBeInstanceOf(ConflictError);
    await deleteReflections(db, [firstOld.id]);
    expect((await listTrash(db)).map((e) => e.reflection.title)).toContain('Edited after the upgrade');
    await saveReflection(db, makeReflection());
    expect(await listReflections(db)).toHaveLength(reflections.length);
    db.close();
  });

  it('opening the current version twice changes nothing', async () => {
    const factory = freshFactory();
    const first = await openPomDb(factory);
    const r = makeReflection();
    await saveReflection(first, r);
    first.close();
    const second = await openPomDb(factory);
    expect(await listReflections(second)).toEqual([r]);
    second.close();
  });
});
