import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planningContexts } from '../../../src/detect/detection';
import { silenceBeforeReading } from '../../../src/prompts/before-reading';
import { type PromptEvent, promptEventKinds } from '../../../src/prompts/events';
import { decidePrompt } from '../../../src/prompts/select';
import { event, page, prompt, randomFrom, settings } from './support';

const now = new Date(2026, 2, 10, 10, 0);
const site = 'nhs.sharepoint.com';
const pool = [prompt('alpha'), prompt('beta')];

const gate = (history: PromptEvent[], overrides: Parameters<typeof settings>[1] = {}) =>
  silenceBeforeReading(history, settings(pool, overrides), site, now);

describe('silenceBeforeReading', () => {
  it('leaves a page to be read when a card could show', () => {
    expect(gate([])).toBeNull();
    expect(gate([event('shown', 'alpha', now, 121, { visitId: 'earlier' })])).toBeNull();
  });

  it('names each reason no card could show on any page of the site', () => {
    expect(gate([], { promptsEnabled: false })).toBe('prompts-off');
    expect(gate([], { quietHours: { enabled: true, start: '09:00', end: '11:00' } })).toBe('quiet-hours');
    const until = new Date(now.getTime() + 60_000).toISOString();
    expect(gate([event('snoozed', 'alpha', now, 5, { until })])).toBe('snoozed');
    expect(gate([event('muted-site', 'alpha', now, 5, { context: null })])).toBe('site-muted');
    expect(gate([], { dailyCap: 0 })).toBe('daily-cap');
    const shownToday = [1, 2, 3].map((n) =>
      event('shown', 'alpha', now, n, { visitId: `v${n}`, site: `other-${n}.nhs.uk` }),
    );
    expect(gate(shownToday)).toBe('daily-cap');
    expect(gate([event('shown', 'alpha', now, 30, { visitId: 'earlier' })])).toBe('site-cooldown');
  });

  it('still reads a page when only some kinds of page on the site are muted, or another site cools down', () => {
    expect(gate([event('muted-site', 'alpha', now, 5, { context: 'agenda' })])).toBeNull();
    expect(gate([event('shown', 'alpha', now, 5, { visitId: 'earlier', site: 'future.nhs.uk' })])).toBeNull();
  });

  it('only ever answers when a new visit to any planning page of the site would get no card', () => {
    const kinds = promptEventKinds;
    const anEvent = fc.record({
      kind: fc.constantFrom(...kinds),
      minutesAgo: fc.integer({ min: -30, max: 3 * 24 * 60 }),
      onThisSite: fc.boolean(),
      context: fc.constantFrom(null, ...planningContexts),
      snoozeMinutes: fc.integer({ min: -60, max: 600 }),
    });
    fc.assert(
      fc.property(
        fc.array(anEvent, { maxLength: 8 }),
        fc.record({
          promptsEnabled: fc.boolean(),
          dailyCap: fc.integer({ min: 0, max: 4 }),
          siteCooldownMinutes: fc.constantFrom(0, 60, 120),
          quiet: fc.boolean(),
        }),
        fc.constantFrom(...planningContexts),
        (events, chosen, context) => {
          const history = events.map((e, i) =>
            event(e.kind, 'alpha', now, e.minutesAgo, {
              visitId: `earlier-${i}`,
              site: e.onThisSite ? site : 'elsewhere.nhs.uk',
              context: e.kind === 'muted-site' ? e.context : 'agenda',
              ...(e.kind === 'snoozed' && {
                until: new Date(now.getTime() + e.snoozeMinutes * 60_000).toISOString(),
              }),
            }),
          );
          const chosenSettings = settings([prompt('alpha', { contexts: [...planningContexts] })], {
            promptsEnabled: chosen.promptsEnabled,
            dailyCap: chosen.dailyCap,
            siteCooldownMinutes: chosen.siteCooldownMinutes,
            quietHours: { enabled: chosen.quiet, start: '09:00', end: '11:00' },
          });
          const before = silenceBeforeReading(history, chosenSettings, site, now);
          const outcome = decidePrompt(
            page({ context, site, visitId: 'fresh' }),
            history,
            chosenSettings,
            now,
            randomFrom(0),
          );
          if (before !== null) expect(outcome).toMatchObject({ shown: false });
          // The reason is the one the popup would have given after reading, unless a narrower mute spoke first.
          if (before !== null && !outcome.shown && outcome.silence !== 'site-muted')
            expect(outcome.silence).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
  });
});
