import { z } from 'zod';
import { Draft } from './draft';
import { Reflection } from './model';

/** How long a deleted reflection can still be put back before it, and every draft of it, is gone for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** A deleted reflection with the unsaved edits it had, kept together so both come back or both go. */
export const TrashEntry = z
  .object({
    id: z.string().uuid(),
    deletedAt: z.string().datetime({ offset: true }),
    reflection: Reflection,
    drafts: z.array(Draft).max(100),
  })
  .strict();
export type TrashEntry = z.infer<typeof TrashEntry>;

/** Entries deleted before this moment have had their full trash period. */
export function trashCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

/** When an entry leaves the trash for good. */
export function purgeDate(entry: Pick<TrashEntry, 'deletedAt'>): Date {
  return new Date(Date.parse(entry.deletedAt) + TRASH_DAYS * DAY_MS);
}
