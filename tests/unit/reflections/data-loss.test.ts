import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/export/import-plan';
import { editDraftId } from '../../../src/reflections/draft';
import {
  ConflictError,
  deleteReflections,
  emptyTrash,
  getDraft,
  getReflection,
  importRecords,
  listEditDrafts,
  listReflections,
  listTrash,
  openPomDb,
  type PomDb,
  purgeTrash,
  restoreFromTrash,
  saveDraft,
  saveReflection,
  saveReflectionAndClearDraft,
} from '../../../src/reflections/store';
import { freshFactory, makeDraft, makeReflection } from './helpers';

// Each case here reproduces a data-loss defect from issue #11 with the store's long-standing API.

let db: PomDb;
beforeEach(async () => {
  db = await openPomDb(freshFactory());
});
afterEach(() => db.close());

/** Every string anywhere in the database, to prove a text has gone from all of it. */
async function everyStoredText(): Promise<string> {
  const names = [...db.objectStoreNames];
  const all = await Promise.all(names.map((name) => db.getAll(name)));
  return JSON.stringify(all);
}

describe('#11 point 3: an import planned earlier never overwrites an edit saved since', () => {
  it('keeps the edit made between choosing the file and confirming', async () => {
    const original = makeReflection({ title: 'Carers forum' });
    await saveReflection(db, original);
    const fromFile = {
      ...original,
      title: 'Carers forum (from backup)',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    const backup = { reflections: [fromFile], promptEvents: [] } as never;
    const plan = planImport(await listReflections(db), backup, new Set(), new Date('2032-01-01T00:00:00Z'));
    expect(plan.update).toHaveLength(1);

    // Another tab saves a newer edit while the import report is on screen.
    const stored = (await getReflection(db, original.id)) ?? original;
    await saveReflection(db, {
      ...stored,
      title: 'Edited in the other tab',
      updatedAt: '2031-01-01T00:00:00.000Z',
    });

    await importRecords(db, { reflections: [...plan.add, ...plan.update], promptEvents: [] });
    expect((await getReflection(db, original.id))?.title).toBe('Edited in the other tab');
  });
});

describe('#11 point 9: deleting a reflection takes its unsaved edit with it', () => {
  it('leaves no draft of it behind once deleted and the trash emptied', async () => {
    const r = makeReflection({ title: 'Board paper' });
    await saveReflection(db, r);
    await saveDraft(db, makeDraft(r.id, 'Patient Jane Doe said the discharge letter was wrong'));
    await deleteReflections(db, [r.id]);
    expect(await getDraft(db, r.id)).toBeUndefined();
    await emptyTrash(db);
    expect(await everyStoredText()).not.toContain('Jane Doe');
  });
});

describe('#11 point 2: saving never overwrites a newer version unseen', () => {
  it('refuses a save based on an older revision and hands back the stored copy', async () => {
    const r = makeReflection({ title: 'Agenda' });
    const saved = await saveReflection(db, r);
    expect(saved.revision ?? 1).toBe(1);
    // Two tabs both opened revision 1; the first to save wins, the second is told.
    const first = await saveReflection(db, { ...saved, tags: ['carers'] });
    expect(first.revision).toBe(2);
    const error = await saveReflection(db, { ...saved, title: 'Agenda, revised' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).stored?.tags).toEqual(['carers']);
    expect((error as ConflictError).userMessage).toMatch(/changed in another tab.*choose which to keep/);
    expect((await getReflection(db, r.id))?.tags).toEqual(['carers']);
    // Choosing "keep mine" saves on top of what the user has now seen.
    const mine = await saveReflection(db, { ...saved, title: 'Agenda, revised', revision: 2 });
    expect(mine.revision).toBe(3);
  });

  it('does not bring back a reflection deleted in another tab', async () => {
    const saved = await saveReflection(db, makeReflection());
    await deleteReflections(db, [saved.id]);
    const error = await saveReflection(db, { ...saved, title: 'stale edit' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).stored).toBeNull();
  });

  it('keeps one draft per editor, so two editors never overwrite each other', async () => {
    const saved = await saveReflection(db, makeReflection());
    await saveDraft(db, { ...makeDraft(editDraftId(saved.id, 'tab-a'), 'from tab A'), baseRevision: 1 });
    await saveDraft(db, { ...makeDraft(editDraftId(saved.id, 'tab-b'), 'from tab B'), baseRevision: 1 });
    const drafts = await listEditDrafts(db, saved.id);
    expect(drafts.map((d) => d.fields.what).sort()).toEqual(['from tab A', 'from tab B']);
    await saveReflectionAndClearDraft(db, { ...saved, what: 'from tab B' }, editDraftId(saved.id, 'tab-b'));
    expect((await listEditDrafts(db, saved.id)).map((d) => d.fields.what)).toEqual(['from tab A']);
  });
});

describe('#11 points 5 and 9: the trash', () => {
  it('puts back an earlier deletion after a second one, with its drafts', async () => {
    const a = await saveReflection(db, makeReflection({ title: 'A' }));
    const b = await saveReflection(db, makeReflection({ title: 'B' }));
    await saveDraft(db, makeDraft(editDraftId(a.id, 'x'), 'unsaved words about A'));
    await deleteReflections(db, [a.id], new Date('2025-05-01T10:00:00Z'));
    await deleteReflections(db, [b.id], new Date('2025-05-01T10:05:00Z'));
    expect((await listTrash(db)).map((e) => e.reflection.title)).toEqual(['B', 'A']);
    await restoreFromTrash(db, [a.id]);
    expect((await listReflections(db)).map((r) => r.title)).toEqual(['A']);
    expect((await listEditDrafts(db, a.id)).map((d) => d.fields.what)).toEqual(['unsaved words about A']);
    expect((await listTrash(db)).map((e) => e.reflection.title)).toEqual(['B']);
  });

  it('keeps deleted reflections 30 days, then nothing of them is left anywhere', async () => {
    const r = await saveReflection(db, makeReflection({ what: 'Mrs Patel on bay 4 told us' }));
    await saveDraft(db, makeDraft(editDraftId(r.id, 'x'), 'Mrs Patel again, unsaved'));
    const deletedAt = new Date('2025-05-01T10:00:00Z');
    await deleteReflections(db, [r.id], deletedAt);
    expect(await purgeTrash(db, new Date('2025-05-31T09:59:00Z'))).toBe(0);
    expect(await everyStoredText()).toContain('Mrs Patel');
    expect(await purgeTrash(db, new Date('2025-05-31T10:00:01Z'))).toBe(1);
    expect(await everyStoredText()).not.toContain('Mrs Patel');
  });
});
