import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classify, classifyWithBreakdown } from '../../../src/detect/classify';
import { detectPlanningPage } from '../../../src/detect/index';
import { emptyPageSignals, type PageSignals } from '../../../src/detect/page-signals';
import { parseAddress } from '../../../src/detect/platforms';
import { extractSignals } from '../../../src/detect/signals';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;

function signalsFor(url: string, parts: Partial<Omit<PageSignals, 'url'>> = {}): PageSignals {
  return { ...emptyPageSignals(), ...parts, url: parseAddress(url) };
}

const agendaBody = `
  <h1>Falls steering group – agenda</h1>
  <table><tr><th>Item</th><th>Time</th><th>Lead</th></tr>
  <tr><td>Apologies</td><td>10:00</td><td>Chair</td></tr>
  <tr><td>Minutes of the last meeting and matters arising</td><td>10:05</td><td>Chair</td></tr>
  <tr><td>Post-falls huddle rollout</td><td>10:15</td><td>TBC</td></tr>
  <tr><td>AOB</td><td>10:50</td><td>All</td></tr></table>`;

describe('editing', () => {
  it.each([
    'https://euc-word-edit.officeapps.live.com/we/wordeditorframe.aspx?ui=en-GB',
    'https://docs.google.com/document/d/1abc/edit',
    'https://example.atlassian.net/wiki/spaces/X/pages/edit-v2/123',
    'https://nhs.sharepoint.com/sites/RX1_Team/SitePages/Home.aspx?Mode=Edit',
    'https://nhs.sharepoint.com/:w:/r/sites/RX1_Team/_layouts/15/Doc.aspx?sourcedoc={A}&file=Plan.docx&action=edit',
    'https://forms.office.com/Pages/DesignPageV2.aspx?id=abc',
    'https://www.mentimeter.com/app/presentation/abc/edit',
  ])('knows %s is an editor', (url) => {
    expect(classify(signalsFor(url)).editing).toBe(true);
  });

  it.each([
    'https://docs.google.com/document/d/1abc/view',
    'https://nhs.sharepoint.com/sites/RX1_Team/SitePages/Home.aspx',
    'https://example.atlassian.net/wiki/spaces/X/pages/123/Title',
    'https://www.bbc.co.uk/news',
  ])('knows %s is not an editor', (url) => {
    expect(classify(signalsFor(url)).editing).toBe(false);
  });

  it('counts a contenteditable region or textarea with real content as editing, an empty one not', () => {
    const url = 'https://intranet.example.nhs.uk/page';
    const typed = page(
      '<body><div contenteditable="true">Notes for next week about the rota and the new starters.</div></body>',
    );
    const empty = page(
      '<body><textarea placeholder="Write a comment"></textarea><div contenteditable></div></body>',
    );
    expect(detectPlanningPage(typed, url).editing).toBe(true);
    expect(detectPlanningPage(empty, url).editing).toBe(false);
  });

  it('does not call a page planning just because the user is editing it', () => {
    const letter = page(`<body><div contenteditable="true">
      <p>Dear Recruiting Manager, I am writing to apply for the post of staff nurse on the medical unit.</p>
      <p>I have four years of experience on a respiratory ward and enjoy mentoring students.</p></div></body>`);
    const detection = detectPlanningPage(
      letter,
      'https://euc-word-edit.officeapps.live.com/we/wordeditorframe.aspx',
    );
    expect(detection.editing).toBe(true);
    expect(detection.planning).toBe(false);
  });
});

describe('platform and topic alone are not enough', () => {
  it('does not call a SharePoint page planning for being on SharePoint', () => {
    const news = page(`<body><h1>Thank you to our volunteers</h1>
      <p>Volunteers gave 52,000 hours last year. Join us for cake in the atrium on Friday.</p></body>`);
    const detection = detectPlanningPage(
      news,
      'https://nhs.sharepoint.com/sites/RX1_Intranet/SitePages/Volunteers.aspx',
    );
    expect(detection.planning).toBe(false);
    expect(detection.signals).toContainEqual(
      expect.objectContaining({ source: 'platform', term: 'platform: SharePoint page' }),
    );
  });

  it('does not call a published news report about a strategy planning', () => {
    const html = `<head><meta property="og:type" content="article"></head><body>
      <h1>Trust launches new five-year strategy</h1><p>Published: 2 April 2025</p>
      <p>The strategy sets out four strategic priorities and our vision. We will report progress every year.</p>
      <p>"It was shaped by patients," said the chief executive.</p></body>`;
    const { detection, breakdown } = classifyWithBreakdown(
      extractSignals(page(html), 'https://www.example.nhs.uk/news/new-strategy'),
    );
    expect(breakdown.topic).toBeGreaterThan(0);
    expect(breakdown.against).toBeLessThan(0);
    expect(detection.planning).toBe(false);
  });

  it('keeps other senses of the words negative', () => {
    const cases: Array<[string, string]> = [
      [
        'https://www.example-mobile.co.uk/plans',
        '<h1>SIM only data plans</h1><p>Unlimited data for £20 a month. Choose your plan.</p>',
      ],
      [
        'https://www.example-homes.co.uk/property/1',
        '<h1>Floor plan</h1><p>Guide price £365,000. Three bedrooms. Book a viewing.</p>',
      ],
      [
        'https://www.example.nhs.uk/visit',
        '<h1>Plan your visit</h1><p>Visiting times are 11am to 8pm. Parking charges apply.</p>',
      ],
      [
        'https://www.example-garage.co.uk/workshop',
        '<h1>Our workshop</h1><p>MOT £45. Book your car in. Opening hours Monday to Friday.</p>',
      ],
    ];
    for (const [url, body] of cases)
      expect(detectPlanningPage(page(`<body>${body}</body>`), url).planning, url).toBe(false);
  });
});

describe('a planning page', () => {
  const detection = detectPlanningPage(
    page(`<head><title>Falls steering group agenda</title></head><body>${agendaBody}</body>`),
    'https://nhs.sharepoint.com/sites/RX1_Falls/SitePages/Agenda.aspx',
  );

  it('is planning, with the right context and a score above one half', () => {
    expect(detection.planning).toBe(true);
    expect(detection.context).toBe('agenda');
    expect(detection.score).toBeGreaterThan(0.5);
    expect(detection.score).toBeLessThanOrEqual(1);
  });

  it('explains itself with short, human terms from several sources, strongest first', () => {
    const terms = detection.signals.map((signal) => signal.term);
    expect(terms).toContain('agenda table (items and times)');
    expect(terms).toContain('title: agenda');
    expect(terms).toContain('matters arising');
    expect(detection.signals.length).toBeLessThanOrEqual(12);
    for (const signal of detection.signals) expect(signal.term.length).toBeLessThanOrEqual(120);
    const strengths = detection.signals.map((signal) => Math.abs(signal.weight));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('gives negative evidence a negative weight', () => {
    const leaflet = detectPlanningPage(
      page(`<body><h1>Your care plan</h1><p>This leaflet explains your care plan. If you have any questions, talk to your nurse.</p>
      <p class="review">Page last reviewed: 1 March 2024</p></body>`),
      'https://www.example.nhs.uk/patient-information/leaflets/care-plan',
    );
    const negatives = leaflet.signals.filter((signal) => signal.weight < 0).map((signal) => signal.term);
    expect(negatives).toEqual(
      expect.arrayContaining(['this leaflet', 'page last reviewed', 'address: /leaflets/']),
    );
  });

  it('is deterministic', () => {
    const signals = signalsFor('https://docs.google.com/document/d/1/edit', {
      title: 'Board cover sheet - Google Docs',
      text: 'Action required: for decision\nRecommendation\nThe Board is asked to approve\nRisk: TBC',
    });
    expect(classify(signals)).toEqual(classify(signals));
    expect(classify(signals).context).toBe('board');
  });

  it('reads a board cover sheet, a co-production plan and a workshop plan as those contexts', () => {
    const url = 'https://docs.google.com/document/d/1/edit';
    const cases: Array<[string, string]> = [
      [
        'board',
        'Purpose: for assurance\nAction required: for decision\nLink to strategic objectives\nEquality impact\nThe committee is asked to note\nReport author: TBC',
      ],
      [
        'coproduction',
        'Co-production plan\nLived experience partners will be paid for their time\nCo-design sessions: dates TBC',
      ],
      [
        'workshop',
        'Workshop run sheet\nIcebreaker\nBreakout groups with a facilitator\nDot voting\nMaterials: flipcharts (TBC)',
      ],
    ];
    for (const [context, text] of cases)
      expect(classify(signalsFor(url, { text })).context, context).toBe(context);
  });
});

describe('records and responses are not plans', () => {
  const edit = 'https://docs.google.com/document/d/1/edit';

  it('reads agenda cues under a "minutes" title as a record, even in an editor', () => {
    const text =
      'Present: chair and four members\nApologies were received from two members\nMatters arising: it was agreed to close the action\nAOB: none';
    expect(classify(signalsFor(edit, { title: 'Minutes – team meeting – DRAFT', text })).planning).toBe(
      false,
    );
    // The same cues under an agenda title are planning.
    const agenda = 'Apologies\nMatters arising\nRota for January (TBC)\nAOB';
    expect(classify(signalsFor(edit, { title: 'Team meeting agenda – draft', text: agenda })).planning).toBe(
      true,
    );
  });

  it('does not read a job description being drafted as the planning it describes', () => {
    const text =
      'Job purpose: lead patient engagement and co-production\nMain duties: run workshops and focus groups; support lived experience partners\nPerson specification: experience of co-production\nBand: TBC';
    expect(
      classify(signalsFor(edit, { title: 'Engagement Lead job description – draft', text })).planning,
    ).toBe(false);
  });

  it('does not read a dated title as a planning period', () => {
    const dated = classify(signalsFor(edit, { title: '2026-11-20 Sprint retrospective', text: 'Notes' }));
    const period = classify(signalsFor(edit, { title: 'Delivery plan 2026-2029', text: 'Notes' }));
    expect(dated.signals.some((s) => s.term === 'title: planning period')).toBe(false);
    expect(period.signals.some((s) => s.term === 'title: planning period')).toBe(true);
  });

  it('treats a public consultation hub as taking part in the plan it consults on', () => {
    const text =
      'Have your say on our draft strategy\nWe want to hear your views\nEngagement events: dates TBC\nNext steps';
    const signals = (url: string) => signalsFor(url, { title: 'Draft strategy – consultation', text });
    for (const url of ['https://haveyoursay.example.gov.uk/strategy', 'https://example.citizenspace.com/s']) {
      const detection = classify(signals(url));
      expect(detection.planning, url).toBe(true);
      expect(detection.mode, url).toBe('taking-part');
    }
  });

  it('does not treat answering a form as taking part in a plan', () => {
    const text = 'How was your stay?\nVery good\nGood\nPoor\nPlease tell us why\nShare your views';
    expect(
      classify(
        signalsFor('https://forms.office.com/Pages/ResponsePage.aspx?id=abc', { title: 'Feedback', text }),
      ).planning,
    ).toBe(false);
  });
});
