import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { composeInvitation, mailtoFor, mailtoLimit, readableDate } from '../../../src/together/invitation';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';

beforeAll(() => installMessages(lookupFromMessages(messages)));

const input = {
  audience: 'patient-partner' as const,
  question: 'What would make this meeting worth your time?',
  why: 'People shape a plan best before it is fixed, not after.',
  replyBy: '2026-12-11',
  about: 'the outpatients redesign',
};

describe('composeInvitation', () => {
  it('carries the question, why it matters and a readable reply-by date', () => {
    const { subject, body } = composeInvitation(input);
    expect(subject).toContain('the outpatients redesign');
    expect(body).toContain(input.question);
    expect(body).toContain(input.why);
    expect(body).toContain('Friday 11 December');
  });

  it('says nothing about an extension, a prompt or a tool, so a stranger to it can answer', () => {
    const { subject, body } = composeInvitation(input);
    expect(`${subject}\n${body}`).not.toMatch(/power of many|extension|prompt|browser/i);
  });

  it('leaves no placeholder or message key in the text', () => {
    for (const audience of ['co-authors', 'patient-partner', 'group'] as const) {
      const { subject, body } = composeInvitation({ ...input, audience, about: undefined });
      expect(`${subject}\n${body}`).not.toMatch(/\$|invite[A-Z]/);
    }
  });
});

describe('readableDate', () => {
  it('gives the weekday and the date whatever the time zone, and the input back when it is not a date', () => {
    expect(readableDate('2027-01-01')).toBe('Friday 1 January');
    expect(readableDate('soon')).toBe('soon');
  });
});

describe('mailtoFor', () => {
  it('opens a message to nobody yet, with subject and body encoded', () => {
    const link = mailtoFor({ subject: 'A & B', body: 'line one\nline two' });
    expect(link).toBe('mailto:?subject=A%20%26%20B&body=line%20one%0Aline%20two');
  });

  it('declines when the link would be too long for mail programs, so the user copies instead', () => {
    expect(mailtoFor({ subject: 'x', body: 'y'.repeat(mailtoLimit) })).toBeNull();
  });
});
