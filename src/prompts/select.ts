import type { Detection, PlanningContext, VoiceKind } from '../detect/detection';
import type { PageFactKey } from '../detect/page-facts';
import type { QuietHours, Settings } from '../settings/schema';
import type { PromptEvent } from './events';
import type { DetectionMode, Prompt, PromptWhen } from './schema';

/**
 * What the content script reports about a page, plus where and which visit it came from. `mode` may be absent
 * or null (not known), and then no prompt that depends on it is chosen.
 */
export type PageDetection = Detection & { site: string; visitId: string; mode?: DetectionMode | null };

/** The settings selection reads, plus the prompt pool (built-in prompts and any organisation or team packs). */
export type SelectionSettings = Pick<
  Settings,
  'promptsEnabled' | 'dailyCap' | 'siteCooldownMinutes' | 'quietHours' | 'disabledCategories'
> & { prompts: readonly Prompt[] };

/** A prompt to show, and a short plain-English account of why it was picked (for "Why am I seeing this?"). */
export type PromptChoice = { prompt: Prompt; reason: string };

/** Why no prompt is shown; the background can log these and the popup can explain them. */
export const silenceReasons = [
  'unsure-detection',
  'prompts-off',
  'quiet-hours',
  'snoozed',
  'site-muted',
  'acted-on-this-visit',
  'shown-prompt-unavailable',
  'daily-cap',
  'site-cooldown',
  'no-candidates',
] as const;
export type SilenceReason = (typeof silenceReasons)[number];

export type SelectionOutcome = ({ shown: true } & PromptChoice) | { shown: false; silence: SilenceReason };

/** Kinds of event that mean the user has responded to the prompt shown in a visit. */
const responseKinds: ReadonlySet<PromptEvent['kind']> = new Set([
  'snoozed',
  'muted-site',
  'never',
  'reflected',
]);

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** A prompt whose `when` matches is preferred unless it was shown within this many days. */
export const conditionalPreferenceDays = 7;

/** Minutes since local midnight for an "HH:MM" clock string. */
function clockMinutes(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * Whether `now` (local time) falls in the quiet window [start, end). A window whose start is after its end
 * wraps past midnight, e.g. 18:30–08:00. Equal start and end is an empty window, never quiet.
 */
export function isQuiet(quietHours: QuietHours, now: Date): boolean {
  if (!quietHours.enabled) return false;
  const start = clockMinutes(quietHours.start);
  const end = clockMinutes(quietHours.end);
  const current = now.getHours() * 60 + now.getMinutes();
  if (start === end) return false;
  return start < end ? current >= start && current < end : current >= start || current < end;
}

function eventTime(event: PromptEvent): number {
  return Date.parse(event.at);
}

/** The latest snooze end still in the future, or null when prompts are not snoozed. */
export function snoozedUntil(history: readonly PromptEvent[], now: Date): Date | null {
  let latest: number | null = null;
  for (const event of history) {
    if (event.kind !== 'snoozed' || event.until === undefined) continue;
    const until = Date.parse(event.until);
    if (until > now.getTime() && (latest === null || until > latest)) latest = until;
  }
  return latest === null ? null : new Date(latest);
}

/** A mute with a null context covers the whole site; otherwise it covers that site and context only. */
export function isSiteMuted(
  history: readonly PromptEvent[],
  site: string,
  context: PlanningContext,
): boolean {
  return history.some(
    (event) =>
      event.kind === 'muted-site' &&
      event.site === site &&
      (event.context === null || event.context === context),
  );
}

function isSameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Page visits that showed a prompt on `now`'s local calendar day; a shown event without a visit counts alone. */
export function visitsShownToday(history: readonly PromptEvent[], now: Date): number {
  const visits = new Set<string>();
  for (const event of history) {
    if (event.kind !== 'shown' || !isSameLocalDay(new Date(eventTime(event)), now)) continue;
    visits.add(event.visitId === undefined ? `event:${event.id}` : `visit:${event.visitId}`);
  }
  return visits.size;
}

/** True when a prompt was shown on this site, in another visit, less than the cool-down ago. */
export function isSiteCoolingDown(
  history: readonly PromptEvent[],
  site: string,
  visitId: string,
  cooldownMinutes: number,
  now: Date,
): boolean {
  if (cooldownMinutes <= 0) return false;
  const cooldownMs = cooldownMinutes * minuteMs;
  // An event stamped after `now` (clock skew) counts as recent: better quiet than pushy.
  return history.some(
    (event) =>
      event.kind === 'shown' &&
      event.site === site &&
      event.visitId !== visitId &&
      now.getTime() - eventTime(event) < cooldownMs,
  );
}

/**
 * Whether every condition in a prompt's `when` holds for this page; a prompt without `when` always fits.
 * A condition on facts or mode holds only when the detection checked them: a prompt that states something
 * about the page must never rest on a guess. On a page the user is taking part in, only prompts for people
 * taking part fit.
 */
export function whenHolds(
  when: PromptWhen | undefined,
  page: Detection & { mode?: DetectionMode | null },
): boolean {
  // Someone taking part (answering a consultation, joining a group) did not write the plan: only prompts
  // written for them fit, never the author's "who will you ask?".
  if (page.mode === 'taking-part' && when?.modes?.includes('taking-part') !== true) return false;
  if (when === undefined) return true;
  if (when.editing !== undefined && when.editing !== page.editing) return false;
  // A prompt for readers does not fit a page the detector says is being drafted, even if no editor is focused.
  if (when.editing === false && page.mode === 'drafting') return false;
  if (when.missingVoices?.some((voice) => page.voices[voice])) return false;
  if (when.modes !== undefined && !when.modes.some((mode) => mode === page.mode)) return false;
  if (when.facts !== undefined) {
    const facts = page.facts;
    for (const [key, wanted] of Object.entries(when.facts) as [PageFactKey, boolean | undefined][]) {
      if (wanted === undefined) continue;
      if (facts?.[key] !== wanted) return false;
    }
  }
  return true;
}

function hasConditions(when: PromptWhen | undefined): boolean {
  return (
    when?.missingVoices !== undefined ||
    when?.editing !== undefined ||
    when?.modes !== undefined ||
    (when?.facts !== undefined && Object.keys(when.facts).length > 0)
  );
}

function latestBy<T>(items: readonly T[], time: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || time(item) > time(best)) best = item;
  return best;
}

/** Picks an index in [0, length) from a random number, tolerating generators that stray outside [0, 1). */
function pickIndex(length: number, random: () => number): number {
  const value = random();
  const safe = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1 - Number.EPSILON) : 0;
  return Math.floor(safe * length);
}

const contextDescriptions: Record<PlanningContext, string> = {
  agenda: 'a meeting agenda',
  strategy: 'a strategy or business plan',
  project: 'a project plan',
  coproduction: 'co-production work',
  engagement: 'an engagement event plan',
  workshop: 'a workshop plan',
  board: 'a board paper',
};

/** How each page fact reads in "Why am I seeing this?", when it is true and when it is false. */
export const factDescriptions: Record<PageFactKey, { true: string; false: string }> = {
  livedExperienceMentioned: {
    true: 'lived experience is mentioned',
    false: 'no mention yet of lived experience',
  },
  paymentOrExpensesMentioned: {
    true: 'payment or expenses are mentioned',
    false: 'no mention yet of payment or expenses',
  },
  consultationOrSurvey: {
    true: 'it mentions a survey or consultation',
    false: 'it does not mention a survey or consultation',
  },
  feedbackStepPresent: {
    true: 'it plans to go back to people',
    false: 'no step yet for telling people what changed',
  },
  returnDateToPeople: {
    true: 'it gives a date for going back to people',
    false: 'no date yet for going back to people',
  },
  agendaItemsMarkedForDecision: {
    true: 'items are marked for decision, discussion or information',
    false: 'items are not yet marked for decision, discussion or information',
  },
  ppiOrEqualitySectionNotApplicable: {
    true: 'an involvement or equality section says N/A',
    false: 'no involvement or equality section says N/A',
  },
  equalityConsidered: { true: 'equality is mentioned', false: 'no mention yet of equality' },
  accessibilityMentioned: {
    true: 'accessible formats or support are mentioned',
    false: 'no mention yet of accessible formats or support',
  },
  existingInsightMentioned: {
    true: 'existing feedback such as complaints or surveys is mentioned',
    false: 'no mention yet of existing feedback such as complaints or surveys',
  },
};

const modeDescriptions: Record<DetectionMode, string> = {
  drafting: 'you seem to be drafting it',
  reviewing: 'you seem to be reviewing it',
  'taking-part': 'you seem to be taking part',
};

/** The conditions of a prompt in plain words, for "Why am I seeing this?" and the prompts CLI. */
export function describeWhen(when: PromptWhen | undefined): string[] {
  const parts: string[] = [];
  if (when?.missingVoices) {
    parts.push(`no mention yet of ${formatList(when.missingVoices.map((voice) => voiceNames[voice]))}`);
  }
  for (const [key, wanted] of Object.entries(when?.facts ?? {}) as [PageFactKey, boolean | undefined][]) {
    if (wanted !== undefined) parts.push(factDescriptions[key][wanted ? 'true' : 'false']);
  }
  if (when?.modes) parts.push(formatList(when.modes.map((mode) => modeDescriptions[mode])));
  if (when?.editing === true) parts.push('you are editing');
  if (when?.editing === false) parts.push('you are reading');
  return parts;
}

const voiceNames: Record<VoiceKind, string> = {
  patients: 'patients',
  carers: 'carers',
  public: 'the public',
  staff: 'staff',
};

/** "This looks like a meeting agenda; no mention yet of patients or carers; <tail>." */
function explain(prompt: Prompt, context: PlanningContext, tail: string): string {
  return `${[`This looks like ${contextDescriptions[context]}`, ...describeWhen(prompt.when), tail].join('; ')}.`;
}

function formatList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Same as `selectPrompt`, but says why nothing is shown. Pure: the result depends only on the arguments. */
export function decidePrompt(
  page: PageDetection,
  history: readonly PromptEvent[],
  settings: SelectionSettings,
  now: Date,
  random: () => number,
): SelectionOutcome {
  const silent = (silence: SilenceReason): SelectionOutcome => ({ shown: false, silence });
  const context = page.context;
  if (!page.planning || context === null) return silent('unsure-detection');
  if (!settings.promptsEnabled) return silent('prompts-off');
  if (isQuiet(settings.quietHours, now)) return silent('quiet-hours');
  if (snoozedUntil(history, now) !== null) return silent('snoozed');
  if (isSiteMuted(history, page.site, context)) return silent('site-muted');

  const disabled = new Set(settings.disabledCategories);
  const neverIds = new Set(history.filter((event) => event.kind === 'never').map((event) => event.promptId));
  const pool = new Map<string, Prompt>();
  for (const prompt of settings.prompts) if (!pool.has(prompt.id)) pool.set(prompt.id, prompt);
  const isAllowed = (prompt: Prompt): boolean => !disabled.has(prompt.category) && !neverIds.has(prompt.id);

  // One prompt per visit: re-detection in the same visit gets the same card, until the user responds to it.
  const visitEvents = history.filter((event) => event.visitId === page.visitId);
  if (visitEvents.some((event) => responseKinds.has(event.kind))) return silent('acted-on-this-visit');
  const shownThisVisit = latestBy(
    visitEvents.filter((event) => event.kind === 'shown'),
    eventTime,
  );
  if (shownThisVisit !== undefined) {
    const same = pool.get(shownThisVisit.promptId);
    if (same === undefined || !isAllowed(same)) return silent('shown-prompt-unavailable');
    return {
      shown: true,
      prompt: same,
      reason: explain(same, context, 'it is the prompt already offered on this page'),
    };
  }

  if (settings.dailyCap <= 0 || visitsShownToday(history, now) >= settings.dailyCap)
    return silent('daily-cap');
  if (isSiteCoolingDown(history, page.site, page.visitId, settings.siteCooldownMinutes, now)) {
    return silent('site-cooldown');
  }

  const candidates = [...pool.values()].filter(
    (prompt) => isAllowed(prompt) && prompt.contexts.includes(context) && whenHolds(prompt.when, page),
  );
  if (candidates.length === 0) return silent('no-candidates');

  const lastShownAt = new Map<string, number>();
  for (const event of history) {
    if (event.kind !== 'shown') continue;
    const at = eventTime(event);
    if (at > (lastShownAt.get(event.promptId) ?? Number.NEGATIVE_INFINITY))
      lastShownAt.set(event.promptId, at);
  }
  const previousId = latestBy(
    history.filter((event) => event.kind === 'shown'),
    eventTime,
  )?.promptId;
  // Rotation: never repeat the prompt shown last time while any other candidate exists.
  const rotated =
    candidates.length > 1 ? candidates.filter((prompt) => prompt.id !== previousId) : candidates;

  // Prefer prompts whose `when` matched this page, then the least recently shown (never shown first).
  // A matched prompt shown within the preference window takes its turn with the rest, so a page that
  // always lacks a voice (or is always being edited) does not get the same one or two prompts forever.
  const preferenceCutoff = now.getTime() - conditionalPreferenceDays * dayMs;
  const rank = (prompt: Prompt): [number, number] => {
    const lastShown = lastShownAt.get(prompt.id) ?? Number.NEGATIVE_INFINITY;
    return [hasConditions(prompt.when) && lastShown < preferenceCutoff ? 0 : 1, lastShown];
  };
  const ranked = rotated.map((prompt) => ({ prompt, rank: rank(prompt) }));
  const best = ranked.reduce((a, b) =>
    b.rank[0] < a.rank[0] || (b.rank[0] === a.rank[0] && b.rank[1] < a.rank[1]) ? b : a,
  );
  const tied = ranked.filter((entry) => entry.rank[0] === best.rank[0] && entry.rank[1] === best.rank[1]);
  const chosen = tied[pickIndex(tied.length, random)] ?? best;

  const freshness = lastShownAt.has(chosen.prompt.id)
    ? 'of the prompts that fit, this is the one you have seen least recently'
    : 'you have not seen this prompt before';
  return { shown: true, prompt: chosen.prompt, reason: explain(chosen.prompt, context, freshness) };
}

/**
 * Chooses at most one prompt for a page visit, or null when a prompt would be unwelcome or unfitting.
 * Deterministic given its inputs: the clock and randomness are parameters.
 */
export function selectPrompt(
  page: PageDetection,
  history: readonly PromptEvent[],
  settings: SelectionSettings,
  now: Date,
  random: () => number,
): PromptChoice | null {
  const outcome = decidePrompt(page, history, settings, now, random);
  return outcome.shown ? { prompt: outcome.prompt, reason: outcome.reason } : null;
}
