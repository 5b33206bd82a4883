import { z } from 'zod';

/** Kebab-case keys, so a prompt's `ref` reads like the source: "bevan-2017-blog". */
const referenceKey = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One public source a prompt rests on. `publisher` is the publisher or, for an article, the journal; `link`
 * is text that lets a reader find it (an address or a catalogue line), never a live link the card follows.
 */
export const Reference = z
  .object({
    key: z.string().min(3).max(63).regex(referenceKey, 'use a kebab-case key, e.g. "han-2014"'),
    author: z.string().trim().min(2).max(200),
    title: z.string().trim().min(3).max(240),
    /** Null only for undated web pages, shown as "n.d." rather than a guessed year. */
    year: z.number().int().min(1900).max(2100).nullable(),
    publisher: z.string().trim().min(2).max(200),
    link: z.string().trim().min(5).max(200),
    /** Shorter forms for the card's one-line citation; the full ones stay in the table and the CLI. */
    shortAuthor: z.string().trim().min(2).max(80).optional(),
    shortTitle: z.string().trim().min(3).max(120).optional(),
    /** What a reader should know to avoid confusing it with a similar source. */
    note: z.string().trim().min(5).max(240).optional(),
  })
  .strict();
export type Reference = z.infer<typeof Reference>;

const entries: readonly Reference[] = [
  {
    key: 'bevan-2017-blog',
    author: 'Helen Bevan',
    title: 'Using social movement to transform the NHS',
    year: 2017,
    publisher: 'NHS England blog',
    link: 'cnegpappraisal.co.uk/nhs/news/view?id=1 (NHS England blog, reposted)',
    note: "A preview of her 2017 CNO Summit speech, 'The power of one, the power of many'; not the 2009 handbook of that title.",
  },
  {
    key: 'bibby-2009-power-of-one',
    author: 'Jo Bibby, Helen Bevan, Elizabeth Carter, Paul Bate and Glenn Robert',
    title:
      'The power of one, the power of many: bringing social movement thinking to health and healthcare improvement',
    year: 2009,
    publisher: 'NHS Institute for Innovation and Improvement',
    link: 'vdocuments.mx/the-power-of-one-the-power-of-many.html',
    shortAuthor: 'Bibby, Bevan, Carter, Bate and Robert',
    shortTitle: 'The power of one, the power of many',
  },
  {
    key: 'bate-2004-million-change-agents',
    author: 'Paul Bate, Helen Bevan and Glenn Robert',
    title:
      'Towards a million change agents: a review of the social movements literature: implications for large scale change in the NHS',
    year: 2004,
    publisher: 'NHS Modernisation Agency',
    link: 'docslib.org/doc/11047075',
    shortAuthor: 'Bate, Bevan and Robert',
    shortTitle: 'Towards a million change agents',
  },
  {
    key: 'han-2014',
    author: 'Hahrie Han',
    title: 'How Organizations Develop Activists: Civic Associations and Leadership in the 21st Century',
    year: 2014,
    publisher: 'Oxford University Press',
    link: 'ISBN 9780199336760',
    shortTitle: 'How Organizations Develop Activists',
  },
  {
    key: 'ganz-2011-public-narrative',
    author: 'Marshall Ganz',
    title: 'Public narrative, collective action, and power',
    year: 2011,
    publisher:
      'In S. Odugbemi and T. Lee (eds), Accountability through Public Opinion: From Inertia to Public Action, World Bank, pp. 273–289',
    link: 'nrs.harvard.edu/urn-3:HUL.InstRepos:29314925',
    shortAuthor: 'Ganz',
  },
  {
    key: 'nice-ng44-2016',
    author: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Community engagement: improving health and wellbeing and reducing health inequalities (NG44)',
    year: 2016,
    publisher: 'NICE',
    link: 'nice.org.uk/guidance/ng44/chapter/Recommendations',
    shortAuthor: 'NICE',
    shortTitle: 'Community engagement (NG44)',
  },
  {
    key: 'tlap-2016-ladder',
    author: 'Think Local Act Personal and the National Co-production Advisory Group',
    title: 'Ladder of co-production',
    year: 2016,
    publisher: 'Think Local Act Personal',
    link: 'thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/',
    note: 'First shown at the National Children and Adult Services Conference, 2016; draws on Arnstein (1969).',
    shortAuthor: 'Think Local Act Personal',
  },
  {
    key: 'arnstein-1969',
    author: 'Sherry R. Arnstein',
    title: 'A ladder of citizen participation',
    year: 1969,
    publisher: 'Journal of the American Institute of Planners 35(4): 216–224',
    link: 'doi.org/10.1080/01944366908977225',
  },
  {
    key: 'nhse-2022-working-in-partnership',
    author: 'NHS England',
    title: 'Working in partnership with people and communities: statutory guidance',
    year: 2022,
    publisher: 'NHS England',
    link: 'england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/',
  },
  {
    key: 'nhse-2021-ppv-payments',
    author: 'NHS England',
    title:
      'Working with our patient and public voice (PPV) partners: reimbursing expenses and paying involvement payments (version 3)',
    year: 2021,
    publisher: 'NHS England',
    link: 'england.nhs.uk (Public Participation team, publication reference PAR869)',
    note: 'Says involvement payments may count as earnings for HMRC or DWP, so people on benefits should get advice first.',
    shortTitle: 'Reimbursing expenses and paying involvement payments (PPV partners policy)',
  },
  {
    key: 'nhse-involving-families-carers',
    author: 'NHS England',
    title: 'Involving families and carers',
    year: null,
    publisher: 'NHS England (learning disability and autism: get involved)',
    link: 'england.nhs.uk/learning-disabilities/about/get-involved/involving-people/involving-families-and-carers/',
  },
  {
    key: 'kings-fund-hearing-from-people',
    author: "The King's Fund, with Healthwatch England",
    title: 'How does the health and care system hear from people and communities?',
    year: null,
    publisher: "The King's Fund",
    link: 'kingsfund.org.uk/insight-and-analysis/long-reads/health-care-system-people-and-communities',
    shortAuthor: "The King's Fund",
  },
  {
    key: 'lcav-2016',
    author: 'NHS England',
    title: 'Leading Change, Adding Value: a framework for nursing, midwifery and care staff',
    year: 2016,
    publisher: 'NHS England',
    link: 'england.nhs.uk/leadingchange/',
  },
  {
    key: 'right-prescription-2011',
    author: 'Dementia Action Alliance and NHS Institute for Innovation and Improvement',
    title:
      'The Right Prescription: a call to action on the use of antipsychotic drugs for people with dementia',
    year: 2011,
    publisher: 'Dementia Action Alliance',
    link: 'nationaldementiaaction.org.uk/campaigns/the-right-prescription/',
    shortAuthor: 'Dementia Action Alliance',
    shortTitle: 'The Right Prescription: a call to action',
  },
  {
    key: 'reflective-practitioner-2018',
    author: 'Academy of Medical Royal Colleges, COPMeD, General Medical Council and Medical Schools Council',
    title: 'The reflective practitioner: guidance for doctors and medical students',
    year: 2018,
    publisher: 'General Medical Council',
    link: 'gmc-uk.org (reflective practice: ten key points on being a reflective practitioner)',
    shortAuthor: 'AoMRC, COPMeD, GMC and MSC',
    shortTitle: 'The reflective practitioner',
  },
  {
    key: 'hlm-2013',
    author: 'NHS Leadership Academy',
    title: 'Healthcare Leadership Model: the nine dimensions of leadership behaviour',
    year: 2013,
    publisher: 'NHS Leadership Academy',
    link: 'leadershipacademy.nhs.uk/resources/healthcare-leadership-model/',
    shortTitle: 'Healthcare Leadership Model',
  },
  {
    key: 'cialdini-1984',
    author: 'Robert B. Cialdini',
    title: 'Influence: The Psychology of Persuasion',
    year: 1984,
    publisher: 'William Morrow',
    link: 'chapter on social proof',
  },
  {
    key: 'charlton-1998',
    author: 'James I. Charlton',
    title: 'Nothing About Us Without Us: Disability Oppression and Empowerment',
    year: 1998,
    publisher: 'University of California Press',
    link: 'ISBN 9780520224810',
    shortAuthor: 'Charlton',
    shortTitle: 'Nothing About Us Without Us',
  },
  {
    key: 'russell-2012-spectrum-of-allies',
    author: 'Joshua Kahn Russell (tool from George Lakey and Training for Change)',
    title: 'Shift the spectrum of allies',
    year: 2012,
    publisher: 'In A. Boyd and D. O. Mitchell (eds), Beautiful Trouble: A Toolbox for Revolution, OR Books',
    link: 'beautifultrouble.org/principle/shift-the-spectrum-of-allies/',
    shortAuthor: 'Russell, in Beautiful Trouble',
  },
  {
    key: 'kretzmann-mcknight-1993',
    author: 'John P. Kretzmann and John L. McKnight',
    title:
      "Building Communities from the Inside Out: A Path Toward Finding and Mobilizing a Community's Assets",
    year: 1993,
    publisher: 'Institute for Policy Research, Northwestern University (ACTA Publications)',
    link: 'ISBN 087946108X',
    shortAuthor: 'Kretzmann and McKnight',
    shortTitle: 'Building Communities from the Inside Out',
  },
  {
    key: 'equality-act-2010-s149',
    author: 'UK Parliament',
    title: 'Equality Act 2010, section 149: the public sector equality duty',
    year: 2010,
    publisher: 'legislation.gov.uk',
    link: 'legislation.gov.uk/ukpga/2010/15/section/149',
  },
  {
    key: 'health-and-care-act-2022',
    author: 'UK Parliament',
    title:
      "Health and Care Act 2022 (the 'triple aim' duty to have regard to the wider effects of decisions)",
    year: 2022,
    publisher: 'legislation.gov.uk',
    link: 'legislation.gov.uk/ukpga/2022/31',
    shortTitle: "Health and Care Act 2022, the 'triple aim' duty",
  },
  {
    key: 'rnao-leading-change-toolkit',
    author: "Registered Nurses' Association of Ontario and Healthcare Excellence Canada",
    title: "Leading Change Toolkit: Social Movement Action Framework, 'Momentum'",
    year: null,
    publisher: "Registered Nurses' Association of Ontario",
    link: 'rnao.ca/bpg/leading-change-toolkit/social-movement-framework/momentum',
    note: 'Summarises Bibby et al. (2009): momentum is built on purpose, with wins made visible, not left as an afterthought.',
    shortAuthor: 'RNAO and Healthcare Excellence Canada',
    shortTitle: "Leading Change Toolkit, 'Momentum'",
  },
  {
    key: 'wmty-day-2017',
    author: 'Healthcare Improvement Scotland (ihub)',
    title: "'What matters to you?' day 2017: summary",
    year: 2017,
    publisher: 'Healthcare Improvement Scotland',
    link: 'ihub.scot/news/what-matters-to-you-day-2017-summary-what-matters-to-you/',
  },
];

/** Parses the table at load, so a bad entry fails loudly at start-up and in every test. */
function validatedReferences(list: readonly Reference[]): ReadonlyMap<string, Reference> {
  const parsed = z.array(Reference).safeParse(list);
  if (!parsed.success) {
    throw new Error(`The references table is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const byKey = new Map<string, Reference>();
  for (const reference of parsed.data) {
    if (byKey.has(reference.key)) throw new Error(`The references table repeats the key '${reference.key}'.`);
    byKey.set(reference.key, Object.freeze(reference));
  }
  return byKey;
}

export const referencesByKey: ReadonlyMap<string, Reference> = validatedReferences(entries);

export const references: readonly Reference[] = Object.freeze([...referencesByKey.values()]);

/** "Author, Title (Year)": the short form shown on the card. */
export function citation(reference: Reference): string {
  return `${reference.shortAuthor ?? reference.author}, ${reference.shortTitle ?? reference.title} (${reference.year ?? 'n.d.'})`;
}
