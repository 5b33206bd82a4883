import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import type { PageState, PromptOffer } from '../../../src/messaging/protocol';
import { createRouter, RejectedMessage, type RouterDeps } from '../../../src/messaging/router';
import type { PromptEvent } from '../../../src/prompts/events';
import { builtInPrompts } from '../../../src/prompts/library';
import type { Reflection } from '../../../src/reflections/model';
import { mergeSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';
import { readPage } from '../../../src/shell/read-page';
import { installMessages, lookupFromMessages } from '../../../src/ui/i18n';
import { makeReflection } from '../../support/factory';

beforeAll(() => installMessages(lookupFromMessages(messages)));

const runtimeId = 'aeogjoofgifjkefgikfflojdlglfeppf';
const tabUrl = 'https://nhs.sharepoint.com/sites/RX1/SitePages/Agenda.aspx';
const content = { id: runtimeId, url: tabUrl, frameId: 0, tab: { id: 7, url: tabUrl } };
const stranger = { id: 'someone-else', url: tabUrl, frameId: 0, tab: { id: 7, url: tabUrl } };
const visitId = 'visit-0001-abcdef';
const agendaSnapshot = readPage(
  parseHTML(fs.readFileSync('tests/fixtures/site/agenda.html', 'utf8')).document as unknown as Document,
);
const sample = { type: 'page:sample', fresh: true, url: tabUrl, since: 1_000, snapshot: agendaSnapshot };

function setup(stored: Reflection[]) {
  const events: PromptEvent[] = [];
  const reflections = new Map(stored.map((r) => [r.id, r]));
  let n = 0;
  let state: PageState | undefined;
  const shown: Array<{ offer: NonNullable<PromptOffer>; visitId: string }> = [];
  const deps: RouterDeps = {
    runtimeId,
    extensionOrigin: `chrome-extension://${runtimeId}/`,
    now: () => new Date('2026-11-29T10:00:00Z'),
    random: () => 0,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    settings: async () => mergeSettings(defaultSettings, {}, {}),
    prompts: async () => builtInPrompts,
    history: { list: async () => [...events], add: async (e) => void events.push(e) },
    drafts: { get: async () => undefined, save: async () => undefined },
    openCapture: async () => undefined,
    syncSites: async () => undefined,
    pages: {
      get: async () => state,
      set: async (_f, next) => {
        state = structuredClone(next);
      },
      list: async () => (state ? [{ frame: { tabId: 7, frameId: 0 }, state }] : []),
      dropOlderFrames: async () => undefined,
    },
    card: {
      show: async (_f, offer, visit) => void shown.push({ offer, visitId: visit }),
      remove: async () => undefined,
      open: async () => undefined,
    },
    enabled: async () => true,
    reflections: {
      list: async () => [...reflections.values()],
      get: async (id) => reflections.get(id),
      save: async (r) => void reflections.set(r.id, r),
    },
  };
  const router = createRouter(deps);
  /** Samples the agenda and returns what the card was given. */
  const offered = async () => {
    await router.route(sample, content);
    const last = shown.at(-1);
    if (!last) throw new Error('no card was shown');
    return last;
  };
  return { ...router, events, reflections, offered };
}

const overdue = makeReflection({
  nowWhat: 'Ask the PPG chair to co-chair.',
  context: 'agenda',
  commitment: { due: '2026-11-20', involves: 'the PPG chair', followUps: [] },
});
const future = makeReflection({ commitment: { due: '2026-12-20', involves: '', followUps: [] } });

describe('router: commitments that come back', () => {
  it('offers the card one line of a commitment past its date on a planning page', async () => {
    const r = setup([overdue, future]);
    const { offer } = await r.offered();
    expect(offer.commitmentAsk).toEqual({
      reflectionId: overdue.id,
      commitment: 'Ask the PPG chair to co-chair.',
    });
  });

  it('records the answer on the reflection, and refuses a second "done"', async () => {
    const r = setup([overdue]);
    const answer = {
      type: 'commitment:answer',
      visitId,
      reflectionId: overdue.id,
      outcome: 'done',
      note: 'Yes.',
    };
    expect(await r.route(answer, content)).toEqual({ ok: true });
    const saved = r.reflections.get(overdue.id);
    expect(saved?.commitment?.followUps).toEqual([
      { at: '2026-11-29T10:00:00.000Z', outcome: 'done', note: 'Yes.' },
    ]);
    expect(saved?.changed).toBe('29 November 2026, done: Yes.');
    await expect(r.route(answer, content)).rejects.toBeInstanceOf(RejectedMessage);
  });

  it('refuses answers the card could not have been asked, malformed ones and strangers', async () => {
    const r = setup([overdue, future]);
    const answer = { type: 'commitment:answer', visitId, reflectionId: future.id, outcome: 'done', note: '' };
    await expect(r.route(answer, content)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(r.route({ ...answer, reflectionId: overdue.id, extra: 1 }, content)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    await expect(r.route({ ...answer, reflectionId: overdue.id }, stranger)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    expect(r.reflections.get(future.id)).toEqual(future);
    expect(r.reflections.get(overdue.id)).toEqual(overdue);
  });
});

describe('router: prompts passed on from the card', () => {
  it('records "passed-on" for a prompt this visit was shown, with no text', async () => {
    const r = setup([]);
    const { offer, visitId: visit } = await r.offered();
    const promptId = offer.prompt.id;
    expect(await r.route({ type: 'prompt:passed-on', visitId: visit, promptId }, content)).toEqual({
      ok: true,
    });
    const passed = r.events.find((e) => e.kind === 'passed-on');
    expect(passed).toMatchObject({ promptId, site: 'nhs.sharepoint.com', context: 'agenda', visitId: visit });
    expect(Object.keys(passed ?? {}).sort()).toEqual([
      'at',
      'context',
      'id',
      'kind',
      'promptId',
      'site',
      'visitId',
    ]);
  });

  it('refuses one for a prompt that was never shown here', async () => {
    const r = setup([]);
    await expect(
      r.route({ type: 'prompt:passed-on', visitId, promptId: 'who-is-missing-patients' }, content),
    ).rejects.toBeInstanceOf(RejectedMessage);
  });
});
