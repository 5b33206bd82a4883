import { z } from 'zod';

// Its own module so the PII guard never imports the reflection model: the model's group check uses the guard.

export const piiKinds = [
  'nhs-number',
  'postcode',
  'date',
  'age',
  'phone',
  'email',
  'record-number',
  'name',
] as const;
export const PiiKind = z.enum(piiKinds);
export type PiiKind = z.infer<typeof PiiKind>;
