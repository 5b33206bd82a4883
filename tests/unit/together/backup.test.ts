import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup } from '../../../src/export/backup';
import { makeReflection, testId } from '../../support/factory';

const now = new Date('2026-11-29T10:00:00.000Z');

describe('a backup carries the "power of many" parts', () => {
  const reflection = makeReflection({
    group: {
      groupId: testId(901),
      participants: [{ role: 'carers', count: 3 }],
      decided: 'Meet at the carers centre.',
    },
    commitment: {
      due: '2026-11-20',
      involves: 'the carers lead',
      followUps: [{ at: '2026-11-28T09:00:00.000Z', outcome: 'done', note: 'It happened.' }],
    },
  });
  const passedOn = {
    id: testId(902),
    promptId: 'who-is-missing-carers',
    kind: 'passed-on' as const,
    at: '2026-11-27T10:00:00.000Z',
    site: 'intranet.example.nhs.uk',
    context: 'agenda' as const,
  };

  it('round-trips a group reflection, its commitment and follow-ups, and a passed-on event', () => {
    const result = parseBackup(toBackup({ reflections: [reflection], promptEvents: [passedOn] }, now));
    expect(result.ok && result.backup.reflections).toEqual([reflection]);
    expect(result.ok && result.backup.promptEvents).toEqual([passedOn]);
  });

  it('refuses a backup whose group names nobody', () => {
    const broken = { ...reflection, group: { ...reflection.group, participants: [] } };
    const text = toBackup({ reflections: [broken as typeof reflection], promptEvents: [] }, now);
    expect(parseBackup(text).ok).toBe(false);
  });
});
