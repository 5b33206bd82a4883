import { z } from 'zod';
import { findPii } from '../reflections/pii';
import { t } from '../ui/i18n';

/*
 * Who took part in a group reflection, by role and number. The PII guard never imports the model (PiiKind
 * has its own module), so the name check lives in the record's own schema: every save, edit, group file
 * and backup is held to it. Kept apart from record.ts so the in-page card never loads the guard.
 */

/** Whether a role names or numbers a person: "two patient partners" passes, "Mrs Patel" does not. */
export function roleNamesPerson(role: string): boolean {
  return findPii(role).length > 0;
}

export const ReflectionParticipant = z
  .object({
    role: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .refine((role) => !roleNamesPerson(role), { error: () => t('err_together_roleNamesPerson') }),
    count: z.number().int().min(1).max(500),
  })
  .strict();

/** The first participant role in a stored reflection that names a person, for an import's report. */
export function namedParticipantIn(reflection: unknown): string | null {
  const group = (reflection as { group?: { participants?: unknown } } | null)?.group;
  if (!group || !Array.isArray(group.participants)) return null;
  for (const p of group.participants) {
    const role = (p as { role?: unknown } | null)?.role;
    if (typeof role === 'string' && roleNamesPerson(role)) return role;
  }
  return null;
}

/** A reflection made with others: who took part (by role and number), and what the group decided. */
export const ReflectionGroup = z
  .object({
    groupId: z.string().uuid(),
    participants: z.array(ReflectionParticipant).min(1).max(20),
    decided: z.string().max(20_000),
  })
  .strict();
export type ReflectionGroup = z.infer<typeof ReflectionGroup>;
