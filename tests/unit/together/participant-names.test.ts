import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup } from '../../../src/export/backup';
import { Reflection } from '../../../src/reflections/model';
import { parseGroupFile, toGroupFile } from '../../../src/together/group-file';
import { namedParticipantIn, ReflectionParticipant } from '../../../src/together/participants';
import { makeReflection } from '../../support/factory';

/*
 * "Who took part" is roles and numbers, never names (#17): the same check holds where people type, where a
 * colleague's group file arrives and where a backup is restored, however the file was made.
 */

const now = new Date('2026-11-29T10:00:00Z');
const named = [
  'Mrs Patel and her son',
  'Dr Okafor',
  'the carer on 07700 900123',
  'jo.bloggs@nhs.net',
  'patient 943 476 5919',
];
const group = (role: string) => ({
  groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
  participants: [
    { role: 'patient partners', count: 2 },
    { role, count: 1 },
  ],
  decided: 'Rewrite the letter with them.',
});

describe('participant roles never name people', () => {
  it('the editor and every save refuse a named role (the model schema holds the check)', () => {
    for (const role of named) {
      const result = ReflectionParticipant.safeParse({ role, count: 1 });
      expect(result.success, role).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('describe people by role, never by name or number');
      expect(Reflection.safeParse(makeReflection({ group: group(role) })).success, role).toBe(false);
    }
    expect(ReflectionParticipant.safeParse({ role: 'the ward team', count: 1 }).success).toBe(true);
  });

  it('a group file naming a person is refused, with the field and the reason', () => {
    const fine = toGroupFile(
      {
        groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
        heldOn: '2026-11-20',
        title: 'Debrief',
        what: 'We went through the letters.',
        decided: 'Rewrite them.',
        participants: [{ role: 'patient partners', count: 2 }],
      },
      now,
    );
    for (const role of named) {
      const crafted = { ...fine, group: { ...fine.group, participants: [{ role, count: 1 }] } };
      const result = parseGroupFile(JSON.stringify(crafted));
      expect(result.ok, role).toBe(false);
      expect(!result.ok && result.details.join(' ')).toMatch(
        /participants\.0\.role: describe people by role/,
      );
    }
  });

  it('a crafted backup: the reflection naming a person is left out with a reason, the rest restored', () => {
    const alone = makeReflection({ title: 'Made alone' });
    const together = makeReflection({ title: 'Made together', group: group('the ward team') });
    const text = toBackup({ reflections: [alone, together], promptEvents: [] }, now);
    for (const role of named) {
      const crafted = JSON.parse(text) as { reflections: { group?: { participants: { role: string }[] } }[] };
      const participant = crafted.reflections[1]?.group?.participants[1];
      if (participant) participant.role = role;
      const result = parseBackup(JSON.stringify(crafted));
      expect(result.ok, role).toBe(true);
      if (!result.ok) continue;
      expect(result.backup.reflections.map((r) => r.title)).toEqual(['Made alone']);
      expect(result.notes.join(' ')).toContain(
        'Reflection "Made together" was left out: who took part names',
      );
    }
    const clean = parseBackup(text);
    expect(clean.ok && clean.backup.reflections).toHaveLength(2);
  });

  it('finds a named role in any stored shape without trusting it', () => {
    expect(namedParticipantIn(null)).toBeNull();
    expect(namedParticipantIn({ group: { participants: 'Mrs Patel' } })).toBeNull();
    expect(namedParticipantIn({ group: { participants: [null, { role: 42 }, { role: 'Mr Jones' }] } })).toBe(
      'Mr Jones',
    );
  });
});
