import { z } from 'zod';
import { piiKinds } from '../vocabulary';

// Its own module so the PII guard never imports the reflection model: the model's group check uses the guard.

export { piiKinds };
export const PiiKind = z.enum(piiKinds);
export type PiiKind = z.infer<typeof PiiKind>;
