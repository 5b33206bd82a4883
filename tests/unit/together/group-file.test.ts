import { describe, expect, it } from 'vitest';
import {
  alreadyImported,
  describeParticipants,
  type GroupReflection,
  groupFileMaxBytes,
  parseGroupFile,
  toGroupFile,
} from '../../../src/together/group-file';

const group: GroupReflection = {
  groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
  heldOn: '2026-11-20',
  title: 'Debrief after the discharge co-design session',
  what: 'We went through what the patient partners had told us about the last hour before going home.',
  decided: 'Try a "going home" conversation a day earlier on two wards for a month.',
  participants: [
    { role: 'patient partners', count: 2 },
    { role: 'the ward team', count: 1 },
  ],
  context: 'coproduction',
};
const now = new Date('2026-11-29T10:00:00Z');

describe('group reflection files', () => {
  it('round-trip: what one person exports, a colleague reads back unchanged', () => {
    const result = parseGroupFile(JSON.stringify(toGroupFile(group, now)));
    expect(result.ok && result.file.group).toEqual(group);
  });

  it('refuse a participant described by name', () => {
    const named = { ...group, participants: [{ role: 'Mrs Patel and her son', count: 2 }] };
    const result = parseGroupFile(JSON.stringify({ ...toGroupFile(group, now), group: named }));
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!result.ok && result.details.join(' ')).toMatch(/participants\.0\.role: describe people by role/);
  });

  it.each([
    ['not JSON', '{"format": ', 'not-json'],
    ['a backup or any other JSON', JSON.stringify({ format: 'power-of-many/backup' }), 'not-a-group-file'],
    ['an array', '[]', 'not-a-group-file'],
    [
      'extra keys',
      JSON.stringify({ ...toGroupFile(group, now), script: '<img src=x onerror=alert(1)>' }),
      'invalid',
    ],
    [
      'a date in the year 9999',
      JSON.stringify({ ...toGroupFile(group, now), group: { ...group, heldOn: '9999-01-01' } }),
      'invalid',
    ],
    [
      'no participants',
      JSON.stringify({ ...toGroupFile(group, now), group: { ...group, participants: [] } }),
      'invalid',
    ],
    [
      '__proto__ keys',
      `{"format":"power-of-many/group-reflection","__proto__":{"polluted":true}}`,
      'invalid',
    ],
  ])('refuse %s', (_name, text, problem) => {
    expect(parseGroupFile(text)).toMatchObject({ ok: false, problem });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse a file far larger than a group reflection could be, before parsing it', () => {
    expect(parseGroupFile(' '.repeat(groupFileMaxBytes + 1))).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
  });

  it('know when the same group is already in the log, so importing twice adds nothing', () => {
    const file = toGroupFile(group, now);
    expect(alreadyImported([{ id: 'r1', group: { groupId: group.groupId } }, { id: 'r2' }], file)).toBe('r1');
    expect(alreadyImported([{ id: 'r2' }], file)).toBeNull();
  });

  it('describe participants by number and role', () => {
    expect(describeParticipants(group.participants)).toBe('2 patient partners, the ward team');
  });
});
