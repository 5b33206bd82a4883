import type { PromptEvent } from '../prompts/events';
import type { Reflection } from '../reflections/model';
import type { Backup } from './backup';

/** What restoring a backup would do, worked out before anything is written so the user can confirm it. */
export interface ImportPlan {
  /** Reflections not saved yet. */
  add: Reflection[];
  /** Reflections the backup holds a newer copy of. */
  update: Reflection[];
  /** Reflections already saved as they are in the backup, or saved in a newer copy. */
  unchanged: number;
  /** Reflections left out, with the reason to show the user. */
  rejected: { id?: string; reason: string }[];
  /** Prompt history entries not saved yet. */
  promptEvents: PromptEvent[];
}

export const sameTimeConflictReason =
  'The saved copy and the backup were last changed at the same time but differ, so the saved copy was kept.';

/** JSON with keys in a fixed order, so two copies of a record compare equal whatever order their keys are in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Merges a checked backup into what is already saved: new reflections are added, and where both have the
 * same id the copy changed most recently wins. Prompt history is only ever added to.
 */
export function planImport(
  existing: readonly Reflection[] | ReadonlyMap<string, Reflection>,
  backup: Backup,
  existingPromptEventIds: ReadonlySet<string> = new Set(),
): ImportPlan {
  const saved: ReadonlyMap<string, Reflection> =
    existing instanceof Map ? existing : new Map((existing as readonly Reflection[]).map((r) => [r.id, r]));
  const plan: ImportPlan = { add: [], update: [], unchanged: 0, rejected: [], promptEvents: [] };

  for (const incoming of backup.reflections) {
    const current = saved.get(incoming.id);
    if (!current) {
      plan.add.push(incoming);
      continue;
    }
    const age = Date.parse(incoming.updatedAt) - Date.parse(current.updatedAt);
    if (age > 0) plan.update.push(incoming);
    else if (age < 0 || canonical(incoming) === canonical(current)) plan.unchanged += 1;
    else plan.rejected.push({ id: incoming.id, reason: sameTimeConflictReason });
  }

  const seen = new Set(existingPromptEventIds);
  for (const event of backup.promptEvents) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    plan.promptEvents.push(event);
  }
  return plan;
}
