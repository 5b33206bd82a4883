import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { journeyOf, journeyReflectionOf, journeySummary, monthName } from '../../../src/together/journey-of';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';
import { makeReflection } from '../../support/factory';

beforeAll(() => installMessages(lookupFromMessages(messages)));

describe('the journey from the log', () => {
  it('reads whose voices a reflection brought in from its words and who took part', () => {
    const r = makeReflection({
      what: 'We planned the clinic.',
      soWhat: 'Carers told us the times do not work.',
      nowWhat: '',
      group: {
        groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
        participants: [{ role: 'patient partners', count: 2 }],
        decided: '',
      },
    });
    expect(journeyReflectionOf(r).voices).toEqual({
      patients: true,
      carers: true,
      public: false,
      staff: false,
    });
  });

  it('counts prompts passed on from the prompt history and ignores other events', () => {
    const { totals, months } = journeyOf(
      [makeReflection({ occurredOn: '2026-10-02', movementRole: 'organiser' })],
      [
        { kind: 'passed-on', at: '2026-11-03T10:00:00Z' },
        { kind: 'shown', at: '2026-11-03T09:59:00Z' },
      ],
      '2026-11',
    );
    expect(months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(totals).toMatchObject({ reflections: 1, passedOn: 1, moves: { organiser: 1 } });
  });

  it('sums it up in a sentence, or says it has not started', () => {
    const journey = journeyOf(
      [makeReflection({ occurredOn: '2026-11-02', movementRole: 'mobiliser' })],
      [],
      '2026-11',
    );
    expect(journeySummary(journey)).toBe(
      'Over 1 months: 1 reflections; 0 as an organiser, 1 as a mobiliser, 0 as a lone wolf; patients, carers or the public brought in 0 times; 0 prompts passed on; 0 commitments kept; 0 reflections made together.',
    );
    expect(journeySummary(journeyOf([], [], '2026-11'))).toMatch(/^Nothing yet/);
    expect(monthName('2026-03')).toBe('March 2026');
  });
});
