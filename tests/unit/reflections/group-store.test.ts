import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findGroupReflection, openPomDb, saveReflection } from '../../../src/reflections/store';
import { freshFactory, makeReflection } from './helpers';

describe('reflections by group', () => {
  it('finds the reflection made from a group file, and nothing for a group not in the log', async () => {
    const db = await openPomDb(freshFactory());
    const groupId = '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f';
    const made = makeReflection({
      group: { groupId, participants: [{ role: 'carers', count: 2 }], decided: '' },
    });
    await saveReflection(db, makeReflection());
    await saveReflection(db, made);
    expect((await findGroupReflection(db, groupId))?.id).toBe(made.id);
    expect(await findGroupReflection(db, 'a1b2c3d4-0000-4000-8000-000000000001')).toBeUndefined();
    db.close();
  });
});
