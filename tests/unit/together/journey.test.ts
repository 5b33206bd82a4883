import { describe, expect, it } from 'vitest';
import { type JourneyReflection, journeyTotals, movementJourney } from '../../../src/together/journey';

const voices = (patients = false, carers = false) => ({ patients, carers, public: false, staff: false });

const reflections: JourneyReflection[] = [
  { id: '1', occurredOn: '2026-09-03', movementRole: 'lone-wolf', voices: voices() },
  { id: '2', occurredOn: '2026-09-20', movementRole: 'mobiliser', voices: voices(true) },
  {
    id: '3',
    occurredOn: '2026-11-02',
    movementRole: 'organiser',
    voices: voices(true, true),
    group: { groupId: 'g' },
    commitment: {
      due: '2026-11-10',
      involves: 'PPG',
      followUps: [{ at: '2026-11-12T09:00:00Z', outcome: 'done', note: '' }],
    },
  },
];

describe('movementJourney', () => {
  const months = movementJourney(reflections, ['2026-10-14T10:00:00Z'], '2026-11');

  it('runs month by month from the first activity to this month, keeping empty months', () => {
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(months[1]).toMatchObject({ reflections: 0, passedOn: 1 });
  });

  it('counts moves, voices brought in, reflections made together and commitments kept', () => {
    expect(months[0]?.moves).toEqual({ 'lone-wolf': 1, mobiliser: 1, organiser: 0 });
    expect(months[2]).toMatchObject({ together: 1, commitmentsKept: 1, voices: { patients: 1, carers: 1 } });
  });

  it('adds up to totals', () => {
    expect(journeyTotals(months)).toMatchObject({
      reflections: 3,
      passedOn: 1,
      together: 1,
      commitmentsKept: 1,
    });
  });

  it('is empty when nothing has happened yet', () => {
    expect(movementJourney([], [], '2026-11')).toEqual([]);
  });

  it('crosses a year end', () => {
    const m = movementJourney([{ id: 'x', occurredOn: '2026-12-30', voices: voices() }], [], '2027-02');
    expect(m.map((x) => x.month)).toEqual(['2026-12', '2027-01', '2027-02']);
  });
});
