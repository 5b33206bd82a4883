import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/detect/phrases';
import { detectVoices } from '../../../src/detect/voices';

const voicesIn = (text: string) => detectVoices(tokenise(text));
const none = { patients: false, carers: false, public: false, staff: false };

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
    expect(voicesIn('Public holidays and public transport; the family room is on level 2')).toEqual(none);
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

describe('people-first phrases count as the people a service is for', () => {
  it.each([
    'Adults with autism will shape the new pathway',
    'Adults with a learning disability and their annual health checks',
    'Improving physical health for people with severe mental illness',
    'People with long-term conditions',
    'Children with special educational needs',
    'We asked people who use our services what matters',
    'People who draw on care and support',
    'Support for those living with dementia',
    'People living with HIV joined the panel',
    'Service users sit on the steering group',
    'Three experts by experience are paid for their time',
    'An expert by experience co-chairs the group',
    'Members with lived experience of homelessness',
    'People affected by cancer',
    'Women and birthing people',
  ])('hears patients in %j', (text) => {
    expect(voicesIn(text).patients).toBe(true);
  });
});

describe('"patient" counts only where people are meant', () => {
  it.each([
    'Improve patient flow through the emergency department',
    'Patient safety incidents fell by a fifth',
    'The patient administration system goes live in March',
    'Migrate patient records to the new system',
    'The patient tracking list is validated weekly',
    'Patient-level costing and patient throughput',
    'The new patient pathway for hip fractures',
  ])('hears no patients in %j', (text) => {
    expect(voicesIn(text).patients).toBe(false);
  });

  it.each([
    'Patients told us the clinic letters were confusing',
    "A patient's view of the discharge lounge",
    'Patient experience of the discharge process',
    'Our patient participation group meets monthly',
    'Patient and public involvement in the redesign',
  ])('hears patients in %j', (text) => {
    expect(voicesIn(text).patients).toBe(true);
  });

  it('reads "the patient experience team" as staff, not patients: a team named after patients is staff', () => {
    expect(voicesIn('The patient experience team will collate the survey')).toEqual({ ...none, staff: true });
    expect(voicesIn('Ask the patient safety team')).toEqual({ ...none, staff: true });
  });

  it('still hears patients when an operational phrase sits beside a real mention', () => {
    expect(voicesIn('Patient flow is the priority; we will ask patients what delays them').patients).toBe(
      true,
    );
  });
});

describe('other words that name a service or a discipline, not people', () => {
  it.each([
    'Recruit people with the right skills to the bank',
    'Public health will lead the data work',
    'The public sector pay award',
    'Community services and the community hospital beds',
  ])('hears no patients or public in %j', (text) => {
    const voices = voicesIn(text);
    expect(voices.patients).toBe(false);
    expect(voices.public).toBe(false);
  });
});
