import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listNewestReflections,
  listReflections,
  openPomDb,
  type PomDb,
  saveReflection,
} from '../../../src/reflections/store';
import { freshFactory, makeReflection } from './helpers';

let db: PomDb;
beforeEach(async () => {
  db = await openPomDb(freshFactory());
});
afterEach(() => db.close());

describe('listNewestReflections', () => {
  it('returns the newest few by createdAt, in the same order as the full list', async () => {
    for (let day = 1; day <= 9; day++) {
      await saveReflection(
        db,
        makeReflection({ createdAt: `2026-03-0${day}T09:00:00.000Z`, title: `Day ${day}` }),
      );
    }
    const newest = await listNewestReflections(db, 4);
    expect(newest.map((r) => r.title)).toEqual(['Day 9', 'Day 8', 'Day 7', 'Day 6']);
    expect(newest).toEqual((await listReflections(db)).slice(0, 4));
  });

  it('returns everything when there are fewer than asked for, and nothing from an empty log', async () => {
    expect(await listNewestReflections(db, 50)).toEqual([]);
    await saveReflection(db, makeReflection({ title: 'Only one' }));
    expect((await listNewestReflections(db, 50)).map((r) => r.title)).toEqual(['Only one']);
  });
});
