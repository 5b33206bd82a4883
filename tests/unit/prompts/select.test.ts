import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noVoices, planningContexts, voiceKinds } from '../../../src/detect/detection';
import { type PageFacts, pageFactKeys } from '../../../src/detect/page-facts';
import { detectionModes } from '../../../src/detect/vocabulary';
import { builtInPrompts } from '../../../src/prompts/library/index';
import {
  decidePrompt,
  describeWhen,
  isQuiet,
  isSiteCoolingDown,
  isSiteMuted,
  selectPrompt,
  snoozedUntil,
  visitsShownToday,
  whenHolds,
} from '../../../src/prompts/select';
import { promptCategories } from '../../../src/vocabulary';
import { event, page, prompt, randomFrom, settings } from './support';

/** A local wall-clock time (month 1-12), so these tests hold in any time zone; local-time.test.ts pins one. */
const local = (year: number, month: number, day: number, hours: number, minutes = 0) =>
  new Date(year, month - 1, day, hours, minutes);

const now = local(2026, 3, 10, 10);
const first = randomFrom(0);

const alpha = prompt('alpha');
const beta = prompt('beta');
const gamma = prompt('gamma');
const pool = [alpha, beta, gamma];

function chosenId(...args: Parameters<typeof selectPrompt>): string | null {
  return selectPrompt(...args)?.prompt.id ?? null;
}

function silence(...args: Parameters<typeof decidePrompt>): string | null {
  const outcome = decidePrompt(...args);
  return outcome.shown ? null : outcome.silence;
}

describe('selectPrompt: when to stay quiet', () => {
  it('offers a prompt on a sure planning page with nothing against it', () => {
    const choice = selectPrompt(page(), [], settings(pool), now, first);
    expect(choice?.prompt).toEqual(alpha);
    expect(choice?.reason).toMatch(/meeting agenda/);
  });

  it('stays quiet while the detection is unsure', () => {
    expect(silence(page({ planning: false }), [], settings(pool), now, first)).toBe('unsure-detection');
    expect(silence(page({ context: null }), [], settings(pool), now, first)).toBe('unsure-detection');
    expect(selectPrompt(page({ context: null }), [], settings(pool), now, first)).toBeNull();
  });

  it('stays quiet when prompts are switched off', () => {
    expect(selectPrompt(page(), [], settings(pool, { promptsEnabled: false }), now, first)).toBeNull();
    expect(silence(page(), [], settings(pool, { promptsEnabled: false }), now, first)).toBe('prompts-off');
  });

  it('stays quiet in quiet hours, and speaks again when they end', () => {
    const quietHours = { enabled: true, start: '09:30', end: '10:30' };
    expect(silence(page(), [], settings(pool, { quietHours }), now, first)).toBe('quiet-hours');
    const later = local(2026, 3, 10, 10, 30);
    expect(chosenId(page(), [], settings(pool, { quietHours }), later, first)).toBe('alpha');
  });

  it('stays quiet everywhere while a snooze lasts, and not after it ends', () => {
    const snooze = event('snoozed', 'beta', now, 30, {
      until: new Date(now.getTime() + 60_000).toISOString(),
    });
    const elsewhere = page({ site: 'future.nhs.uk', context: 'strategy' });
    const anywhere = [prompt('alpha', { contexts: ['agenda', 'strategy'] })];
    expect(silence(page(), [snooze], settings(pool), now, first)).toBe('snoozed');
    expect(silence(elsewhere, [snooze], settings(anywhere), now, first)).toBe('snoozed');

    const expired = event('snoozed', 'beta', now, 30, { until: now.toISOString(), visitId: 'old' });
    expect(chosenId(page(), [expired], settings(pool, { siteCooldownMinutes: 0 }), now, first)).toBe('alpha');
  });

  it('stays quiet for a muted site and context, but not for other contexts or sites', () => {
    const mute = event('muted-site', 'alpha', now, 600, { context: 'agenda' });
    const both = [prompt('alpha', { contexts: ['agenda', 'board'] })];
    const relaxed = { siteCooldownMinutes: 0 };
    expect(silence(page(), [mute], settings(both, relaxed), now, first)).toBe('site-muted');
    expect(chosenId(page({ context: 'board' }), [mute], settings(both, relaxed), now, first)).toBe('alpha');
    expect(chosenId(page({ site: 'future.nhs.uk' }), [mute], settings(both, relaxed), now, first)).toBe(
      'alpha',
    );
  });

  it('treats a mute with no context as muting the whole site', () => {
    const mute = event('muted-site', 'alpha', now, 600, { context: null });
    expect(isSiteMuted([mute], 'nhs.sharepoint.com', 'board')).toBe(true);
    expect(isSiteMuted([mute], 'future.nhs.uk', 'board')).toBe(false);
  });

  it("never chooses a prompt the user marked 'never', and is quiet when none are left", () => {
    const never = event('never', 'alpha', now, 600, { visitId: 'old' });
    const relaxed = { siteCooldownMinutes: 0 };
    expect(chosenId(page(), [never], settings(pool, relaxed), now, first)).toBe('beta');
    const onlyAlpha = settings([alpha], relaxed);
    expect(silence(page(), [never], onlyAlpha, now, first)).toBe('no-candidates');
  });

  it('leaves out disabled categories', () => {
    const story = prompt('story-one', { category: 'story' });
    const trust = prompt('trust-one', { category: 'relationships' });
    const mixed = settings([story, trust], { disabledCategories: ['story'] });
    expect(chosenId(page(), [], mixed, now, first)).toBe('trust-one');
    expect(silence(page(), [], settings([story], { disabledCategories: ['story'] }), now, first)).toBe(
      'no-candidates',
    );
  });

  it('offers only prompts that fit the page context', () => {
    const boardOnly = prompt('board-only', { contexts: ['board'] });
    const agendaOnly = prompt('agenda-only', { contexts: ['agenda'] });
    expect(chosenId(page(), [], settings([boardOnly, agendaOnly]), now, first)).toBe('agenda-only');
    expect(silence(page({ context: 'workshop' }), [], settings([boardOnly, agendaOnly]), now, first)).toBe(
      'no-candidates',
    );
  });
});

describe('selectPrompt: one prompt per visit', () => {
  it('returns the same prompt again when the page is detected again in the same visit', () => {
    const shown = event('shown', 'gamma', now, 2, { visitId: 'visit-now' });
    // gamma is also the previously shown prompt and random would pick another: the visit still wins.
    expect(chosenId(page(), [shown], settings(pool), now, randomFrom(0.99))).toBe('gamma');
    expect(selectPrompt(page(), [shown], settings(pool), now, first)?.reason).toMatch(
      /already offered on this page/,
    );
  });

  it('returns the same prompt even at the daily cap, since this visit already counted', () => {
    const shown = event('shown', 'beta', now, 2, { visitId: 'visit-now' });
    expect(chosenId(page(), [shown], settings(pool, { dailyCap: 1 }), now, first)).toBe('beta');
  });

  it.each(['snoozed', 'muted-site', 'never', 'reflected'] as const)(
    'is quiet for the rest of the visit once the user has %s the prompt',
    (kind) => {
      const shown = event('shown', 'beta', now, 5, { visitId: 'visit-now' });
      const response = event(kind, 'beta', now, 4, { visitId: 'visit-now', context: 'board' });
      expect(selectPrompt(page(), [shown, response], settings(pool), now, first)).toBeNull();
      expect(silence(page(), [shown, response], settings(pool), now, first)).toBe('acted-on-this-visit');
    },
  );

  it('is quiet if the prompt shown this visit has since left the pool or been disabled', () => {
    const shown = event('shown', 'beta', now, 2, { visitId: 'visit-now' });
    expect(silence(page(), [shown], settings([alpha, gamma]), now, first)).toBe('shown-prompt-unavailable');
    const storyBeta = prompt('beta', { category: 'story' });
    const storyOff = settings([alpha, storyBeta], { disabledCategories: ['story'] });
    expect(silence(page(), [shown], storyOff, now, first)).toBe('shown-prompt-unavailable');
  });
});

describe('selectPrompt: daily cap', () => {
  const relaxed = { siteCooldownMinutes: 0 };

  it('counts distinct visits with a shown prompt today and stops at the cap', () => {
    const history = [
      event('shown', 'alpha', now, 300, { visitId: 'v1' }),
      event('shown', 'beta', now, 200, { visitId: 'v2' }),
      event('shown', 'gamma', now, 100, { visitId: 'v3' }),
    ];
    expect(visitsShownToday(history, now)).toBe(3);
    expect(silence(page(), history, settings(pool, { ...relaxed, dailyCap: 3 }), now, first)).toBe(
      'daily-cap',
    );
    expect(chosenId(page(), history, settings(pool, { ...relaxed, dailyCap: 4 }), now, first)).not.toBeNull();
  });

  it('counts two shown events in one visit once', () => {
    const history = [
      event('shown', 'alpha', now, 300, { visitId: 'v1' }),
      event('shown', 'beta', now, 299, { visitId: 'v1' }),
    ];
    expect(visitsShownToday(history, now)).toBe(1);
    expect(chosenId(page(), history, settings(pool, { ...relaxed, dailyCap: 2 }), now, first)).not.toBeNull();
  });

  it('starts a new count at local midnight', () => {
    const summerMorning = local(2026, 7, 2, 9);
    const history = [
      event('shown', 'alpha', summerMorning, 0, {
        at: local(2026, 7, 1, 23, 59).toISOString(),
        visitId: 'late',
      }),
      event('shown', 'beta', summerMorning, 0, {
        at: local(2026, 7, 2, 0, 1).toISOString(),
        visitId: 'early',
      }),
    ];
    expect(visitsShownToday(history, summerMorning)).toBe(1);
    expect(
      chosenId(page(), history, settings(pool, { ...relaxed, dailyCap: 2 }), summerMorning, first),
    ).not.toBe(null);
    expect(silence(page(), history, settings(pool, { ...relaxed, dailyCap: 1 }), summerMorning, first)).toBe(
      'daily-cap',
    );
  });

  it('never shows anything with a cap of 0', () => {
    expect(silence(page(), [], settings(pool, { dailyCap: 0 }), now, first)).toBe('daily-cap');
  });
});

describe('selectPrompt: per-site cool-down', () => {
  it('is quiet when this site showed a prompt in another visit within the cool-down', () => {
    const recent = event('shown', 'alpha', now, 30, { visitId: 'earlier' });
    expect(silence(page(), [recent], settings(pool, { siteCooldownMinutes: 120 }), now, first)).toBe(
      'site-cooldown',
    );
    expect(isSiteCoolingDown([recent], 'nhs.sharepoint.com', 'visit-now', 31, now)).toBe(true);
    expect(isSiteCoolingDown([recent], 'nhs.sharepoint.com', 'visit-now', 30, now)).toBe(false);
  });

  it("does not count this visit's own prompt towards the cool-down", () => {
    const thisVisit = event('shown', 'alpha', now, 1, { visitId: 'visit-now' });
    expect(isSiteCoolingDown([thisVisit], 'nhs.sharepoint.com', 'visit-now', 120, now)).toBe(false);
    expect(isSiteCoolingDown([thisVisit], 'nhs.sharepoint.com', 'visit-later', 120, now)).toBe(true);
  });

  it('speaks again once the cool-down has passed', () => {
    const old = event('shown', 'alpha', now, 121, { visitId: 'earlier' });
    expect(chosenId(page(), [old], settings(pool, { siteCooldownMinutes: 120 }), now, first)).toBe('beta');
  });

  it('does not let another site cool this one down', () => {
    const elsewhere = event('shown', 'alpha', now, 5, { visitId: 'earlier', site: 'future.nhs.uk' });
    expect(chosenId(page(), [elsewhere], settings(pool), now, first)).toBe('beta');
  });

  it('is off with a cool-down of 0 minutes', () => {
    const justNow = event('shown', 'alpha', now, 1, { visitId: 'earlier' });
    expect(chosenId(page(), [justNow], settings(pool, { siteCooldownMinutes: 0 }), now, first)).toBe('beta');
  });
});

describe('selectPrompt: which prompt', () => {
  const relaxed = { siteCooldownMinutes: 0, dailyCap: 20 };
  const patientsMissing = prompt('patients-missing', { when: { missingVoices: ['patients', 'carers'] } });
  const whileEditing = prompt('while-editing', { when: { editing: true } });
  const whileReading = prompt('while-reading', { when: { editing: false } });

  it('prefers a prompt whose conditions match over plain ones', () => {
    const quietPage = page({ voices: noVoices });
    const choice = selectPrompt(quietPage, [], settings([alpha, beta, patientsMissing], relaxed), now, first);
    expect(choice?.prompt.id).toBe('patients-missing');
    expect(choice?.reason).toMatch(/no mention yet of patients or carers/);
  });

  it('leaves out a missing-voices prompt once any of those voices is mentioned', () => {
    const carersOnly = page({ voices: { ...noVoices, carers: true } });
    expect(chosenId(carersOnly, [], settings([patientsMissing, alpha], relaxed), now, randomFrom(0))).toBe(
      'alpha',
    );
    expect(silence(carersOnly, [], settings([patientsMissing], relaxed), now, first)).toBe('no-candidates');
  });

  it('matches the editing condition both ways', () => {
    const prompts = settings([whileEditing, whileReading], relaxed);
    expect(chosenId(page({ editing: true }), [], prompts, now, first)).toBe('while-editing');
    expect(chosenId(page({ editing: false }), [], prompts, now, first)).toBe('while-reading');
  });

  it('prefers a matching prompt even over one never shown, if it has not been shown this week', () => {
    const history = [event('shown', 'patients-missing', now, 8 * 24 * 60)];
    const quietPage = page({ voices: noVoices });
    const prompts = settings([alpha, patientsMissing, beta], relaxed);
    // Another prompt was shown more recently, so rotation does not rule patients-missing out.
    history.push(event('shown', 'gamma', now, 60));
    expect(chosenId(quietPage, history, prompts, now, first)).toBe('patients-missing');
  });

  it('lets a matching prompt shown in the last week take its turn with the rest', () => {
    // Otherwise a page that never mentions patients would get the same prompt on every visit.
    const quietPage = page({ voices: noVoices });
    const prompts = settings([alpha, patientsMissing, beta], relaxed);
    const history = [event('shown', 'patients-missing', now, 2 * 24 * 60), event('shown', 'gamma', now, 60)];
    expect(chosenId(quietPage, history, prompts, now, first)).toBe('alpha');
    const allSeen = [...history, event('shown', 'alpha', now, 1000), event('shown', 'beta', now, 1001)];
    // Among prompts all seen recently, the least recently shown comes first, conditions or not.
    expect(chosenId(quietPage, allSeen, prompts, now, first)).toBe('patients-missing');
  });

  it('prefers prompts never shown, then the least recently shown', () => {
    const history = [event('shown', 'alpha', now, 300), event('shown', 'beta', now, 200)];
    expect(chosenId(page(), history, settings(pool, relaxed), now, first)).toBe('gamma');
    history.push(event('shown', 'gamma', now, 100));
    expect(chosenId(page(), history, settings(pool, relaxed), now, first)).toBe('alpha');
  });

  it('never repeats the previously shown prompt while another candidate exists', () => {
    const previous = event('shown', 'patients-missing', now, 60);
    const quietPage = page({ voices: noVoices });
    expect(chosenId(quietPage, [previous], settings([patientsMissing, alpha], relaxed), now, first)).toBe(
      'alpha',
    );
  });

  it('repeats the previously shown prompt when it is the only candidate', () => {
    const previous = event('shown', 'alpha', now, 60);
    expect(chosenId(page(), [previous], settings([alpha], relaxed), now, first)).toBe('alpha');
  });

  it('breaks ties with the random source', () => {
    const s = settings(pool, relaxed);
    expect(chosenId(page(), [], s, now, randomFrom(0))).toBe('alpha');
    expect(chosenId(page(), [], s, now, randomFrom(0.34))).toBe('beta');
    expect(chosenId(page(), [], s, now, randomFrom(0.99))).toBe('gamma');
  });

  it('copes with a random source that strays outside [0, 1)', () => {
    const s = settings(pool, relaxed);
    expect(chosenId(page(), [], s, now, randomFrom(1))).toBe('gamma');
    expect(chosenId(page(), [], s, now, randomFrom(-3))).toBe('alpha');
    expect(chosenId(page(), [], s, now, randomFrom(Number.NaN))).toBe('alpha');
  });

  it('is deterministic: the same inputs give the same prompt', () => {
    const history = [event('shown', 'alpha', now, 300)];
    const a = selectPrompt(page(), history, settings(pool, relaxed), now, randomFrom(0.6));
    const b = selectPrompt(page(), history, settings(pool, relaxed), now, randomFrom(0.6));
    expect(a).toEqual(b);
  });

  it('keeps the first of two pool prompts that share an id', () => {
    const packCopy = {
      ...prompt('alpha', { contexts: ['board'] }),
      text: 'A pack prompt that reuses the id alpha?',
    };
    expect(selectPrompt(page(), [], settings([alpha, packCopy], relaxed), now, first)?.prompt.text).toBe(
      alpha.text,
    );
  });
});

describe('selectPrompt with the built-in library', () => {
  it.each(planningContexts)('offers a fitting prompt on a fresh %s page', (context) => {
    const choice = selectPrompt(page({ context }), [], settings(builtInPrompts), now, first);
    expect(choice?.prompt.contexts).toContain(context);
  });

  it("asks who will be consulted when an agenda doesn't mention patients or carers", () => {
    const choice = selectPrompt(page({ voices: noVoices }), [], settings(builtInPrompts), now, first);
    expect(choice?.prompt.when?.missingVoices).toEqual(expect.arrayContaining(['patients']));
  });

  it('only ever picks an allowed, fitting prompt, whatever the page, history and settings', () => {
    const ids = builtInPrompts.map((p) => p.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...planningContexts),
        fc.record({
          patients: fc.boolean(),
          carers: fc.boolean(),
          public: fc.boolean(),
          staff: fc.boolean(),
        }),
        fc.boolean(),
        fc.subarray(ids),
        fc.subarray([...promptCategories]),
        fc.subarray(ids, { maxLength: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (context, voices, editing, neverIds, disabledCategories, shownIds, r) => {
          const history = [
            ...neverIds.map((id) => event('never', id, now, 6000, { visitId: 'long-ago' })),
            ...shownIds.map((id, i) => event('shown', id, now, 3000 - i, { visitId: `old-${i}` })),
          ];
          const detected = page({ context, voices, editing });
          const choice = selectPrompt(
            detected,
            history,
            settings(builtInPrompts, { disabledCategories, dailyCap: 20 }),
            now,
            () => r,
          );
          if (choice === null) return;
          expect(choice.prompt.contexts).toContain(context);
          expect(neverIds).not.toContain(choice.prompt.id);
          expect(disabledCategories).not.toContain(choice.prompt.category);
          expect(whenHolds(choice.prompt.when, detected)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Every fact false, except those given. */
function facts(overrides: Partial<PageFacts> = {}): PageFacts {
  return { ...(Object.fromEntries(pageFactKeys.map((key) => [key, false])) as PageFacts), ...overrides };
}

describe('conditions on page facts and detection mode', () => {
  const needsFeedback = prompt('needs-feedback', {
    when: { facts: { consultationOrSurvey: true, feedbackStepPresent: false } },
  });
  const forParticipants = prompt('for-participants', { when: { modes: ['taking-part'] } });

  it('holds a fact condition only when the page was checked and every listed fact matches', () => {
    const when = needsFeedback.when;
    expect(whenHolds(when, page())).toBe(false);
    expect(whenHolds(when, page({ facts: facts({ consultationOrSurvey: true }) }))).toBe(true);
    expect(
      whenHolds(when, page({ facts: facts({ consultationOrSurvey: true, feedbackStepPresent: true }) })),
    ).toBe(false);
    expect(whenHolds(when, page({ facts: facts() }))).toBe(false);
  });

  it('holds a mode condition only when the detection names that mode', () => {
    expect(whenHolds(forParticipants.when, page())).toBe(false);
    expect(whenHolds(forParticipants.when, page({ mode: null }))).toBe(false);
    expect(whenHolds(forParticipants.when, page({ mode: 'taking-part' }))).toBe(true);
    expect(whenHolds(forParticipants.when, page({ mode: 'drafting' }))).toBe(false);
  });

  it('gives people taking part only prompts written for them, and keeps reader prompts off drafts', () => {
    expect(whenHolds(undefined, page({ mode: 'taking-part' }))).toBe(false);
    expect(whenHolds({ missingVoices: ['carers'] }, page({ mode: 'taking-part', voices: noVoices }))).toBe(
      false,
    );
    expect(whenHolds(forParticipants.when, page({ mode: 'taking-part' }))).toBe(true);
    expect(whenHolds({ editing: false }, page({ editing: false, mode: 'drafting' }))).toBe(false);
    expect(whenHolds({ editing: false }, page({ editing: false, mode: 'reviewing' }))).toBe(true);
    const choice = selectPrompt(
      page({ mode: 'taking-part' }),
      [],
      settings([alpha, forParticipants]),
      now,
      first,
    );
    expect(choice?.prompt.id).toBe('for-participants');
  });

  it('prefers a prompt whose facts match, and says why in plain words', () => {
    const checked = page({ facts: facts({ consultationOrSurvey: true }) });
    const choice = selectPrompt(checked, [], settings([alpha, needsFeedback]), now, first);
    expect(choice?.prompt.id).toBe('needs-feedback');
    expect(choice?.reason).toMatch(/no step yet for telling people what changed/);
    expect(selectPrompt(page(), [], settings([alpha, needsFeedback]), now, first)?.prompt.id).toBe('alpha');
  });

  it('describes every fact and mode condition it can be given', () => {
    for (const key of pageFactKeys) {
      expect(describeWhen({ facts: { [key]: true } })).toHaveLength(1);
      expect(describeWhen({ facts: { [key]: false } })).toHaveLength(1);
    }
    for (const mode of detectionModes) expect(describeWhen({ modes: [mode] })[0]).toMatch(/you seem to be/);
  });
});

describe('built-in prompts that state something about the page', () => {
  const voiceWords = {
    patients: /patient/i,
    carers: /carer/i,
    public: /communit|local people/i,
    staff: /staff/i,
  };

  it('never claims a voice is missing when the page mentions it, nor claims an unchecked fact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...planningContexts),
        fc.record({
          patients: fc.boolean(),
          carers: fc.boolean(),
          public: fc.boolean(),
          staff: fc.boolean(),
        }),
        fc.option(fc.record(Object.fromEntries(pageFactKeys.map((key) => [key, fc.boolean()])) as never), {
          nil: undefined,
        }),
        fc.option(fc.constantFrom(...detectionModes), { nil: undefined }),
        fc.boolean(),
        fc.subarray(
          builtInPrompts.map((p) => p.id),
          { maxLength: 40 },
        ),
        (context, voices, checked, mode, editing, shownIds) => {
          const detected = page({
            context,
            voices,
            editing,
            ...(checked === undefined ? {} : { facts: checked as PageFacts }),
            ...(mode === undefined ? {} : { mode }),
          });
          const history = shownIds.map((id, i) => event('shown', id, now, 3000 - i, { visitId: `old-${i}` }));
          const choice = selectPrompt(
            detected,
            history,
            settings(builtInPrompts, { dailyCap: 20 }),
            now,
            first,
          );
          if (choice === null) return;
          const text = choice.prompt.text;
          if (/(n't|not) mentioned/.test(text)) {
            for (const voice of voiceKinds)
              if (voices[voice] && voiceWords[voice].test(text.split(/n't|not/)[0] ?? '')) {
                throw new Error(
                  `'${choice.prompt.id}' says ${voice} are missing, but the page mentions them`,
                );
              }
          }
          if (choice.prompt.when?.facts !== undefined) expect(checked).toBeDefined();
          if (choice.prompt.when?.modes !== undefined) expect(mode).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(voiceKinds)('never picks a prompt saying %s are missing on a page that mentions them', (voice) => {
    const claimsMissing = builtInPrompts.filter((p) => p.when?.missingVoices?.includes(voice));
    expect(claimsMissing.length).toBeGreaterThan(0);
    for (const context of planningContexts) {
      const mentions = page({ context, voices: { ...noVoices, [voice]: true } });
      const pool = claimsMissing.filter((p) => p.contexts.includes(context));
      expect(selectPrompt(mentions, [], settings(pool), now, first)).toBeNull();
    }
  });

  it('picks the feedback-step prompt on a consultation page with no step back, and never without facts', () => {
    const pool = builtInPrompts.filter((p) => p.id === 'survey-without-feedback-step');
    const consultation = page({ context: 'engagement', facts: facts({ consultationOrSurvey: true }) });
    expect(selectPrompt(consultation, [], settings(pool), now, first)?.prompt.id).toBe(
      'survey-without-feedback-step',
    );
    expect(selectPrompt(page({ context: 'engagement' }), [], settings(pool), now, first)).toBeNull();
  });
});

describe('isQuiet', () => {
  it('is never quiet when quiet hours are off', () => {
    expect(isQuiet({ enabled: false, start: '00:00', end: '23:59' }, local(2026, 3, 10, 12, 0))).toBe(false);
  });

  it('covers a daytime window from its start up to, not including, its end', () => {
    const lunch = { enabled: true, start: '12:00', end: '14:00' };
    expect(isQuiet(lunch, local(2026, 3, 10, 11, 59))).toBe(false);
    expect(isQuiet(lunch, local(2026, 3, 10, 12, 0))).toBe(true);
    expect(isQuiet(lunch, local(2026, 3, 10, 13, 59))).toBe(true);
    expect(isQuiet(lunch, local(2026, 3, 10, 14, 0))).toBe(false);
  });

  it('wraps past midnight', () => {
    const night = { enabled: true, start: '22:00', end: '07:00' };
    expect(isQuiet(night, local(2026, 3, 10, 21, 59))).toBe(false);
    expect(isQuiet(night, local(2026, 3, 10, 22, 0))).toBe(true);
    expect(isQuiet(night, local(2026, 3, 10, 23, 59))).toBe(true);
    expect(isQuiet(night, local(2026, 3, 11, 0, 0))).toBe(true);
    expect(isQuiet(night, local(2026, 3, 11, 6, 59))).toBe(true);
    expect(isQuiet(night, local(2026, 3, 11, 7, 0))).toBe(false);
  });

  it('treats an equal start and end as no window at all', () => {
    expect(isQuiet({ enabled: true, start: '09:00', end: '09:00' }, local(2026, 3, 10, 9, 0))).toBe(false);
  });
});

describe('snoozedUntil', () => {
  it('gives the latest snooze end still to come', () => {
    const soon = new Date(now.getTime() + 60_000).toISOString();
    const later = new Date(now.getTime() + 3_600_000).toISOString();
    const history = [
      event('snoozed', 'alpha', now, 5, { until: soon }),
      event('snoozed', 'beta', now, 4, { until: later }),
    ];
    expect(snoozedUntil(history, now)?.toISOString()).toBe(later);
  });

  it('ignores snoozes that have ended or have no end', () => {
    const history = [
      event('snoozed', 'alpha', now, 5, { until: now.toISOString() }),
      event('snoozed', 'beta', now, 4),
    ];
    expect(snoozedUntil(history, now)).toBeNull();
  });
});
