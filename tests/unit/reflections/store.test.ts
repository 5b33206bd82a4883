import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editDraftId } from '../../../src/reflections/draft';
import { DB_NAME, DB_VERSION } from '../../../src/reflections/migrations';
import {
  addPromptEvent,
  clearAllData,
  clearDraft,
  clearPromptEvents,
  countReflections,
  deletePack,
  deleteReflections,
  emptyTrash,
  getDraft,
  getReflection,
  importRecords,
  listPacks,
  listPromptEvents,
  listReflections,
  listTrash,
  openPomDb,
  type PomDb,
  restoreFromTrash,
  restoreReflections,
  StoreError,
  saveDraft,
  savePack,
  saveReflection,
  saveReflectionAndClearDraft,
  toStoreError,
} from '../../../src/reflections/store';
import { freshFactory, makeDraft, makePack, makePromptEvent, makeReflection } from './helpers';

let factory: IDBFactory;
let db: PomDb;

beforeEach(async () => {
  factory = freshFactory();
  db = await openPomDb(factory);
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

/** Makes the real put() fail asynchronously for one record, as IndexedDB does when a write is refused. */
function failPutFor(id: string) {
  const originalPut = IDBObjectStore.prototype.put;
  const originalAdd = IDBObjectStore.prototype.add;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    // add() of an existing key fails with ConstraintError after the request is queued, aborting the transaction.
    if ((value as { id?: string }).id === id) return originalAdd.call(this, value, key);
    return originalPut.call(this, value, key);
  });
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('openPomDb', () => {
  it('creates the current schema: stores, key paths and indexes', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'drafts',
      'packs',
      'promptEvents',
      'reflections',
      'trash',
    ]);
    const tx = db.transaction(['reflections', 'drafts', 'promptEvents', 'packs']);
    const reflections = tx.objectStore('reflections');
    expect(reflections.keyPath).toBe('id');
    expect([...reflections.indexNames].sort()).toEqual([
      'createdAt',
      'groupId',
      'occurredOn',
      'tags',
      'updatedAt',
    ]);
    expect(reflections.index('tags').multiEntry).toBe(true);
    expect(tx.objectStore('drafts').keyPath).toBe('id');
    expect([...tx.objectStore('promptEvents').indexNames].sort()).toEqual(['at', 'promptId']);
    expect(tx.objectStore('packs').keyPath).toBe('name');
  });

  it('closes itself when a newer version asks, so the upgrade is not blocked', async () => {
    const onVersionChange = vi.fn();
    const first = await openPomDb(factory, { onVersionChange });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      db.close(); // the beforeEach connection: only `first` is left to get in the way
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked'));
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    newer.close();
    // The closed connection now reports a storage problem the UI can show.
    const error = await rejection(countReflections(first));
    expect(error.code).toBe('unavailable');
  });

  it('gives up with a "blocked" error when an old connection will not close', async () => {
    db.close();
    const other = freshFactory();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = other.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('reflections', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result); // no versionchange handler: an old, stubborn tab
    });
    const onBlocked = vi.fn();
    const error = await rejection(openPomDb(other, { onBlocked, blockedTimeoutMs: 30 }));
    expect(error.code).toBe('blocked');
    expect(error.userMessage).toMatch(/another tab or window/);
    expect(onBlocked).toHaveBeenCalled();
    old.close();
    // Once the old tab has gone, opening works and upgrades in place.
    db = await openPomDb(other);
    expect(db.version).toBe(DB_VERSION);
  });

  it('reports storage that is switched off or newer than this code as unavailable', async () => {
    const refusing = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect((await rejection(openPomDb(refusing))).code).toBe('unavailable');

    const future = freshFactory();
    await new Promise<void>((resolve) => {
      const request = future.open(DB_NAME, DB_VERSION + 5);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect((await rejection(openPomDb(future))).code).toBe('unavailable');
  });
});

describe('reflections', () => {
  it('saves and reads back exactly what was saved', async () => {
    const r = makeReflection({ page: { title: 'Agenda', url: 'https://nhs.sharepoint.com/sites/X' } });
    await saveReflection(db, r);
    expect(await getReflection(db, r.id)).toEqual(r);
    expect(await getReflection(db, crypto.randomUUID())).toBeUndefined();
  });

  it('rejects an invalid reflection with a validation error and writes nothing', async () => {
    const good = makeReflection();
    await saveReflection(db, good);
    const bad = { ...good, occurredOn: '01/03/2024', title: 'changed' };
    const error = await rejection(saveReflection(db, bad));
    expect(error.code).toBe('validation');
    expect(error.issues.join()).toMatch(/occurredOn/);
    expect(error.userMessage).toMatch(/Your draft is kept/);
    expect(await getReflection(db, good.id)).toEqual(good);
    expect(await countReflections(db)).toBe(1);
  });

  it('lists newest first by createdAt, whatever order they were saved in', async () => {
    const older = makeReflection();
    const middle = makeReflection();
    const newest = makeReflection();
    for (const r of [middle, newest, older]) await saveReflection(db, r);
    expect((await listReflections(db)).map((r) => r.id)).toEqual([newest.id, middle.id, older.id]);
    expect(await countReflections(db)).toBe(3);
  });

  it('indexes every tag, so reflections can be found by any one of them', async () => {
    const a = makeReflection({ tags: ['carers', 'agenda'] });
    const b = makeReflection({ tags: ['agenda'] });
    await saveReflection(db, a);
    await saveReflection(db, b);
    const byTag = await db.getAllFromIndex('reflections', 'tags', 'agenda');
    expect(byTag.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await db.getAllFromIndex('reflections', 'tags', 'carers')).map((r) => r.id)).toEqual([a.id]);
  });

  it('deletes in one go, returns what it deleted, and restores it for undo', async () => {
    const [a, b, c] = [makeReflection(), makeReflection(), makeReflection()];
    for (const r of [a, b, c]) await saveReflection(db, r);
    const deleted = await deleteReflections(db, [a.id, c.id, c.id, crypto.randomUUID()]);
    expect(deleted).toEqual([a, c]);
    expect((await listReflections(db)).map((r) => r.id)).toEqual([b.id]);
    await restoreReflections(db, deleted);
    expect(await listReflections(db)).toEqual([c, b, a]);
  });

  it('restores only from the trash: undo cannot write a reflection that was never deleted', async () => {
    const never = makeReflection();
    expect(await restoreReflections(db, [never])).toEqual([]);
    expect(await countReflections(db)).toBe(0);
  });

  it('turns a quota failure into a quota StoreError and keeps what was there', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(saveReflection(db, { ...r, title: 'edited' }));
    expect(error.code).toBe('quota');
    expect(error.userMessage).toBe(
      'Your browser is out of storage space for Power of Many, so it could not save your reflection. Your draft is kept. Free some space or export a backup, then try again.',
    );
    vi.restoreAllMocks();
    expect(await getReflection(db, r.id)).toEqual(r);
  });

  it('reports a write IndexedDB refuses as a StoreError', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    failPutFor(r.id);
    const error = await rejection(saveReflection(db, { ...r, title: 'edited' }));
    expect(error.code).toBe('unknown');
    expect(error.userMessage).toMatch(/Try again/);
    vi.restoreAllMocks();
    expect(await getReflection(db, r.id)).toEqual(r);
  });
});

describe('drafts', () => {
  it('saves, reads and clears a draft', async () => {
    const draft = makeDraft('capture');
    await saveDraft(db, draft);
    expect(await getDraft(db, 'capture')).toEqual(draft);
    await clearDraft(db, 'capture');
    expect(await getDraft(db, 'capture')).toBeUndefined();
  });

  it('rejects a malformed draft', async () => {
    const error = await rejection(saveDraft(db, { ...makeDraft('capture'), savedAt: 'yesterday' }));
    expect(error.code).toBe('validation');
    expect(await getDraft(db, 'capture')).toBeUndefined();
  });

  it('saves the reflection and clears its draft together', async () => {
    await saveDraft(db, makeDraft('capture'));
    await saveDraft(db, makeDraft('other'));
    const r = makeReflection();
    await saveReflectionAndClearDraft(db, r, 'capture');
    expect(await getReflection(db, r.id)).toEqual(r);
    expect(await getDraft(db, 'capture')).toBeUndefined();
    expect(await getDraft(db, 'other')).toBeDefined();
  });

  it('keeps the draft when the reflection cannot be written', async () => {
    const draft = makeDraft('capture');
    await saveDraft(db, draft);
    const r = makeReflection();
    await saveReflection(db, r);
    failPutFor(r.id);
    await rejection(saveReflectionAndClearDraft(db, { ...r, title: 'edited' }, 'capture'));
    vi.restoreAllMocks();
    expect(await getDraft(db, 'capture')).toEqual(draft);
    expect(await getReflection(db, r.id)).toEqual(r);
  });

  it('does not save the reflection when clearing the draft fails', async () => {
    await saveDraft(db, makeDraft('capture'));
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('gone', 'UnknownError');
    });
    const r = makeReflection();
    await rejection(saveReflectionAndClearDraft(db, r, 'capture'));
    vi.restoreAllMocks();
    expect(await getReflection(db, r.id)).toBeUndefined();
    expect(await getDraft(db, 'capture')).toBeDefined();
  });
});

describe('drafts of a reflection deleted in another tab', () => {
  const editDraft = (reflectionId: string, what: string) =>
    makeDraft(editDraftId(reflectionId, 'tab-a'), what);
  const everything = async () =>
    JSON.stringify(await Promise.all((['reflections', 'drafts', 'trash'] as const).map((s) => db.getAll(s))));

  it('keeps a late edit with the reflection in the trash, so it comes back with it', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    await deleteReflections(db, [r.id]);
    expect(await saveDraft(db, editDraft(r.id, 'typed after the delete'))).toBe('trashed');
    expect(await getDraft(db, editDraftId(r.id, 'tab-a'))).toBeUndefined();
    expect((await listTrash(db))[0]?.drafts.map((d) => d.fields.what)).toEqual(['typed after the delete']);
    await restoreFromTrash(db, [r.id]);
    expect((await getDraft(db, editDraftId(r.id, 'tab-a')))?.fields.what).toBe('typed after the delete');
  });

  it('leaves nothing of a late edit once the trash is emptied', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    await deleteReflections(db, [r.id]);
    await saveDraft(db, editDraft(r.id, 'a secret typed late'));
    await emptyTrash(db);
    expect(await everything()).not.toContain('a secret typed late');
  });

  it('refuses an edit of a reflection deleted for good, saying what happened and what to do', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    await deleteReflections(db, [r.id]);
    await emptyTrash(db);
    const error = await rejection(saveDraft(db, editDraft(r.id, 'typed after it was gone')));
    expect(error.userMessage).toContain('deleted for good');
    expect(error.userMessage).toContain('still on screen');
    expect(await everything()).not.toContain('typed after it was gone');
  });

  it('saves an edit of a reflection that is still there, and the capture draft, as before', async () => {
    const r = makeReflection();
    await saveReflection(db, r);
    expect(await saveDraft(db, editDraft(r.id, 'still editing'))).toBe('saved');
    expect(await saveDraft(db, makeDraft('capture'))).toBe('saved');
  });
});

describe('prompt events and packs', () => {
  it('adds prompt events, lists them oldest first and clears them', async () => {
    const first = makePromptEvent();
    const second = makePromptEvent({ kind: 'snoozed' });
    await addPromptEvent(db, second);
    await addPromptEvent(db, first);
    expect(await listPromptEvents(db)).toEqual([first, second]);
    await clearPromptEvents(db);
    expect(await listPromptEvents(db)).toEqual([]);
  });

  it('rejects a prompt event that would store page text', async () => {
    const error = await rejection(addPromptEvent(db, { ...makePromptEvent(), site: 'x'.repeat(300) }));
    expect(error.code).toBe('validation');
  });

  it('saves, lists by name, updates and deletes packs', async () => {
    await savePack(db, makePack('Trust B'));
    await savePack(db, makePack('Trust A'));
    expect((await listPacks(db)).map((p) => p.name)).toEqual(['Trust A', 'Trust B']);
    const [a] = await listPacks(db);
    await savePack(db, { ...(a as NonNullable<typeof a>), enabled: false });
    expect((await listPacks(db)).map((p) => [p.name, p.enabled])).toEqual([
      ['Trust A', false],
      ['Trust B', true],
    ]);
    await deletePack(db, 'Trust A');
    expect((await listPacks(db)).map((p) => p.name)).toEqual(['Trust B']);
  });

  it('rejects a pack with no prompts', async () => {
    const pack = makePack('Empty');
    const error = await rejection(savePack(db, { ...pack, pack: { ...pack.pack, prompts: [] } }));
    expect(error.code).toBe('validation');
    expect(await listPacks(db)).toEqual([]);
  });
});

describe('importRecords and clearAllData', () => {
  it('imports reflections and prompt events together', async () => {
    const reflections = [makeReflection(), makeReflection()];
    const promptEvents = [makePromptEvent(), makePromptEvent()];
    await importRecords(db, { reflections, promptEvents });
    expect(await listReflections(db)).toEqual([...reflections].reverse());
    expect(await listPromptEvents(db)).toEqual(promptEvents);
  });

  it('writes nothing when one record is invalid, and says which', async () => {
    const reflections = [makeReflection(), { ...makeReflection(), pii: [{ kind: 'shoe-size' }] }];
    const error = await rejection(
      importRecords(db, { reflections: reflections as never, promptEvents: [makePromptEvent()] }),
    );
    expect(error.code).toBe('validation');
    expect(error.userMessage).toMatch(/Nothing was imported/);
    expect(error.issues[0]).toMatch(/^reflection 2 of 2: pii/);
    expect(await countReflections(db)).toBe(0);
    expect(await listPromptEvents(db)).toEqual([]);
  });

  it('writes nothing when IndexedDB refuses one record part-way through', async () => {
    const existing = makeReflection();
    await saveReflection(db, existing);
    const newer = { ...existing, title: 'edited', updatedAt: '2030-01-01T00:00:00.000Z' };
    const reflections = [makeReflection(), newer, makeReflection()];
    const promptEvents = [makePromptEvent()];
    failPutFor(existing.id);
    const error = await rejection(importRecords(db, { reflections, promptEvents }));
    expect(error.userMessage).toMatch(/Nothing was imported/);
    vi.restoreAllMocks();
    expect(await listReflections(db)).toEqual([existing]);
    expect(await listPromptEvents(db)).toEqual([]);
  });

  it('writes nothing when a request throws before the others are queued', async () => {
    const reflections = [makeReflection(), makeReflection(), makeReflection()];
    const originalPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      calls += 1;
      if (calls === 2) throw new DOMException('cannot clone', 'DataCloneError');
      return originalPut.call(this, value, key);
    });
    await rejection(importRecords(db, { reflections, promptEvents: [] }));
    vi.restoreAllMocks();
    expect(await countReflections(db)).toBe(0);
  });

  it('clears every store', async () => {
    await saveReflection(db, makeReflection());
    await saveDraft(db, makeDraft('capture'));
    await addPromptEvent(db, makePromptEvent());
    await savePack(db, makePack('Trust A'));
    await clearAllData(db);
    expect(await countReflections(db)).toBe(0);
    expect(await getDraft(db, 'capture')).toBeUndefined();
    expect(await listPromptEvents(db)).toEqual([]);
    expect(await listPacks(db)).toEqual([]);
  });
});

describe('toStoreError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['InvalidStateError', 'unavailable'],
    ['VersionError', 'unavailable'],
    ['ConstraintError', 'unknown'],
  ] as const)('maps %s to %s with a message that says what to do', (name, code) => {
    const error = toStoreError(new DOMException('x', name));
    expect(error.code).toBe(code);
    expect(error.userMessage).toMatch(/Power of Many/);
    expect(error.userMessage).toMatch(/try again|reopen|restart/i);
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('blocked', 'message');
    expect(toStoreError(original)).toBe(original);
  });
});
