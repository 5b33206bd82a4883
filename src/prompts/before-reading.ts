import type { PromptEvent } from './events';
import {
  isQuiet,
  isSiteCoolingDown,
  type SelectionSettings,
  type SilenceReason,
  snoozedUntil,
  visitsShownToday,
} from './select';

/** A new visit has no events yet, so no history entry can carry this id. */
const NEW_VISIT = 'a visit not yet begun, longer than any stored visit id (64 characters at most)';

/**
 * Why no card could show on a fresh load of a page on `site`, whatever the page says, or null when one
 * might. Reading a page costs the page a script world, so the background skips reading when this answers:
 * every reason here is one `decidePrompt` would give for any page in a new visit.
 */
export function silenceBeforeReading(
  history: readonly PromptEvent[],
  settings: Omit<SelectionSettings, 'prompts' | 'disabledCategories'>,
  site: string,
  now: Date,
): SilenceReason | null {
  if (!settings.promptsEnabled) return 'prompts-off';
  if (isQuiet(settings.quietHours, now)) return 'quiet-hours';
  if (snoozedUntil(history, now) !== null) return 'snoozed';
  if (history.some((e) => e.kind === 'muted-site' && e.site === site && e.context === null))
    return 'site-muted';
  if (settings.dailyCap <= 0 || visitsShownToday(history, now) >= settings.dailyCap) return 'daily-cap';
  if (isSiteCoolingDown(history, site, NEW_VISIT, settings.siteCooldownMinutes, now)) return 'site-cooldown';
  return null;
}
