import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Backup, parseBackup, toBackup } from '../../../src/export/backup';
import { planImport, sameTimeConflictReason } from '../../../src/export/import-plan';
import type { PromptEvent } from '../../../src/prompts/events';
import type { Reflection } from '../../../src/reflections/model';
import { makeReflection, testId } from '../../support/factory';
import { backupDataArb } from './arbitraries';

const now = new Date('2026-04-05T10:00:00.000Z');
const farFuture = new Date('2100-01-01T00:00:00Z');

function backupOf(reflections: Reflection[], promptEvents: PromptEvent[] = []): Backup {
  const result = parseBackup(toBackup({ reflections, promptEvents }, now));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.backup;
}

function event(n: number): PromptEvent {
  return {
    id: testId(0xe000 + n),
    promptId: 'ask-first',
    kind: 'shown',
    at: '2025-06-01T09:00:00Z',
    site: 'x.nhs.uk',
    context: null,
  };
}

describe('planImport', () => {
  const saved = makeReflection({ id: testId(1), updatedAt: '2025-06-01T10:00:00Z', title: 'Saved' });
  const savedNewer = makeReflection({
    id: testId(2),
    updatedAt: '2025-06-03T10:00:00Z',
    title: 'Mine is newer',
  });
  const savedSameTime = makeReflection({ id: testId(3), updatedAt: '2025-06-01T10:00:00Z', title: 'Mine' });
  const existing = [saved, savedNewer, savedSameTime];

  const incomingNewer = {
    ...saved,
    title: 'Edited on another computer',
    updatedAt: '2025-06-01T11:30:00+01:00',
  };
  const incomingOlder = { ...savedNewer, title: 'Old copy', updatedAt: '2025-06-02T10:00:00Z' };
  const incomingConflict = { ...savedSameTime, title: 'Theirs', updatedAt: '2025-06-01T11:00:00+01:00' };
  const incomingNew = makeReflection({ id: testId(4), title: 'Brand new' });
  const incomingSame = { ...saved };

  it('adds new reflections, updates older ones and keeps newer saved copies', () => {
    const plan = planImport(existing, backupOf([incomingNewer, incomingOlder, incomingNew]));
    expect(plan.add).toEqual([incomingNew]);
    expect(plan.update).toEqual([incomingNewer]);
    expect(plan.unchanged).toBe(1);
    expect(plan.rejected).toEqual([]);
  });

  it('compares update times as instants, not as text', () => {
    // 10:30+02:00 is 08:30Z, older than the saved 10:00Z, though it sorts later as text.
    const earlierLooksLater = { ...saved, title: 'x', updatedAt: '2025-06-01T10:30:00+02:00' };
    expect(planImport(existing, backupOf([earlierLooksLater])).update).toEqual([]);
  });

  it('counts identical copies as unchanged, whatever their key order', () => {
    const reordered = Object.fromEntries(Object.entries(incomingSame).reverse()) as Reflection;
    expect(planImport(existing, backupOf([reordered]))).toMatchObject({ add: [], update: [], unchanged: 1 });
  });

  it('keeps the saved copy and says why when both changed at the same instant', () => {
    const plan = planImport(existing, backupOf([incomingConflict]));
    expect(plan.rejected).toEqual([{ id: savedSameTime.id, reason: sameTimeConflictReason() }]);
    expect(plan.update).toEqual([]);
  });

  it('accepts a Map of saved reflections by id', () => {
    const byId = new Map(existing.map((r) => [r.id, r]));
    expect(planImport(byId, backupOf([incomingNewer, incomingNew]))).toMatchObject({
      add: [incomingNew],
      update: [incomingNewer],
    });
  });

  it('adds only prompt history not already saved', () => {
    const plan = planImport([], backupOf([], [event(1), event(2), event(3)]), new Set([event(2).id]));
    expect(plan.promptEvents.map((e) => e.id)).toEqual([event(1).id, event(3).id]);
  });

  it('adds everything into an empty store, and nothing the second time', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        const backup = backupOf([...data.reflections], [...data.promptEvents]);
        // Every generated date is plausible from the arbitraries' latest moment, so none is left out here.
        const first = planImport([], backup, new Set(), farFuture);
        expect(first.add).toEqual(backup.reflections);
        expect(first.promptEvents).toEqual(backup.promptEvents);
        const second = planImport(first.add, backup, new Set(first.promptEvents.map((e) => e.id)), farFuture);
        expect(second).toEqual({
          add: [],
          update: [],
          unchanged: backup.reflections.length,
          rejected: [],
          promptEvents: [],
        });
      }),
      { numRuns: 100 },
    );
  });
});

// #11 point 15: a far-future or impossible date must not win every later merge; one bad item is not all.
describe('planImport leaves out reflections whose dates cannot be right, one by one', () => {
  const at = new Date('2026-11-29T12:00:00Z');
  const good = makeReflection({ id: testId(10), updatedAt: '2026-11-28T09:00:00Z', title: 'Fine' });
  it.each([
    ['updatedAt', '9999-12-31T00:00:00Z', /updatedAt is 9999-12-31T00:00:00Z, which is in the future/],
    [
      'updatedAt',
      '2026-12-05T00:00:00Z',
      /in the future\. Check the date in the file, or this computer's clock/,
    ],
    ['createdAt', '0000-01-01T00:00:00Z', /createdAt is 0000-01-01T00:00:00Z, too long ago/],
    ['occurredOn', '9999-01-01', /occurredOn is 9999-01-01, which is in the future/],
    ['occurredOn', '0000-06-01', /occurredOn is 0000-06-01, too long ago/],
  ])('%s %s', (field, value, reason) => {
    const bad = makeReflection({ id: testId(11), title: 'Bad', [field]: value });
    const plan = planImport([], backupOf([good, bad]), new Set(), at);
    expect(plan.add.map((r) => r.title)).toEqual(['Fine']);
    expect(plan.rejected).toEqual([{ id: bad.id, reason: expect.stringMatching(reason) }]);
  });

  it('allows a clock a few hours ahead, as another computer may have', () => {
    const ahead = makeReflection({
      id: testId(12),
      updatedAt: '2026-11-29T20:00:00Z',
      occurredOn: '2026-11-30',
    });
    expect(planImport([], backupOf([ahead]), new Set(), at).add).toHaveLength(1);
  });
});
