import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../src/detect/detection';
import { PromptOffer } from '../../../src/messaging/protocol';
import { createRouter, RejectedMessage, type RouterDeps } from '../../../src/messaging/router';
import type { PromptEvent } from '../../../src/prompts/events';
import { builtInPrompts } from '../../../src/prompts/library';
import { Draft, emptyDraftFields, MAX_QUOTE } from '../../../src/reflections/draft';
import { mergeSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';

const runtimeId = 'aeogjoofgifjkefgikfflojdlglfeppf';
const extensionOrigin = `chrome-extension://${runtimeId}/`;
const tabUrl = 'https://nhs.sharepoint.com/sites/RX1/SitePages/Agenda.aspx';
const content = { id: runtimeId, url: tabUrl, tab: { id: 7, url: tabUrl } };
const page = { id: runtimeId, url: `${extensionOrigin}options.html` };

const agenda: Detection = {
  planning: true,
  context: 'agenda',
  mode: 'drafting',
  score: 0.9,
  editing: true,
  voices: { patients: false, carers: false, public: false, staff: true },
  signals: [{ source: 'heading', term: 'heading: Agenda', weight: 2 }],
};

function setup(start = new Date('2026-11-25T10:00:00Z')) {
  const events: PromptEvent[] = [];
  const drafts = new Map<string, Draft>();
  const opened: string[] = [];
  const offeredPages: { title?: string; url?: string }[] = [];
  let synced = 0;
  let n = 0;
  const deps: RouterDeps = {
    runtimeId,
    extensionOrigin,
    now: () => start,
    random: () => 0,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    settings: async () => mergeSettings(defaultSettings, {}, {}),
    prompts: async () => builtInPrompts,
    history: { list: async () => [...events], add: async (e) => void events.push(e) },
    drafts: { get: async (id) => drafts.get(id), save: async (d) => void drafts.set(d.id, d) },
    openCapture: async (from, offered) => {
      opened.push(from);
      offeredPages.push(offered);
    },
    syncSites: async () => void synced++,
  };
  const router = createRouter(deps);
  return { ...router, events, drafts, opened, offeredPages, synced: () => synced };
}

const visitId = 'visit-0001-abcdef';

describe('router: content scripts', () => {
  it('offers one prompt for a planning page and records it once per visit', async () => {
    const r = setup();
    const first = PromptOffer.parse(
      await r.route({ type: 'page:detected', visitId, detection: agenda }, content),
    );
    const again = PromptOffer.parse(
      await r.route({ type: 'page:detected', visitId, detection: agenda }, content),
    );
    expect(first?.prompt.contexts).toContain('agenda');
    expect(again?.prompt.id).toBe(first?.prompt.id);
    expect(r.events.filter((e) => e.kind === 'shown')).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ site: 'nhs.sharepoint.com', context: 'agenda', visitId });
  });

  it('offers nothing for a page that is not planning', async () => {
    const r = setup();
    const offer = await r.route(
      { type: 'page:detected', visitId, detection: { ...agenda, planning: false, context: null } },
      content,
    );
    expect(offer).toBeNull();
    expect(r.events).toHaveLength(0);
  });

  it('records a snooze with an end time', async () => {
    const r = setup();
    const offer = PromptOffer.parse(
      await r.route({ type: 'page:detected', visitId, detection: agenda }, content),
    );
    const promptId = offer?.prompt.id ?? '';
    await r.route({ type: 'prompt:action', visitId, promptId, action: 'snooze', snoozeFor: 'week' }, content);
    const snooze = r.events.find((e) => e.kind === 'snoozed');
    expect(snooze?.until).toBe('2026-12-02T10:00:00.000Z');
  });

  it('refuses actions on prompts that were never shown, or shown on another site', async () => {
    const r = setup();
    await expect(
      r.route({ type: 'prompt:action', visitId, promptId: 'made-up', action: 'never' }, content),
    ).rejects.toBeInstanceOf(RejectedMessage);
    const offer = PromptOffer.parse(
      await r.route({ type: 'page:detected', visitId, detection: agenda }, content),
    );
    const elsewhere = {
      ...content,
      url: 'https://evil.example/',
      tab: { id: 9, url: 'https://evil.example/' },
    };
    await expect(
      r.route(
        { type: 'prompt:action', visitId, promptId: offer?.prompt.id ?? '', action: 'never' },
        elsewhere,
      ),
    ).rejects.toBeInstanceOf(RejectedMessage);
    expect(r.events.some((e) => e.kind === 'never')).toBe(false);
  });

  it('turns "Reflect on this" into a pre-filled draft and opens capture, keeping what the user typed', async () => {
    const r = setup();
    r.drafts.set('capture', {
      id: 'capture',
      savedAt: '2026-11-25T09:00:00.000Z',
      fields: { ...emptyDraftFields('2026-11-25'), what: 'Half-written thought' },
    });
    const offer = PromptOffer.parse(
      await r.route({ type: 'page:detected', visitId, detection: agenda }, content),
    );
    await r.route(
      { type: 'prompt:reflect', visitId, promptId: offer?.prompt.id ?? '', pageTitle: 'Outpatients agenda' },
      content,
    );
    const draft = r.drafts.get('capture');
    expect(draft?.fields).toMatchObject({
      promptId: offer?.prompt.id,
      context: 'agenda',
      keepPageUrl: false,
      what: 'Half-written thought',
      title: offer?.prompt.text,
    });
    // The page's title and address go to the capture window only; the stored draft holds neither.
    expect(draft?.fields.pageTitle).toBeUndefined();
    expect(draft?.fields.pageUrl).toBeUndefined();
    expect(r.offeredPages).toEqual([{ title: 'Outpatients agenda', url: tabUrl }]);
    expect(r.opened).toEqual(['prompt']);
    expect(r.events.at(-1)?.kind).toBe('reflected');
  });

  it('rejects malformed messages and extension-page messages from content scripts', async () => {
    const r = setup();
    await expect(r.route({ type: 'page:detected', visitId }, content)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    await expect(r.route({ type: 'sites:sync' }, content)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(r.route({ type: 'reflections:list' }, content)).rejects.toBeInstanceOf(RejectedMessage);
    expect(r.synced()).toBe(0);
  });
});

describe('router: extension pages and strangers', () => {
  it('lets extension pages ask for a site sync, and nothing else', async () => {
    const r = setup();
    await r.route({ type: 'sites:sync' }, page);
    expect(r.synced()).toBe(1);
    await expect(r.route({ type: 'page:detected', visitId, detection: agenda }, page)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
  });

  it('ignores everyone else', async () => {
    const r = setup();
    await expect(
      r.route({ type: 'sites:sync' }, { id: 'another-extension', url: 'chrome-extension://x/' }),
    ).rejects.toBeInstanceOf(RejectedMessage);
  });
});

describe('router: reflect on selection', () => {
  it('quotes the selection into the draft and opens capture', async () => {
    const r = setup();
    await r.reflectOnSelection('We agreed the agenda before asking anyone.', {
      title: 'Minutes',
      url: tabUrl,
    });
    const fields = r.drafts.get('capture')?.fields;
    expect(fields?.what).toContain('“We agreed the agenda before asking anyone.”');
    expect(fields?.pageTitle).toBeUndefined();
    expect(fields?.pageUrl).toBeUndefined();
    expect(r.offeredPages).toEqual([{ title: 'Minutes', url: tabUrl }]);
    expect(r.opened).toEqual(['selection']);
  });

  // #11 point 6: the draft plus the quote must never exceed the limit (the save used to fail silently).
  it('says so when a long quote is cut, and the draft stays valid', async () => {
    const r = setup();
    await r.reflectOnSelection('Families were not asked. '.repeat(400), { url: tabUrl });
    const draft = Draft.parse(r.drafts.get('capture'));
    expect(draft.fields.quoteNotice).toBe('cut');
    expect(draft.fields.what.length).toBeLessThanOrEqual(MAX_QUOTE + 10);
    expect(r.opened).toEqual(['selection']);
  });

  it('says so when the draft is too full for the quote, and keeps what was typed', async () => {
    const r = setup();
    const typed = 'x'.repeat(19_990);
    r.drafts.set('capture', {
      id: 'capture',
      savedAt: '2026-11-25T09:00:00Z',
      fields: { ...emptyDraftFields('2026-11-25'), what: typed },
    });
    await r.reflectOnSelection('The carers asked to co-chair the next meeting.', { url: tabUrl });
    const draft = Draft.parse(r.drafts.get('capture'));
    expect(draft.fields.what).toBe(typed);
    expect(draft.fields.quoteNotice).toBe('not-added');
    expect(r.opened).toEqual(['selection']);
  });
});
