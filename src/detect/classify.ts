import { withPristineBuiltins } from './builtins';
import type { Detection, PlanningContext, Signal } from './detection';
import { invitationDetails } from './invitation';
import {
  againstPathSegments,
  againstStructuredTypes,
  type LexiconKind,
  lexicon,
  type ModeCueKind,
  modeLexicon,
  titleOnlyLexicon,
} from './lexicon';
import { decideMode } from './mode';
import { type PageFacts, pageFacts } from './page-facts';
import type { PageSignals } from './page-signals';
import { compilePhrases, matchPhrases, type PhraseIndex, tokenise } from './phrases';
import { recognisePlatform } from './platforms';
import { planningContexts } from './vocabulary';
import { detectVoices } from './voices';
import { type EvidenceSum, type OpenRoute, weights } from './weights';

/*
 * Evidence in, decision out. These sums decide:
 *   topic   — planning shapes (agenda items, board cover-sheet headings, co-design…), capped;
 *   working — signs of a document being worked on (drafts, owners, TBC, placeholders);
 *   setting — where the page lives: a collaborative platform, an editor (weak: sites publish too);
 *   review  — signs the page is put before the reader for comment or approval;
 *   join    — signs the page invites people to join, respond or take part (and, beside such an ask,
 *             the practical details: when, where, how to respond);
 *   group   — signs the page is a standing group's own: its members, terms, how it meets;
 *   against — signs of a published, public-facing or other-sense page;
 *   record  — signs the page reports in the past tense what was done, said or decided;
 *   guide   — signs the page tells any reader how to do the work (guidance, a toolkit, a course).
 * A page is planning only with enough topic AND some sign that it is still open to influence (being
 * worked on, put out for comment, inviting people in, or a group's own page), so neither a platform, an
 * editor, nor a page full of strategy words is enough by itself. The sums are weighed by the fitted
 * weights in weights.ts.
 */

type Source = Signal['source'];
/** `setting` is where the page lives: a collaborative platform, an editor; the routes, how it is open to influence. */
type Kind = LexiconKind | ModeCueKind | 'setting' | OpenRoute;

const sourceMultiplier: Record<Source, number> = {
  title: 2,
  heading: 1.5,
  url: 1.5,
  structure: 1.5,
  text: 1,
  editor: 1,
  label: 0.6,
  platform: 1,
};

const contextCap = 12;
const shapeCap = 6;
const topicCap = 16;
const workingCap = 10;
const settingCap = 4;
const reviewCap = 6;
const joinCap = 8;
const groupCap = 8;
const againstFloor = -16;
const recordFloor = -8;
const guideFloor = -8;
const minTopic = 4;
/** A template full of placeholders is a plan to be written, so it needs less planning vocabulary. */
const minTemplateTopic = 2;
const templatePlaceholders = 3;
/** …and so does a page plainly being drafted (a draft, placeholders, owners and dates). */
const plainlyDrafting = 5;
/**
 * A page that plainly asks people to join or respond (an open meeting, how to join a panel) is about
 * shaping work together even when it names little planning vocabulary; its context is then engagement.
 */
const strongJoin = 5;
const minInvitationTopic = 1;
/**
 * A standing group's page (a patient group's terms, a co-production group's agreement) is where people
 * take part, so enough group cues show the page is open, unless it mostly reports or instructs.
 */
const groupPage = 4;
const groupPageAgainst = -6;
const meetingContexts: ReadonlySet<PlanningContext> = new Set(['agenda', 'workshop', 'board']);
const meetingTopic = 8;
const minWorking = 2;
/** Working evidence must come partly from the page or the editor: a platform alone is not enough. */
const minOwnWorking = 1.5;
/** Review and taking-part cues come from the page itself, so a little is enough to show it is open… */
const minOpen = 2;
/** …unless the page is plainly published (a PDF, a news item): asks in a distributed copy are history. */
const publishedAgainst = -3;
/**
 * …unless the page is dense with planning shapes, shows them in its title, headings or tables (an
 * essay about co-production has the words but not the shape), and shows no sign of being published.
 */
const strongTopic = 12;
const minShapedCues = 3;
const cleanAgainst = -1;
const shapedSources: ReadonlySet<Source> = new Set(['title', 'heading', 'structure', 'url']);
const maxSignals = 12;

const lexiconIndex = compilePhrases(lexicon, (entry) => entry.pattern);
const modeIndex = compilePhrases(modeLexicon, (entry) => entry.pattern);
const titleIndex = compilePhrases(titleOnlyLexicon, (entry) => entry.pattern);
const acronyms = new Set([
  'aob',
  'pdsa',
  'tbc',
  'tbd',
  'tba',
  'ppi',
  'ppg',
  'ebcd',
  'vcse',
  'raid',
  'sro',
  'pid',
  'baf',
  'eqia',
  'kpis',
  'rag',
  'mnvp',
]);

interface Cue {
  pattern: string;
  weight: number;
  kind: Kind;
}

interface Hit {
  entry: Cue;
  /** The words first matched, so "workstream*" reads as "workstreams" in the explanation. */
  words: string;
  source: Source;
  multiplier: number;
  count: number;
}

interface Evidence extends Signal {
  kind: Kind;
}

interface Tally {
  byKind: Record<Kind, number>;
  evidence: Evidence[];
  /** Distinct planning cues found in the title, headings, table headers or address. */
  shapedCues: number;
  /** Template blanks: [bracketed text], <angled words>, XX, runs of underscores or dots. */
  placeholders: number;
  /** The page says its consultation, survey or call is over: nobody can take part any more. */
  closed: boolean;
  /** The page's title says it tells any reader how to do the work ("How to…", "Guidance on…"). */
  howTo: boolean;
}

/** The sums behind a decision, for tests and for fitting the weights to the labelled pages. */
export interface ScoreBreakdown {
  topic: number;
  working: number;
  setting: number;
  /** Working evidence from the page itself (or a shared surface), not from the editor or platform. */
  ownWorking: number;
  review: number;
  join: number;
  against: number;
  group: number;
  record: number;
  guide: number;
  /** Every sum the points are weighed from, including the ways the page is open to influence (1 or 0). */
  sums: Record<EvidenceSum, number>;
  /** Weighted points: the sums times their fitted weights. */
  raw: number;
  /** Which of the conditions besides the points failed (empty when none did), for fitting and for tests. */
  failed: string[];
}

export interface Classification {
  detection: Detection;
  breakdown: ScoreBreakdown;
}

export function classify(signals: PageSignals): Detection {
  const { detection } = classifyWithBreakdown(signals);
  // Page facts are read beside the scoring, under the same guard against a page's replaced built-ins;
  // a page that freezes a replacement gets no facts, so no prompt can claim one.
  const facts = withPristineBuiltins<PageFacts | undefined>(
    () => pageFacts(signals),
    () => undefined,
  );
  return facts === undefined ? detection : { ...detection, facts };
}

export function classifyWithBreakdown(signals: PageSignals): Classification {
  return withPristineBuiltins(
    () => classifyUnguarded(signals),
    () => ({
      detection: {
        planning: false,
        context: null,
        mode: null,
        score: 0,
        editing: false,
        voices: { patients: false, carers: false, public: false, staff: false },
        signals: [],
      },
      breakdown: {
        topic: 0,
        working: 0,
        setting: 0,
        ownWorking: 0,
        review: 0,
        join: 0,
        against: 0,
        group: 0,
        record: 0,
        guide: 0,
        sums: emptySums(),
        raw: 0,
        failed: ['guard'],
      },
    }),
  );
}

const sumOf: Record<Kind, EvidenceSum> = {
  agenda: 'topic',
  strategy: 'topic',
  project: 'topic',
  coproduction: 'topic',
  engagement: 'topic',
  workshop: 'topic',
  board: 'topic',
  shape: 'topic',
  draft: 'working',
  setting: 'setting',
  record: 'record',
  guide: 'guide',
  review: 'review',
  join: 'join',
  group: 'group',
  against: 'against',
  worked: 'worked',
  invited: 'invited',
  planShaped: 'planShaped',
  groupPage: 'groupPage',
  meeting: 'meeting',
};

function classifyUnguarded(signals: PageSignals): Classification {
  const platform = recognisePlatform(signals.url);
  const titleTokens = tokenise(signals.title);
  const textTokens = tokenise(signals.text);
  const tally = newTally();
  const sections: Array<[Source, readonly string[]]> = [
    ['title', titleTokens],
    ['heading', tokenise(signals.headings.join('\n'))],
    ['structure', tokenise(signals.tableHeads.join('\n'))],
    ['label', tokenise(signals.labels.join('\n'))],
    ['url', tokenise(signals.url.path.replace(/\//g, '\n'))],
    ['text', textTokens],
  ];
  tallyHits(tally, lexiconIndex, sections);
  tallyHits(tally, modeIndex, sections);
  matchPhrases(titleIndex, titleTokens, (entry) =>
    add(tally, entry.kind, 'title', `title: ${entry.pattern}`, entry.weight),
  );

  addStructure(tally, signals, textTokens);
  addRecordsAndPosts(tally, signals.title, titleTokens);
  addInvitationAsk(tally, signals.text);
  addInvitationDetails(tally, signals.text);
  addWritingStyle(tally, [signals.headings.join('\n'), signals.text].join('\n'), textTokens);
  addPageKind(tally, signals);
  tally.howTo = howToTitle.test(signals.title) || howToTitle.test(signals.headings[0] ?? '');
  if (groupTitle.test(signals.title) && !aboutTheGroupTitle.test(signals.title))
    add(tally, 'group', 'title', "title: a patients' or people's group", 4);

  const editing = (platform?.editorUrl ?? false) || signals.editableChars >= 40;
  const ownDrafting = tally.byKind.draft;
  // Shared surfaces (a Padlet wall, a Miro board) are working documents by nature; sites also publish.
  // An editor shows only that the user can change the page (people correct finished pages too), so
  // being worked on needs drafting cues from the page itself.
  const ownWorking = ownDrafting + (platform?.surface ? 2 : 0);
  if (platform) {
    if (platform.consuming)
      add(tally, 'against', 'platform', `platform: ${platform.label} (reading or answering)`, -1.5);
    else if (platform.participation)
      add(tally, 'join', 'platform', `platform: ${platform.label} (taking part)`, 2);
    else if (platform.surface) add(tally, 'draft', 'platform', `working surface: ${platform.label}`, 2);
    else if (platform.collaborative) add(tally, 'setting', 'platform', `platform: ${platform.label}`, 1);
    if (platform.contextHint)
      add(tally, platform.contextHint, 'platform', `usually ${platform.contextHint}: ${platform.label}`, 1.5);
  }
  // An editor is weak evidence: people correct finished pages too, and read-only plans are common.
  if (editing) add(tally, 'setting', 'editor', `editing${platform ? ` in ${platform.label}` : ''}`, 1);
  return decide(tally, {
    consuming: platform?.consuming ?? false,
    editing,
    ownDrafting,
    ownWorking,
    voices: detectVoices(titleTokens.length > 0 ? [...titleTokens, '', ...textTokens] : textTokens),
  });
}

interface DecisionFacts {
  consuming: boolean;
  editing: boolean;
  ownDrafting: number;
  ownWorking: number;
  voices: Detection['voices'];
}

function decide(tally: Tally, facts: DecisionFacts): Classification {
  let contextTotal = 0;
  let context: PlanningContext | null = null;
  let best = 0;
  for (const name of planningContexts) {
    const value = Math.min(tally.byKind[name], contextCap);
    contextTotal += Math.max(value, 0);
    if (value > best) {
      best = value;
      context = name;
    }
  }
  const topic = Math.min(contextTotal + Math.min(tally.byKind.shape, shapeCap), topicCap);
  const group = Math.min(Math.max(tally.byKind.group, 0), groupCap);
  if (context === null && group >= strongJoin) context = 'coproduction';
  if (context === null && tally.byKind.join >= strongJoin) context = 'engagement';
  const sums = {
    topic,
    working: Math.min(tally.byKind.draft, workingCap),
    setting: Math.min(tally.byKind.setting, settingCap),
    review: Math.min(Math.max(tally.byKind.review, 0), reviewCap),
    join: Math.min(Math.max(tally.byKind.join, 0), joinCap),
    group,
    against: Math.max(tally.byKind.against, againstFloor),
    record: Math.max(Math.min(tally.byKind.record, 0), recordFloor),
    guide: Math.max(Math.min(tally.byKind.guide, 0), guideFloor),
    ...noRoutes,
  } satisfies Sums;
  const routes = openRoutes(sums, tally, context, facts.ownWorking);
  for (const route of routes) {
    sums[route] = 1;
    add(tally, route, 'text', `open to influence: ${routeLabels[route]}`, 1);
  }
  const { working, review, join } = sums;
  let raw = 0;
  for (const sum of Object.keys(sums) as EvidenceSum[]) raw += weights[sum] * sums[sum];
  // Answering a form or browsing a file list is using a page, not shaping the work it belongs to.
  const failed: string[] = [];
  if (facts.consuming) failed.push('consuming');
  if (topic < neededTopic(tally.placeholders, join + group, working)) failed.push('topic');
  if (context === null) failed.push('context');
  if (routes.length === 0) failed.push('open');
  // The rubric's rule: a page that says taking part is over is not open, whatever else it says.
  if (tally.closed) failed.push('closed');
  // A how-to page is about the work, not the work itself, unless it is a template or plainly asks people in.
  if (tally.howTo && tally.placeholders < templatePlaceholders && join < strongJoin) failed.push('guidance');
  const confident = failed.length === 0 && raw >= weights.threshold;
  const logistic = 1 / (1 + Math.exp(-(raw - weights.threshold) / weights.scale));
  const score = confident ? logistic : Math.min(logistic, 0.45);
  const mode =
    confident && context
      ? decideMode({
          editing: facts.editing,
          drafting: facts.ownDrafting,
          reviewing: review,
          takingPart: join + group,
          context,
        })
      : null;

  return {
    detection: {
      planning: confident,
      context: confident ? context : null,
      mode,
      score: round(score, 3),
      editing: facts.editing,
      voices: facts.voices,
      signals: strongest(tally.evidence, maxSignals),
    },
    breakdown: {
      topic: round(topic),
      working: round(working),
      setting: round(sums.setting),
      ownWorking: round(facts.ownWorking),
      review: round(review),
      join: round(join),
      against: round(sums.against),
      group: round(group),
      record: round(sums.record),
      guide: round(sums.guide),
      sums: Object.fromEntries(Object.entries(sums).map(([sum, value]) => [sum, round(value)])) as Record<
        EvidenceSum,
        number
      >,
      raw: round(raw),
      failed,
    },
  };
}

type Sums = Record<EvidenceSum, number>;
const noRoutes: Record<OpenRoute, number> = {
  worked: 0,
  invited: 0,
  planShaped: 0,
  groupPage: 0,
  meeting: 0,
};

function emptySums(): Sums {
  return {
    topic: 0,
    working: 0,
    setting: 0,
    review: 0,
    join: 0,
    group: 0,
    against: 0,
    record: 0,
    guide: 0,
    ...noRoutes,
  };
}

const routeLabels: Record<OpenRoute, string> = {
  worked: 'being worked on',
  invited: 'put out for comment or inviting people in',
  planShaped: 'shaped as a plan, not published',
  groupPage: "a group's own page",
  meeting: 'a meeting still to come',
};

/**
 * The ways a page shows it is still open to influence. A page with none is not planning; each found counts
 * by its own fitted weight, because some (an invitation, a group's own page) say more than others (a
 * single "draft" on a page).
 */
function openRoutes(
  sums: Sums,
  tally: Tally,
  context: PlanningContext | null,
  ownWorking: number,
): OpenRoute[] {
  const { topic, working, setting, review, join, group } = sums;
  const published = sums.against + sums.record + sums.guide;
  const routes: OpenRoute[] = [];
  if (working + setting >= minWorking && ownWorking >= minOwnWorking) routes.push('worked');
  // A page that plainly asks people in counts even when it is published (a news item asking people to join).
  if (review + join >= minOpen && (published > publishedAgainst || join >= strongJoin))
    routes.push('invited');
  if (topic >= strongTopic && tally.shapedCues >= minShapedCues && published >= cleanAgainst)
    routes.push('planShaped');
  if (group >= groupPage && published > groupPageAgainst) routes.push('groupPage');
  // An agenda or programme for a meeting still to come is open by nature: its items are what people
  // will shape. Minutes carry the same words, so a page that reads as a record does not count.
  if (
    context !== null &&
    meetingContexts.has(context) &&
    topic >= meetingTopic &&
    published > publishedAgainst
  )
    routes.push('meeting');
  return routes;
}

function neededTopic(placeholders: number, join: number, working: number): number {
  if (join >= strongJoin) return minInvitationTopic;
  return placeholders >= templatePlaceholders || working >= plainlyDrafting ? minTemplateTopic : minTopic;
}

function newTally(): Tally {
  const byKind = {} as Record<Kind, number>;
  for (const kind of Object.keys(sumOf) as Kind[]) byKind[kind] = 0;
  return { byKind, evidence: [], shapedCues: 0, placeholders: 0, closed: false, howTo: false };
}

/** Each phrase counts once, from its strongest source, a little more when the text repeats it. */
function tallyHits(
  tally: Tally,
  index: PhraseIndex<Cue>,
  sections: ReadonlyArray<readonly [Source, readonly string[]]>,
): void {
  const hits = new Map<Cue, Hit>();
  for (const [source, tokens] of sections) {
    matchPhrases(index, tokens, (entry, start, length) => {
      const multiplier = sourceMultiplier[source];
      const counts = source === 'text' || source === 'title';
      const hit = hits.get(entry);
      if (!hit) {
        // Show the lexicon's own spelling ("co-design") unless it is a wildcard ("workstream*").
        const words = entry.pattern.includes('*')
          ? tokens.slice(start, start + length).join(' ')
          : entry.pattern;
        hits.set(entry, { entry, words, source, multiplier, count: counts ? 1 : 0 });
      } else {
        if (counts) hit.count++;
        if (multiplier > hit.multiplier) {
          hit.multiplier = multiplier;
          hit.source = source;
        }
      }
    });
  }
  for (const hit of hits.values()) {
    const repeats = Math.min(Math.max(hit.count - 1, 0), 2);
    const weight = hit.entry.weight * hit.multiplier * (1 + 0.3 * repeats);
    if (weight === 0) continue;
    const kind = hit.entry.kind;
    tally.byKind[kind] += weight;
    if (weight > 0 && sumOf[kind] === 'topic' && shapedSources.has(hit.source)) tally.shapedCues++;
    tally.evidence.push({ source: hit.source, term: explainHit(hit), weight, kind });
  }
}

/** Minutes and job descriptions carry planning words about planning that is done or is someone's job. */
function addRecordsAndPosts(tally: Tally, title: string, titleTokens: readonly string[]): void {
  // Minutes carry every agenda cue (apologies, matters arising, AOB) because they record the meeting the
  // agenda planned: under a "minutes" title those cues are not evidence of planning.
  // A minutes template is a form still to be filled in, not a record of a meeting.
  const titledTemplate = titleTokens.includes('template') || titleTokens.includes('templates');
  const titledMinutes =
    titleTokens.includes('minutes') &&
    !titleTokens.includes('agenda') &&
    !titleTokens.includes('agendas') &&
    !titledTemplate;
  // Under an agenda's title, "Minutes" is the item that approves the last meeting's record.
  const titledAgenda = titleTokens.includes('agenda') && (!titleTokens.includes('minutes') || titledTemplate);
  const minutesItem = tally.evidence.find((item) => item.kind === 'record' && /\bminutes$/.test(item.term));
  if (titledAgenda && minutesItem)
    add(
      tally,
      'record',
      minutesItem.source,
      'title: agenda (its minutes are the last meeting’s)',
      -minutesItem.weight,
    );
  if (titledMinutes && tally.byKind.agenda > 0) {
    add(tally, 'agenda', 'title', 'title: minutes (a record, not an agenda)', -tally.byKind.agenda);
  }
  // A job description lists the planning a post-holder will do; drafting one is not doing it.
  if (/\b(?:job description|jd)\b/i.test(title)) {
    for (const name of planningContexts) tally.byKind[name] *= 0.5;
    add(tally, 'against', 'title', 'title: a job description', -1);
  }
}

const guidanceWords = new Set([
  'should',
  'must',
  'need',
  'needs',
  'can',
  'may',
  'might',
  'could',
  'ensure',
  'consider',
  'often',
  'usually',
  'important',
  'example',
  'helps',
  'tips',
  'ideally',
  'encourage',
  'useful',
]);
const pastWords = new Set([
  'was',
  'were',
  'had',
  'did',
  'held',
  'took',
  'attended',
  'agreed',
  'discussed',
  'said',
  'told',
  'asked',
  'gave',
  'met',
  'wrote',
  'worked',
  'developed',
  'created',
  'designed',
  'launched',
  'selected',
  'received',
]);
/** Titles naming a standing group where patients, carers or the public take part. */
const groupTitle =
  /\b(?:patient participation group|ppg|patient (?:and public )?(?:panel|forum|council|reference group|voice group|advisory group)|(?:service user|lived experience|experts? by experience|carers?|youth|young people'?s?|user|public|tenants?'?|residents?'?) (?:panel|forum|council|reference group|advisory group|involvement group|network)|(?:patient|public) involvement (?:group|forum|panel)|(?:learning disability|autism|carers'?) partnership board)s?\b/i;

/** …unless the title says the page records, reports on or answers questions about the group. */
const aboutTheGroupTitle =
  /\b(?:minutes|notes|reports?|review|news|newsletters?|updates?|blogs?|weeknotes?|anniversary|faqs?|frequently asked|questions)\b/i;

/** Titles of pages that tell any reader how to do something: guidance, tips, toolkits, procedures. */
const howToTitle =
  /^\s*(?:how (?:to|do (?:i|we|you))|(?:a |the )?guide (?:to|on|for)|guid(?:ance|elines?) (?:on|for|to)|(?:\d+ |our )?(?:top )?tips\b)|\b(?:guidance|guidelines|toolkit|standard operating procedure|procedure)\s*(?:$|[-–|:])/i;

/** Per 100 words: above this much advice or past tense, the page reads as guidance or as a record. */
const styleDensity = 3;
const pastDensity = 2.5;
const minStyleWords = 80;
/** "Closed 29 Apr 2018", "Closed: 12/03/2024": a consultation or survey marked as over. */
const closedOn = /(?:^|\n)\s*closed:?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?[\s/.-]+(?:[a-z]{3,9}|\d{1,2})\b/i;
/**
 * The page says in words that taking part is over: "the survey has now closed", "archived", "no longer
 * accepting". Only what people take part in counts: "the car park is closed" says nothing of the kind.
 */
const closedNotice =
  /\b(?:consultation|survey|engagement|poll|questionnaire|call|applications?|recruitment|nominations|registration|opportunity|project|feedback|comments|submissions|responses|exercise|period)\s+(?:\w+\s+){0,2}?(?:is|are|has|have) (?:now )?(?:closed|concluded|been closed)\b|\bhas been archived\b|\bcan(?:no|'|’)?t (?:participate|take part|respond|comment)\b[^.!?\n]{0,40}\b(?:any ?more|any longer)\b|\bno longer (?:accepting|open|taking|possible to)\b|\b(?:consultation|survey|engagement|poll|questionnaire) (?:period )?(?:closed|ended) on\b/i;

/**
 * How the page is written, beyond single phrases: dense advice ("should", "can", "consider") reads as
 * guidance for any reader, dense past tense as an account of work that is over. A template's own
 * guidance to whoever fills it in is not guidance about someone else's work, so placeholders exempt it.
 */
function addWritingStyle(tally: Tally, text: string, textTokens: readonly string[]): void {
  const closedBy = closedOn.test(text)
    ? 'marked closed on a date'
    : closedNotice.test(text)
      ? 'says taking part is over'
      : null;
  tally.closed = closedBy !== null;
  if (closedBy) add(tally, 'record', 'text', closedBy, -3);
  const words = textTokens.filter((token) => token !== '');
  if (words.length < minStyleWords) return;
  const per100 = (set: ReadonlySet<string>) =>
    (100 * words.filter((word) => set.has(word)).length) / words.length;
  const advice = per100(guidanceWords);
  if (advice >= styleDensity && tally.placeholders < templatePlaceholders)
    add(
      tally,
      'guide',
      'text',
      `written as advice (${advice.toFixed(1)} in 100 words: should, can, consider…)`,
      -Math.min(advice - styleDensity + 1, 3),
    );
  const past = per100(pastWords);
  if (past >= pastDensity)
    add(
      tally,
      'record',
      'text',
      `written in the past tense (${past.toFixed(1)} in 100 words: was, were, held…)`,
      -Math.min(past - pastDensity + 1, 3),
    );
}

/**
 * An ask, however it is worded: someone invited, urged or encouraged to come, join or take part. The
 * lexicon's fixed phrases miss the many ways a newsletter puts it ("would like to invite carers along
 * to their next meeting", "are being urged to join"), so the verb and what it asks for are matched apart.
 */
const invitationAsk =
  /\b(?:invit(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|(?:is|are) looking for)\b[^.!?\n]{0,60}?\b(?:to (?:join|attend|come|take part|get involved|be involved|become|contribute|share|give|tell|have|respond|apply|help)|along)\b|\bif you (?:would|’d|'d) (?:like|be interested|love) (?:to |in )?(?:be involved|being involved|join|take part|attend|becom|get involved|contribut|help)/i;

function addInvitationAsk(tally: Tally, text: string): void {
  if (invitationAsk.test(text)) add(tally, 'join', 'text', 'invited to come or take part', 2);
}

/** Beside an ask to join or respond, when, where and how to do it make the invitation concrete. */
function addInvitationDetails(tally: Tally, text: string): void {
  if (tally.byKind.join <= 0) return;
  const found = invitationDetails(text);
  if (found.length > 0)
    add(tally, 'join', 'text', `how to take part: ${found.join(', ')}`, Math.min(found.length, 3));
}

/** Table shapes, placeholders, @mentions and who the page speaks to. */
function addStructure(tally: Tally, signals: PageSignals, textTokens: readonly string[]): void {
  const heads = new Set<string>();
  for (const head of signals.tableHeads)
    heads.add(
      head
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim(),
    );
  const hasAny = (...names: string[]) => names.some((name) => heads.has(name));
  if (hasAny('time', 'timing') && hasAny('item', 'agenda item', 'subject', 'topic', 'session'))
    add(tally, 'agenda', 'structure', 'agenda table (items and times)', 3);
  else if (hasAny('item', 'agenda item') && hasAny('lead', 'presenter', 'purpose', 'owner', 'who'))
    add(tally, 'agenda', 'structure', 'agenda table (items and leads)', 3);
  else if (hasAny('time') && hasAny('activity', 'method', 'session'))
    add(tally, 'workshop', 'structure', 'session plan table', 2);
  if (
    hasAny('owner', 'lead', 'responsible', 'who', 'theme lead', 'assigned to') &&
    hasAny('due', 'by when', 'when', 'deadline', 'status', 'rag', 'progress', 'target date', 'date')
  ) {
    add(tally, 'draft', 'structure', 'table with owners and dates', 3);
    // Who does what by when is itself a plan's shape, whatever the plan is for (a tracker, an action plan).
    add(tally, 'shape', 'structure', 'action table', 1.5);
  } else if (hasAny('status', 'rag', 'progress')) add(tally, 'draft', 'structure', 'status column', 1);

  const placeholders = countMatches(
    `${signals.text}\n${signals.labels.join('\n')}`,
    /\[[^\]\n]{1,80}\]|<[a-z][a-z ]{1,20}>|\b(?:XX|X\.X|xx)(?:%|m|\/XX)?(?=[\s.,;)]|$)|_{4,}|\.{6,}/g,
  );
  // Empty labelled fields ("Chair:", "Date:" with nothing after them) are a form still to be filled in.
  const blankFields = countMatches(signals.text, /(?:^|\n)[A-Z][A-Za-z /&]{1,30}:[ \t]*(?=\n|$)/g);
  tally.placeholders = placeholders + (blankFields >= 3 ? blankFields : 0);
  if (blankFields >= 3) add(tally, 'draft', 'structure', 'blank fields to fill in', Math.min(blankFields, 4));
  if (placeholders > 0)
    add(
      tally,
      'draft',
      'structure',
      placeholders > 1 ? 'placeholder text' : 'a placeholder',
      Math.min(1 + placeholders, 4),
    );
  if (countMatches(signals.text, /(?:^|[\s(])@[A-Z][A-Za-z]+/g) > 0)
    add(tally, 'draft', 'structure', '@mentions', 1.5);

  // Shops and price lists quote prices; plans mention money once or twice.
  if (countMatches(signals.text, /£\s?\d/g) >= 4) add(tally, 'against', 'text', 'price list', -2);
  // Published sites list documents to download; working pages are the document.
  if (countMatches(signals.text, /\b(?:pdf|docx?|xlsx?|pptx?)\b/gi) >= 3)
    add(tally, 'against', 'text', 'list of documents', -2);
  // News reports: a publication date in the byline, quoted speech.
  if (publicationDate.test(signals.text)) add(tally, 'against', 'text', 'publication date', -2);
  if (/[”"]\s*,?\s*(?:said|says)\b|\b(?:said|says)\s*:?\s*[“"]/.test(signals.text))
    add(tally, 'against', 'text', 'quoted speech (news style)', -1.5);
  // Annual and multi-year plans carry their period in the title ("2025/26", "2025–2030").
  // …but not a date: "2026-11-20 Sprint retrospective" is a record of a day, not a period.
  if (/\b20\d\d\s?[/–-]\s?(?:20)?\d\d\b(?!\s?[/–-]\s?\d)/.test(signals.title))
    add(tally, 'strategy', 'title', 'title: planning period', 2);

  // Public-facing pages talk to "you"; working documents talk about "we" and "our". An invitation to take
  // part talks to "you" too, and so does a template's guidance, so this counts against only a page that
  // invites no one and has nothing to fill in.
  let you = 0;
  let we = 0;
  for (const token of textTokens) {
    if (token === 'you' || token === 'your') you++;
    else if (token === 'we' || token === 'our' || token === 'us') we++;
  }
  if (you >= 6 && you >= 2 * we && tally.byKind.join <= 0 && tally.placeholders === 0)
    add(tally, 'against', 'text', 'written to the reader ("you", "your")', -2);
}

/** What the page says about itself: article metadata, schema.org type, the section it lives in. */
function addPageKind(tally: Tally, signals: PageSignals): void {
  for (const type of signals.meta.ldTypes) {
    if (againstStructuredTypes.includes(type.toLowerCase())) {
      add(tally, 'against', 'structure', `page type: ${type}`, -3);
      break;
    }
  }
  if (signals.meta.ogType === 'article') add(tally, 'against', 'structure', 'published article', -2.5);
  // A PDF in the viewer is a finished, distributed document, not the draft it was made from.
  if (/\.pdf$/.test(signals.url.path)) add(tally, 'against', 'url', 'address: a PDF document', -2);
  let pathPenalty = 0;
  for (const segment of signals.url.path.split('/')) {
    if (pathPenalty > -3 && againstPathSegments.includes(segment)) {
      add(tally, 'against', 'url', `address: /${segment}/`, -1.5);
      pathPenalty -= 1.5;
    }
  }
}

/** "Published 12 March", "Posted on March 12", "Published: 12/03/2025", "published 2025-03-12". */
const publicationDate =
  /\b(?:[Pp]ublished|[Pp]osted)(?: on)?:?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)/;

function add(tally: Tally, kind: Kind, source: Source, term: string, weight: number): void {
  tally.byKind[kind] += weight;
  if (weight > 0 && source === 'structure' && sumOf[kind] === 'topic') tally.shapedCues++;
  tally.evidence.push({ source, term: term.slice(0, 120), weight, kind });
}

function explainHit(hit: Hit): string {
  const phrase = acronyms.has(hit.words) ? hit.words.toUpperCase() : hit.words;
  switch (hit.source) {
    case 'title':
      return `title: ${phrase}`;
    case 'heading':
      return `heading: ${phrase}`;
    case 'url':
      return `address: ${phrase}`;
    case 'label':
      return `form field: ${phrase}`;
    case 'structure':
      return `column: ${phrase}`;
    default:
      return phrase;
  }
}

/** The strongest evidence as the user sees it: each weight times the fitted weight of its sum. */
function strongest(evidence: readonly Evidence[], limit: number): Signal[] {
  return evidence
    .map(({ source, term, weight, kind }) => ({ source, term, weight: round(weight * weights[sumOf[kind]]) }))
    .filter((signal) => signal.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit);
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (let match = pattern.exec(text); match !== null && count < 20; match = pattern.exec(text)) count++;
  pattern.lastIndex = 0;
  return count;
}

function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
