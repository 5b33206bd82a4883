import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { Reflection } from '../../../src/reflections/model';
import { followUpLine, recordFollowUp } from '../../../src/together/record';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';
import { makeReflection } from '../../support/factory';

beforeAll(() => installMessages(lookupFromMessages(messages)));

const commitment = { due: '2026-11-20', involves: 'the PPG chair', followUps: [] };
const group = {
  groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
  participants: [{ role: 'patient partners', count: 2 }],
  decided: 'Meet a day earlier.',
};

describe('the reflection record', () => {
  it('carries a commitment and a group, and still reads records without them', () => {
    expect(Reflection.safeParse(makeReflection({ commitment, group })).success).toBe(true);
    expect(Reflection.safeParse(makeReflection()).success).toBe(true);
  });

  it('refuses a group without participants and unknown keys in either part', () => {
    expect(Reflection.safeParse(makeReflection({ group: { ...group, participants: [] } })).success).toBe(
      false,
    );
    const extra = { ...commitment, secret: 'x' } as unknown as typeof commitment;
    expect(Reflection.safeParse(makeReflection({ commitment: extra })).success).toBe(false);
  });
});

describe('recordFollowUp', () => {
  const at = '2026-11-29T09:30:00.000Z';

  it('adds the answer to the commitment and a dated line to the named text', () => {
    const before = makeReflection({ commitment, soWhat: 'I learned to ask first.' });
    const after = recordFollowUp(before, { at, outcome: 'partly', note: 'The chair agreed.' }, 'soWhat');
    expect(after.commitment?.followUps).toEqual([{ at, outcome: 'partly', note: 'The chair agreed.' }]);
    expect(after.soWhat).toBe('I learned to ask first.\n\n29 November 2026, partly: The chair agreed.');
    expect(after.updatedAt).toBe(at);
    expect(Reflection.safeParse(after).success).toBe(true);
  });

  it('writes a line without a note as a plain sentence', () => {
    expect(followUpLine({ at, outcome: 'no-longer-relevant', note: ' ' })).toBe(
      '29 November 2026, no longer relevant.',
    );
  });

  it('refuses a reflection with no commitment', () => {
    expect(() => recordFollowUp(makeReflection(), { at, outcome: 'done', note: '' }, 'soWhat')).toThrow(
      /no commitment/,
    );
  });
});
