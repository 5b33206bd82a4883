import { describe, expect, it } from 'vitest';
import { classifyWithBreakdown } from '../../../src/detect/classify';
import { invitationDetails } from '../../../src/detect/invitation';
import { emptyPageSignals, type PageSignals } from '../../../src/detect/page-signals';
import { parseAddress } from '../../../src/detect/platforms';

/*
 * The signals added for pages where people take part (a group's own page, an invitation with its
 * details) and against pages that only look like planning (advice for any reader, accounts in the past
 * tense, consultations marked closed). Each must show what it saw, so the tests read the signal terms.
 */
const view = 'https://staffnet.northgate.nhs.uk/teams/groups';

function signalsFor(parts: Partial<Omit<PageSignals, 'url'>>, url = view): PageSignals {
  return { ...emptyPageSignals(), ...parts, url: parseAddress(url) };
}
const terms = (signals: PageSignals) =>
  classifyWithBreakdown(signals).detection.signals.map((signal) => signal.term);

describe('invitationDetails', () => {
  it('finds when, where and how to take part', () => {
    expect(
      invitationDetails(
        'Join us on Tuesday 4 March from 6.30pm. The venue is the library. Email ppg@example.nhs.uk. Please respond by 12 March.',
      ),
    ).toEqual(['a time', 'a day', 'a place', 'a way to respond', 'a date to respond by']);
  });

  it('finds nothing in prose without practical details', () => {
    expect(invitationDetails('Our priorities are prevention, access and a skilled workforce.')).toEqual([]);
  });
});

describe("a standing group's own page", () => {
  const termsOfReference = signalsFor({
    title: 'Patient participation group: terms of reference',
    headings: ['Terms of reference', 'Membership', 'Meetings'],
    text: [
      'The group will be open to all registered patients of the practice.',
      'Members will act as a critical friend to the practice and represent the views of patients.',
      'The group meets at least four times a year. The quorum is five members.',
    ].join('\n'),
  });

  it('is planning, co-production and taking part, though it asks nothing of the reader today', () => {
    const { detection, breakdown } = classifyWithBreakdown(termsOfReference);
    expect(detection.planning).toBe(true);
    expect(detection.context).toBe('coproduction');
    expect(detection.mode).toBe('taking-part');
    expect(breakdown.sums.groupPage).toBe(1);
    expect(terms(termsOfReference)).toContain("open to influence: a group's own page");
  });
});

describe('an invitation with its details', () => {
  it('counts the details beside an ask, and explains them', () => {
    const news = signalsFor({
      title: 'Help shape the new carers strategy',
      text: 'We want to hear from carers. Come along on Tuesday 4 March, 10am to 12pm, at the community centre venue. Email carers@example.gov.uk to book.',
    });
    expect(terms(news).some((term) => term.startsWith('how to take part: a time, a day'))).toBe(true);
    expect(classifyWithBreakdown(news).detection.mode).toBe('taking-part');
  });

  it('ignores dates and places where nobody is asked to take part (minutes have them too)', () => {
    const minutes = signalsFor({
      title: 'Steering group',
      text: 'Tuesday 4 March, 10am, held at the town hall venue. The chair welcomed members.',
    });
    expect(terms(minutes).some((term) => term.startsWith('how to take part'))).toBe(false);
  });
});

describe('pages that only look like planning', () => {
  const advice = Array.from(
    { length: 12 },
    () =>
      'Commissioners should consider co-production early. It is often useful to involve people, and you can ensure the group needs are met.',
  ).join('\n');

  it('reads dense advice as guidance for any reader, and does not call it planning', () => {
    const guide = signalsFor({ title: 'Co-production in commissioning', text: advice });
    const found = classifyWithBreakdown(guide);
    expect(found.breakdown.guide).toBeLessThan(0);
    expect(terms(guide).some((term) => term.startsWith('written as advice'))).toBe(true);
    expect(found.detection.planning).toBe(false);
  });

  it('exempts a template: its guidance is for whoever fills it in', () => {
    const template = signalsFor({
      title: 'Project charter',
      text: `${advice}\n[Project name]\n[Sponsor]\n[Aim]`,
    });
    expect(terms(template).some((term) => term.startsWith('written as advice'))).toBe(false);
  });

  it('reads a page told in the past tense as a record', () => {
    const story = Array.from(
      { length: 10 },
      () => 'We held a co-design workshop. Patients were asked what mattered and staff said they agreed.',
    ).join('\n');
    const report = signalsFor({ title: 'Co-design workshop', text: story });
    expect(classifyWithBreakdown(report).breakdown.record).toBeLessThan(0);
    expect(terms(report).some((term) => term.startsWith('written in the past tense'))).toBe(true);
  });

  it('reads a consultation marked closed on a date as over', () => {
    const closed = signalsFor({
      title: 'Five-year plan consultation',
      headings: ['Closed 29 Apr 2018'],
      text: 'We want to hear your views on our draft five-year plan.',
    });
    expect(terms(closed)).toContain('marked closed on a date');
  });

  it('reads a page that says in words that taking part is over as not planning, draft or not', () => {
    const open = {
      title: 'Have your say on the draft climate plan',
      headings: ['Draft plan', 'Priorities', 'Actions'],
      text: 'We want to hear your views on the draft plan. Tell us what you think of the priorities and actions. Complete the survey by 5 May.',
    };
    expect(classifyWithBreakdown(signalsFor(open)).detection.planning).toBe(true);
    for (const notice of [
      'This consultation has now closed.',
      'You can’t take part in this project any more because it has been archived.',
      'We are no longer accepting responses.',
    ]) {
      const over = classifyWithBreakdown(signalsFor({ ...open, text: `${notice} ${open.text}` }));
      expect(over.detection.planning).toBe(false);
      expect(over.breakdown.failed).toContain('closed');
      expect(over.detection.signals.map((s) => s.term)).toContain('says taking part is over');
    }
  });

  it('does not read something else being closed as taking part being over', () => {
    const open = signalsFor({
      title: 'Have your say on the draft plan',
      text: 'The car park is closed on Saturdays. Tell us what you think of the draft plan by 5 May.',
    });
    expect(classifyWithBreakdown(open).breakdown.failed).not.toContain('closed');
  });

  it('does not read a closing date still to come as over', () => {
    const open = signalsFor({
      title: 'Survey',
      text: 'The survey closes on 14 April. Tell us what you think.',
    });
    expect(classifyWithBreakdown(open).breakdown.failed).not.toContain('closed');
  });
});

describe('a document still being revised, in its own words', () => {
  it('reads a redraft put up for further discussion and approval as worked on and under review', () => {
    const redraft = signalsFor({
      title: 'Purpose and values',
      text: 'Following discussion at council this redraft is on the website for further discussion and approval at the AGM.',
    });
    expect(terms(redraft)).toContain('redraft');
    // "For further discussion": put before people for review.
    expect(classifyWithBreakdown(redraft).breakdown.review).toBeGreaterThan(0);
  });
});

describe('an invitation in a newsletter’s own words', () => {
  it.each([
    'The carers group would like to invite unpaid carers along to their next meeting on Thursday 9 January.',
    'Young people are being urged to join the forum, which meets four times a year.',
    'Residents are encouraged to come to one of six neighbourhood events.',
    'The partnership encourages parents to be involved in decisions about maternity services.',
    'If you would be interested in becoming a lay representative, please contact the admin team.',
    'The network is looking for people with lived experience to contribute to revising its principles.',
  ])('counts "%s" as an ask to take part', (text) => {
    expect(terms(signalsFor({ title: 'News', text }))).toContain('invited to come or take part');
  });

  it('reads a patient and family advisory council that is recruiting as co-production', () => {
    const council = signalsFor({
      title: 'Become a patient advisor',
      headings: ['Become a patient advisor', 'How to apply'],
      text: 'Do you want to be a member of our patient and family advisory council? Members help us plan changes to care. You can apply to be an adviser if you or a family member received care here.',
    });
    const { detection } = classifyWithBreakdown(council);
    expect(detection.planning).toBe(true);
    expect(detection.context).toBe('coproduction');
  });

  it('reads a consultation seeking views, and town hall forums, as engagement', () => {
    const consultation = classifyWithBreakdown(
      signalsFor({
        title: 'Your choice of GP',
        text: 'This consultation is seeking views from the public on new proposals.',
      }),
    );
    expect(consultation.breakdown.join).toBeGreaterThan(0);
    const forums = classifyWithBreakdown(
      signalsFor({
        title: 'Community health plan',
        text: 'The council will be hosting town hall forums across the city.',
      }),
    );
    expect(forums.detection.signals.map((s) => s.term)).toContain('town hall forums');
  });

  it('reads a committee recommended to give feedback as a paper put before it for review', () => {
    const paper = classifyWithBreakdown(
      signalsFor({
        title: 'Item 5',
        text: 'The committee is recommended to provide feedback on the options.',
      }),
    );
    expect(paper.breakdown.review).toBeGreaterThan(0);
  });

  it('counts when a group meets as a way in', () => {
    const diary = signalsFor({
      title: 'Patient participation group diary dates',
      text: 'The PPG meets at 6.15pm on the first Tuesday of March, June, September and December.',
    });
    expect(classifyWithBreakdown(diary).breakdown.join).toBeGreaterThan(0);
  });

  it('does not count an invitation to something other than taking part', () => {
    expect(
      terms(signalsFor({ title: 'News', text: 'We were invited by the council. Staff are encouraged.' })),
    ).not.toContain('invited to come or take part');
  });
});

describe('agendas', () => {
  it('does not read the "Minutes" item under an agenda title as a record', () => {
    const agenda = signalsFor({
      title: 'Board meeting agenda',
      headings: [
        'Welcome and apologies',
        'Minutes',
        'Matters arising',
        'Quality report',
        'Any other business',
      ],
    });
    const { detection, breakdown } = classifyWithBreakdown(agenda);
    expect(breakdown.record).toBe(0);
    expect(detection.planning).toBe(true);
    expect(breakdown.sums.meeting).toBe(1);
  });

  it('reads a template for a meeting’s agenda and minutes as a form to fill in, not a record', () => {
    const template = classifyWithBreakdown(
      signalsFor({
        title: 'Working group agenda and minutes template',
        headings: ['Members present', 'Apologies', 'Minutes', 'Actions'],
      }),
    );
    expect(template.breakdown.record).toBe(0);
    const minutes = classifyWithBreakdown(
      signalsFor({ title: 'Working group minutes', headings: ['Members present', 'Apologies', 'Actions'] }),
    );
    expect(minutes.breakdown.record).toBeLessThan(0);
  });

  it('reads a public body’s order of business, closed session and all, as an agenda', () => {
    const order = signalsFor({
      title: 'Board meeting, 18 October',
      headings: ['Call to order', 'Adjourn to closed session', 'Reconvene in open session', 'Adjournment'],
    });
    const { detection, breakdown } = classifyWithBreakdown(order);
    expect(detection.context).toBe('agenda');
    expect(breakdown.record).toBe(0);
  });
});

describe('the editor', () => {
  it('weighs little: an edit address alone neither makes a page planning nor outweighs its text', () => {
    const edited = signalsFor({ title: 'Opening hours' }, 'https://docs.google.com/document/d/1abc/edit');
    const { detection } = classifyWithBreakdown(edited);
    expect(detection.editing).toBe(true);
    expect(detection.planning).toBe(false);
    const editor = detection.signals.find((signal) => signal.source === 'editor');
    expect(editor?.weight).toBeLessThanOrEqual(0.5);
  });
});

describe("a page titled as a patients' group", () => {
  const meetings = [
    'We meet on the first Thursday evening of each quarter in the surgery library.',
    'Patient representatives raise what matters to patients and the practice manager reports back.',
  ].join('\n');

  it("counts as the group's own page when the title names the group, though the text says little", () => {
    const page = signalsFor({ title: 'Riverside Surgery Patient Participation Group', text: meetings });
    expect(terms(page)).toContain("title: a patients' or people's group");
    expect(classifyWithBreakdown(page).breakdown.sums.group).toBeGreaterThanOrEqual(4);
  });

  it('does not count a title that records or reports on the group', () => {
    for (const title of [
      'Patient Participation Group minutes, March',
      'Youth forum annual report',
      'PPG FAQs',
    ]) {
      expect(terms(signalsFor({ title, text: meetings }))).not.toContain(
        "title: a patients' or people's group",
      );
    }
  });
});

describe('a page whose title says it tells any reader how to do the work', () => {
  const process = {
    headings: ['Before the meeting', 'Writing the paper'],
    text: [
      'Papers for the next board meeting must reach the secretary ten days before it.',
      'Draft the paper using the template and ask your director to approve it. The board will discuss it.',
    ].join('\n'),
  };

  it('is not planning, whatever meeting or draft it mentions', () => {
    for (const title of [
      'How to submit a paper to the board',
      'Guidance on board papers',
      'Board papers guidelines',
    ]) {
      const how = classifyWithBreakdown(signalsFor({ title, ...process }));
      expect(how.detection.planning).toBe(false);
      expect(how.breakdown.failed).toContain('guidance');
    }
  });

  it('leaves a template to fill in alone', () => {
    const template = signalsFor({
      title: 'How to use this board paper template',
      ...process,
      text: `${process.text}\n[Title of paper]\n[Author]\n[Date]\n[Recommendation]`,
    });
    expect(classifyWithBreakdown(template).breakdown.failed).not.toContain('guidance');
  });
});

describe('pages about planning work rather than the work itself', () => {
  it('reads a page offering a template to download as describing it, not filling it in', () => {
    const listing = signalsFor({
      title: 'Project initiation document template',
      headings: ['About this download'],
      text: 'The template includes a scope, milestones, risks and a communications plan. Get form to edit it online.',
    });
    const found = terms(listing);
    expect(found.some((term) => term.endsWith('this download'))).toBe(true);
    expect(found).toContain('the template includes');
    expect(found).toContain('get form');
    expect(classifyWithBreakdown(listing).breakdown.guide).toBeLessThanOrEqual(-4);
  });

  it("reads a weeknote or a group's monthly updates as a report, not the group's own page", () => {
    expect(terms(signalsFor({ title: 'Weeknote: planning the co-design sessions' }))).toContain(
      'title: weeknote',
    );
    const updates = signalsFor({ title: 'Carers forum monthly updates', text: 'The group meets monthly.' });
    expect(terms(updates)).not.toContain("title: a patients' or people's group");
  });
});

describe('more kinds of page, from the seventh sealed set', () => {
  it("reads a formal notice of a general meeting as that meeting's agenda", () => {
    const notice = signalsFor({
      title: 'Notice of annual general meeting',
      text: 'Notice is hereby given that the annual general meeting of the association will be held on 12 May at 7pm in the village hall. The business of the meeting will be to receive the accounts and elect the committee.',
    });
    expect(terms(notice)).toContain('notice is hereby given');
    expect(classifyWithBreakdown(notice).detection.context).toBe('agenda');
  });

  it("counts a tenants' panel or a learning disability partnership board as a people's group", () => {
    for (const title of ["The Tenants' Panel", 'Learning Disability Partnership Board']) {
      expect(terms(signalsFor({ title, text: 'We meet every month.' }))).toContain(
        "title: a patients' or people's group",
      );
    }
  });

  it('reads thanks to the people who responded as the asking being over', () => {
    const thanks = signalsFor({
      title: 'Our corporate plan',
      text: 'Thank you to everyone who responded to our survey. We will now draft the plan.',
    });
    expect(terms(thanks)).toContain('thank you to everyone who');
    expect(classifyWithBreakdown(thanks).breakdown.record).toBeLessThan(0);
  });
});
