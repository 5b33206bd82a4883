import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { Reflection } from '../../../src/reflections/model';
import { groupFileFromReflection, importGroupFile } from '../../../src/together/group-exchange';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';
import { makeReflection } from '../../support/factory';

beforeAll(() => installMessages(lookupFromMessages(messages)));

const now = new Date('2026-11-29T10:00:00Z');
const ran = makeReflection({
  title: 'Discharge co-design debrief',
  occurredOn: '2026-11-20',
  what: 'We heard what the last hour before going home is like.',
  soWhat: 'My own learning, which stays mine.',
  group: {
    groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
    participants: [
      { role: 'patient partners', count: 2 },
      { role: 'the ward team', count: 1 },
    ],
    decided: 'Start the going-home talk a day earlier.',
  },
});
const deps = { now, uuid: () => 'a1b2c3d4-0000-4000-8000-00000000abcd' };

describe('group files from the log', () => {
  it("share what the group made and never the sender's own learning", () => {
    const text = JSON.stringify(groupFileFromReflection(ran, now));
    expect(text).toContain('Start the going-home talk a day earlier.');
    expect(text).not.toContain('My own learning');
  });

  it('import as a new group reflection with an empty "so what" for the importer', () => {
    const outcome = importGroupFile(JSON.stringify(groupFileFromReflection(ran, now)), [], deps);
    expect(outcome.kind).toBe('new');
    if (outcome.kind !== 'new') return;
    expect(outcome.reflection).toMatchObject({
      id: deps.uuid(),
      title: ran.title,
      occurredOn: '2026-11-20',
      soWhat: '',
      group: ran.group,
    });
    expect(Reflection.safeParse(outcome.reflection).success).toBe(true);
  });

  it('add nothing when the same group is already in the log', () => {
    const text = JSON.stringify(groupFileFromReflection(ran, now));
    expect(importGroupFile(text, [ran], deps)).toEqual({ kind: 'duplicate', existingId: ran.id });
  });

  it('refuse hostile or wrong files with the reason', () => {
    expect(importGroupFile('{"format":', [], deps)).toMatchObject({ kind: 'rejected', problem: 'not-json' });
    expect(importGroupFile(JSON.stringify({ format: 'power-of-many/backup' }), [], deps)).toMatchObject({
      kind: 'rejected',
      problem: 'not-a-group-file',
    });
    const file = groupFileFromReflection(ran, now);
    const named = { ...file, group: { ...file.group, participants: [{ role: 'Dr Jones', count: 1 }] } };
    expect(importGroupFile(JSON.stringify(named), [], deps)).toMatchObject({
      kind: 'rejected',
      problem: 'invalid',
    });
  });

  it('refuse a group held in the future, rather than saving a reflection dated ahead', () => {
    const file = groupFileFromReflection(ran, now);
    const ahead = { ...file, group: { ...file.group, heldOn: '2027-01-10' } };
    expect(importGroupFile(JSON.stringify(ahead), [], deps)).toMatchObject({
      kind: 'rejected',
      problem: 'unusable',
    });
  });

  it('only a group reflection can become a group file', () => {
    expect(() => groupFileFromReflection(makeReflection(), now)).toThrow(/group reflection/);
  });
});
