import { z } from 'zod';
import { PiiKind } from './model';

/** One stretch of text the guard thinks could identify someone. start/end are JS string offsets, end exclusive. */
export const PiiFinding = z
  .object({
    kind: PiiKind,
    text: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    explanation: z.string().min(1),
  })
  .strict();
export type PiiFinding = z.infer<typeof PiiFinding>;

/** Why each finding matters and what to do, in plain UK English. Shown beside the highlight. */
export const piiExplanations = {
  nhsNumber:
    'Looks like an NHS number (the check digit matches). Reflections should not identify patients: remove it.',
  nhsNumberNearCue:
    'Looks like an NHS, CHI or H&C number, even though the check digit does not match. A mistyped number can still identify a patient: remove it.',
  postcode:
    'Looks like a UK postcode. With other details a postcode can point to one household: remove it, or name only the wider area if it matters.',
  date: 'Looks like a full date. Exact dates help identify a patient or event: give the month and year only, or leave the date out.',
  dateOfBirth:
    'Looks like a date of birth. Reflections should not identify patients: remove it and describe a life stage instead, such as "an older adult".',
  age: 'Looks like an exact age. Ages help identify people: use a life stage instead, such as "an older man" or "a teenager".',
  ageDecade:
    'Looks like an age given as a decade. With a ward, a condition or a date it can still point to one person: say "an older adult" instead, or leave the age out if it does not matter to the learning.',
  phone: 'Looks like a UK phone number. Contact details identify patients and colleagues alike: remove it.',
  email:
    'Looks like an email address. Contact details identify patients and colleagues alike (nhs.net addresses included): remove it.',
  recordNumber:
    'Looks like a hospital, case-note or other reference number. Local numbers can be traced back to a person: remove it.',
  name: 'Looks like a person\'s name after a title. Names identify patients and colleagues: use a role or "Patient A" instead.',
  nameInEmail:
    "Looks like a person's name in a pasted email header or signature. Names identify patients and colleagues: use a role instead.",
} as const;

/** What one-click redaction puts in place of a finding: neutral, and still readable in a sentence. */
export const piiPlaceholders: Record<PiiKind, string> = {
  'nhs-number': '[NHS number removed]',
  postcode: '[postcode removed]',
  date: '[date removed]',
  age: '[age removed]',
  phone: '[phone number removed]',
  email: '[email removed]',
  'record-number': '[record number removed]',
  name: '[name removed]',
};

/** Builds a finding from a match span, so detectors never get text and offsets out of step. */
export function findingAt(
  source: string,
  kind: PiiKind,
  start: number,
  end: number,
  explanation: string,
): PiiFinding {
  return { kind, text: source.slice(start, end), start, end, explanation };
}
