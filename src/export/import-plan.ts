import type { PromptEvent } from '../prompts/events';
import type { Reflection } from '../reflections/model';
import { t } from '../ui/i18n';
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

/** Why a reflection that differs but was changed at the same moment kept the saved copy. */
export const sameTimeConflictReason = (): string => t('err_import_sameTime');

/** How far ahead of this computer's clock another device's clock may be before a date counts as the future. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const EARLIEST = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;

/**
 * Why a reflection's dates cannot be right, or null. A far-future updatedAt would win every later merge,
 * and years such as 0000 or 9999 are typing or clock errors, so such a reflection is left out, not trusted.
 */
export function implausibleDate(r: Reflection, now: Date): string | null {
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const checks: [string, string, number, number][] = [
    ['createdAt', r.createdAt, EARLIEST, latest],
    ['updatedAt', r.updatedAt, EARLIEST, latest],
    // The event's day can be a day ahead in another time zone.
    ['occurredOn', r.occurredOn, EARLIEST, latest + DAY_MS],
  ];
  for (const [field, value, earliest, last] of checks) {
    const at = Date.parse(value);
    if (!(at >= earliest)) return t('err_import_tooOld', [field, value]);
    if (at > last) return t('err_import_future', [field, value]);
  }
  return null;
}

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
  now: Date = new Date(),
): ImportPlan {
  const saved: ReadonlyMap<string, Reflection> =
    existing instanceof Map ? existing : new Map((existing as readonly Reflection[]).map((r) => [r.id, r]));
  const plan: ImportPlan = { add: [], update: [], unchanged: 0, rejected: [], promptEvents: [] };

  for (const incoming of backup.reflections) {
    const wrongDate = implausibleDate(incoming, now);
    if (wrongDate) {
      plan.rejected.push({ id: incoming.id, reason: wrongDate });
      continue;
    }
    const current = saved.get(incoming.id);
    if (!current) {
      plan.add.push(incoming);
      continue;
    }
    const age = Date.parse(incoming.updatedAt) - Date.parse(current.updatedAt);
    if (age > 0) plan.update.push(incoming);
    else if (age < 0 || canonical(incoming) === canonical(current)) plan.unchanged += 1;
    else plan.rejected.push({ id: incoming.id, reason: sameTimeConflictReason() });
  }

  const seen = new Set(existingPromptEventIds);
  for (const event of backup.promptEvents) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    plan.promptEvents.push(event);
  }
  return plan;
}
