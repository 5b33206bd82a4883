import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { PageState, PromptOffer } from '../../../src/messaging/protocol';
import { createRouter, type FrameRef, RejectedMessage, type RouterDeps } from '../../../src/messaging/router';
import type { PromptEvent } from '../../../src/prompts/events';
import { builtInPrompts } from '../../../src/prompts/library';
import { Draft, emptyDraftFields, MAX_QUOTE } from '../../../src/reflections/draft';
import { mergeSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';
import { readPage } from '../../../src/shell/read-page';

const runtimeId = 'aeogjoofgifjkefgikfflojdlglfeppf';
const extensionOrigin = `chrome-extension://${runtimeId}/`;
const tabUrl = 'https://nhs.sharepoint.com/sites/RX1/SitePages/Agenda.aspx';
const content = { id: runtimeId, url: tabUrl, frameId: 0, tab: { id: 7, url: tabUrl } };
const page = { id: runtimeId, url: `${extensionOrigin}options.html` };

/** What the watcher would hand over from the demo agenda and the demo leaflet. */
const read = (file: string) =>
  readPage(parseHTML(fs.readFileSync(`tests/fixtures/site/${file}`, 'utf8')).document as unknown as Document);
const agendaSample = read('agenda.html');
const leafletSample = read('leaflet.html');
const sample = (snapshot = agendaSample, fresh = false, url = tabUrl) => ({
  type: 'page:sample',
  fresh,
  url,
  since: 1_000,
  snapshot,
});

function setup(start = new Date('2026-11-25T10:00:00Z')) {
  const events: PromptEvent[] = [];
  const drafts = new Map<string, Draft>();
  const opened: string[] = [];
  const offeredPages: { title?: string; url?: string }[] = [];
  let synced = 0;
  const readTabs: number[] = [];
  let n = 0;
  const states = new Map<string, PageState>();
  const key = (f: FrameRef) => `${f.tabId}:${f.frameId}`;
  const shown: Array<{ frame: FrameRef; offer: NonNullable<PromptOffer>; visitId: string }> = [];
  const removed: FrameRef[] = [];
  const openedCards: FrameRef[] = [];
  let enabled = true;
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
    readTab: async (tabId) => void readTabs.push(tabId),
    pages: {
      get: async (f) => states.get(key(f)),
      set: async (f, s) => void states.set(key(f), structuredClone(s)),
      list: async () =>
        [...states].map(([k, state]) => {
          const [tabId, frameId] = k.split(':').map(Number) as [number, number];
          return { frame: { tabId, frameId }, state };
        }),
      dropOlderFrames: async () => undefined,
    },
    card: {
      show: async (frame, offer, visitId) => void shown.push({ frame, offer, visitId }),
      remove: async (frame) => void removed.push(frame),
      open: async (frame) => void openedCards.push(frame),
    },
    enabled: async () => enabled,
  };
  const router = createRouter(deps);
  const state = () => states.get('7:0');
  /** Samples the agenda, and returns the prompt the card was given and the visit it belongs to. */
  const offered = async () => {
    await router.route(sample(agendaSample, true), content);
    const last = shown.at(-1);
    if (!last) throw new Error('no card was shown');
    return { promptId: last.offer.prompt.id, visitId: last.visitId, offer: last.offer };
  };
  const setEnabled = (on: boolean) => {
    enabled = on;
  };
  return {
    ...router,
    events,
    drafts,
    opened,
    offeredPages,
    shown,
    removed,
    openedCards,
    state,
    offered,
    setEnabled,
    synced: () => synced,
    readTabs,
  };
}

const visitId = 'visit-0001-abcdef';

describe('router: samples from the watcher', () => {
  it('classifies a sample in the background, shows one card per visit and records it once', async () => {
    const r = setup();
    const { promptId, visitId: visit, offer } = await r.offered();
    await r.route(sample(), content);
    expect(offer.prompt.contexts).toContain('agenda');
    expect(r.shown).toHaveLength(1);
    expect(r.shown[0]?.frame).toEqual({ tabId: 7, frameId: 0 });
    expect(r.events.filter((e) => e.kind === 'shown')).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ site: 'nhs.sharepoint.com', context: 'agenda', visitId: visit });
    expect(r.state()).toMatchObject({ promptId, decision: 'shown', visitId: visit });
    expect(r.state()?.detection.planning).toBe(true);
  });

  it('shows nothing for a page that is not planning, and records why', async () => {
    const r = setup();
    await r.route(sample(leafletSample, true), content);
    expect(r.shown).toHaveLength(0);
    expect(r.events).toHaveLength(0);
    expect(r.state()).toMatchObject({ promptId: null, decision: 'unsure-detection' });
    expect(r.state()?.detection.planning).toBe(false);
  });

  it('takes the card away when the page stops looking like planning, or its site is switched off', async () => {
    const r = setup();
    await r.offered();
    await r.route(sample(leafletSample), content);
    expect(r.removed).toEqual([{ tabId: 7, frameId: 0 }]);
    await r.route(sample(agendaSample), content);
    expect(r.shown).toHaveLength(2);
    r.setEnabled(false);
    await r.redecideAll();
    expect(r.removed).toHaveLength(2);
    expect(r.state()?.decision).toBe('site-off');
  });

  it("injects the open card's code only when the chip of a prompt shown on this visit is opened", async () => {
    const r = setup();
    const { promptId, visitId: visit } = await r.offered();
    expect(r.openedCards).toEqual([]);
    await expect(r.route({ type: 'card:open', visitId: visit, promptId }, content)).resolves.toEqual({
      ok: true,
    });
    expect(r.openedCards).toEqual([{ tabId: 7, frameId: 0 }]);
    // Opening is not an answer: the card stays the frame's.
    expect(r.state()).toMatchObject({ promptId, decision: 'shown' });
    await expect(
      r.route({ type: 'card:open', visitId: 'visit-9999-unknown', promptId }, content),
    ).rejects.toThrow();
    expect(r.openedCards).toHaveLength(1);
  });

  it('keeps a closed card away from that address, even when the page claims a new visit there', async () => {
    const r = setup();
    const { promptId, visitId: visit } = await r.offered();
    await r.route({ type: 'prompt:close', visitId: visit, promptId }, content);
    expect(r.state()).toMatchObject({ promptId: null, decision: 'closed' });
    await r.route(sample(agendaSample, true), content);
    await r.route(sample(agendaSample, true, `${tabUrl}#section-2`), content);
    expect(r.shown).toHaveLength(1);
    // A real route to another address is another page: it may get its own card.
    await r.route(sample(agendaSample, true, `${tabUrl}?view=plan`), content);
    expect(r.state()?.decision).not.toBe('closed');
  });

  it('decides again for open pages when settings change', async () => {
    const r = setup();
    await r.route(sample(agendaSample, true), content);
    expect(r.shown).toHaveLength(1);
    await r.route({ type: 'sites:sync' }, page);
    expect(r.shown).toHaveLength(1);
    expect(r.state()?.decision).toBe('shown');
  });

  it('decides on what an injected watcher handed back, and on nothing when it had nothing new', async () => {
    const r = setup();
    const frame = { tabId: 7, frameId: 0 };
    await r.injected(null, frame, tabUrl);
    expect(r.state()).toBeUndefined();
    await r.injected({ fresh: true, url: tabUrl, since: 1_000, snapshot: agendaSample }, frame, tabUrl);
    expect(r.shown).toHaveLength(1);
    expect(r.state()?.detection.planning).toBe(true);
    await expect(
      r.injected({ fresh: true, url: tabUrl, since: 1_000, signals: {} }, frame, tabUrl),
    ).rejects.toBeInstanceOf(RejectedMessage);
    await expect(
      r.injected({ fresh: true, url: tabUrl, since: 1_000, snapshot: agendaSample }, frame, 'about:blank'),
    ).rejects.toBeInstanceOf(RejectedMessage);
    expect(r.shown).toHaveLength(1);
  });

  it('refuses a sample that describes another site than the frame that sent it', async () => {
    const r = setup();
    await expect(
      r.route(sample(agendaSample, true, 'https://evil.example/agenda'), content),
    ).rejects.toBeInstanceOf(RejectedMessage);
    await expect(
      r.route({ ...sample(), snapshot: { ...agendaSample, html: 'x'.repeat(2_000_000) } }, content),
    ).rejects.toBeInstanceOf(RejectedMessage);
    expect(r.shown).toHaveLength(0);
  });
});

describe('router: the card reports back', () => {
  it('records a snooze with an end time', async () => {
    const r = setup();
    const { promptId, visitId } = await r.offered();
    await r.route({ type: 'prompt:action', visitId, promptId, action: 'snooze', snoozeFor: 'week' }, content);
    const snooze = r.events.find((e) => e.kind === 'snoozed');
    expect(snooze?.until).toBe('2026-12-02T10:00:00.000Z');
  });

  it('refuses actions on prompts that were never shown, or shown on another site', async () => {
    const r = setup();
    await expect(
      r.route({ type: 'prompt:action', visitId, promptId: 'made-up', action: 'never' }, content),
    ).rejects.toBeInstanceOf(RejectedMessage);
    const { promptId, visitId: shownVisit } = await r.offered();
    const elsewhere = {
      ...content,
      url: 'https://evil.example/',
      tab: { id: 9, url: 'https://evil.example/' },
    };
    await expect(
      r.route({ type: 'prompt:action', visitId: shownVisit, promptId, action: 'never' }, elsewhere),
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
    const { promptId, visitId, offer } = await r.offered();
    await r.route({ type: 'prompt:reflect', visitId, promptId, pageTitle: 'Outpatients agenda' }, content);
    const draft = r.drafts.get('capture');
    expect(draft?.fields).toMatchObject({
      promptId,
      context: 'agenda',
      keepPageUrl: false,
      what: 'Half-written thought',
      title: offer.prompt.text,
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
    await expect(r.route({ type: 'page:sample', fresh: true }, content)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    // The old message that carried a verdict is gone: a page cannot claim to be planning work.
    await expect(r.route({ type: 'page:detected', visitId, detection: {} }, content)).rejects.toBeInstanceOf(
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
    await expect(r.route(sample(), page)).rejects.toBeInstanceOf(RejectedMessage);
  });

  it('lets extension pages ask for a tab to be read now, and no web page', async () => {
    const r = setup();
    await r.route({ type: 'page:read', tabId: 7 }, page);
    expect(r.readTabs).toEqual([7]);
    await expect(r.route({ type: 'page:read', tabId: 7 }, content)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(r.route({ type: 'page:read', tabId: -1 }, page)).rejects.toBeInstanceOf(RejectedMessage);
    expect(r.readTabs).toEqual([7]);
  });

  it('ignores everyone else', async () => {
    const r = setup();
    await expect(
      r.route({ type: 'sites:sync' }, { id: 'another-extension', url: 'chrome-extension://x/' }),
    ).rejects.toBeInstanceOf(RejectedMessage);
  });
});

describe('router: whether a page is worth reading', () => {
  it('reads a page while a card could show, and not once the site has just shown one in another visit', async () => {
    const r = setup();
    expect(await r.silenceBeforeReadingAt(tabUrl)).toBeNull();
    await r.offered();
    // Default settings: one card per site every two hours, so the next load of any page there stays unread.
    expect(await r.silenceBeforeReadingAt(`${tabUrl}?next`)).toBe('site-cooldown');
    expect(await r.silenceBeforeReadingAt('https://future.nhs.uk/plan')).toBeNull();
    expect(await r.silenceBeforeReadingAt('not an address')).toBeNull();
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
