import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/detect/phrases';
import { detectVoices } from '../../../src/detect/voices';

const voicesIn = (text: string) => detectVoices(tokenise(text));

describe('detectVoices', () => {
  it.each([
    ['Two places for service users on the group', 'patients'],
    ['Experts by experience will co-chair', 'patients'],
    ['People who use services told us', 'patients'],
    ['Patients said the letters were confusing', 'patients'],
    ['Support for family carers', 'carers'],
    ['Families and relatives are welcome', 'carers'],
    ['Invite Healthwatch and the VCSE alliance', 'public'],
    ['Listening events for local residents and communities', 'public'],
    ['The public will be asked', 'public'],
    ['Colleagues across the workforce', 'staff'],
    ['Nurses, porters and clinicians', 'staff'],
  ] as const)('hears %j as %s', (text, voice) => {
    const voices = voicesIn(text);
    expect(voices[voice]).toBe(true);
    expect(Object.values(voices).filter(Boolean)).toHaveLength(1);
  });

  it('does not mistake other phrases for voices', () => {
    expect(voicesIn('Public holidays and public transport; the family room is on level 2')).toEqual({
      patients: false,
      carers: false,
      public: false,
      staff: false,
    });
  });

  it('reports every voice a page mentions', () => {
    expect(voicesIn('Patients, carers, Healthwatch and staff will co-design the service')).toEqual({
      patients: true,
      carers: true,
      public: true,
      staff: true,
    });
  });
});
