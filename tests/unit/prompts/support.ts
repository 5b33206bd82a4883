import type { PlanningContext } from '../../../src/detect/detection';
import { PromptEvent } from '../../../src/prompts/events';
import { Prompt, type PromptCategory, type PromptWhen } from '../../../src/prompts/schema';
import type { PageDetection, SelectionSettings } from '../../../src/prompts/select';

/** A page the detector is sure about: an agenda being edited that already mentions every voice. */
export function page(overrides: Partial<PageDetection> = {}): PageDetection {
  return {
    planning: true,
    context: 'agenda',
    mode: null,
    score: 0.9,
    editing: true,
    voices: { patients: true, carers: true, public: true, staff: true },
    signals: [],
    site: 'nhs.sharepoint.com',
    visitId: 'visit-now',
    ...overrides,
  };
}

/** A small valid prompt for selection tests; validated so tests never rely on data the schema would refuse. */
export function prompt(
  id: string,
  options: { contexts?: PlanningContext[]; category?: PromptCategory; when?: PromptWhen } = {},
): Prompt {
  return Prompt.parse({
    id,
    text: `Test prompt ${id}: who else could help?`,
    why: 'A test prompt, used to check selection.',
    source: 'Test source',
    category: options.category ?? 'relationships',
    contexts: options.contexts ?? ['agenda'],
    ...(options.when && { when: options.when }),
    shift: 'From test to test',
    try: 'Try something small and concrete.',
  });
}

export function settings(
  prompts: readonly Prompt[],
  overrides: Partial<SelectionSettings> = {},
): SelectionSettings {
  return {
    promptsEnabled: true,
    dailyCap: 3,
    siteCooldownMinutes: 120,
    quietHours: { enabled: false, start: '18:30', end: '08:00' },
    disabledCategories: [],
    prompts,
    ...overrides,
  };
}

let eventCount = 0;

/** A valid prompt event; `minutesAgo` is measured back from `now`. */
export function event(
  kind: PromptEvent['kind'],
  promptId: string,
  now: Date,
  minutesAgo: number,
  overrides: Partial<PromptEvent> = {},
): PromptEvent {
  eventCount += 1;
  return PromptEvent.parse({
    id: `00000000-0000-4000-8000-${String(eventCount).padStart(12, '0')}`,
    promptId,
    kind,
    at: new Date(now.getTime() - minutesAgo * 60_000).toISOString(),
    site: 'nhs.sharepoint.com',
    context: 'agenda',
    visitId: `visit-${eventCount}`,
    ...overrides,
  });
}

/** A random source that returns the given values in turn, then repeats the last. */
export function randomFrom(...values: number[]): () => number {
  let index = 0;
  return () => {
    const value = values[Math.min(index, values.length - 1)] ?? 0;
    index += 1;
    return value;
  };
}
