import { withPristineBuiltins } from './builtins';
import type { Detection, PlanningContext, Signal } from './detection';
import {
  againstPathSegments,
  againstStructuredTypes,
  type LexiconEntry,
  type LexiconKind,
  lexicon,
  titleOnlyLexicon,
} from './lexicon';
import { type PageFacts, pageFacts } from './page-facts';
import type { PageSignals } from './page-signals';
import { compilePhrases, matchPhrases, tokenise } from './phrases';
import { recognisePlatform } from './platforms';
import { planningContexts } from './vocabulary';
import { detectVoices } from './voices';

/*
 * Evidence in, decision out. Three sums decide:
 *   topic   — planning shapes (agenda items, board cover-sheet headings, co-design…), capped;
 *   working — signs of a document being worked on (drafts, owners, TBC, an editor, a workspace);
 *   against — signs of a published, public-facing or other-sense page.
 * A page is planning only with enough topic AND some working evidence, so neither a platform, an
 * editor, nor a page full of strategy words is enough by itself.
 */

type Source = Signal['source'];

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
const againstFloor = -16;
/** Raw evidence at which a page counts as planning (score 0.5). */
const threshold = 7;
const minTopic = 4;
const minWorking = 2;
/** Working evidence must come partly from the page or the editor: a platform alone is not enough. */
const minOwnWorking = 1.5;
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

interface Hit {
  entry: LexiconEntry;
  /** The words first matched, so "workstream*" reads as "workstreams" in the explanation. */
  words: string;
  source: Source;
  multiplier: number;
  count: number;
}

interface Tally {
  byKind: Record<LexiconKind, number>;
  evidence: Signal[];
  /** Distinct planning cues found in the title, headings, table headers or address. */
  shapedCues: number;
}

/** The sums behind a decision, for tests and for tuning against the corpus. */
export interface ScoreBreakdown {
  topic: number;
  working: number;
  /** Working evidence from the page or editor itself, not from the platform it is on. */
  ownWorking: number;
  against: number;
  raw: number;
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
        score: 0,
        editing: false,
        voices: { patients: false, carers: false, public: false, staff: false },
        signals: [],
      },
      breakdown: { topic: 0, working: 0, ownWorking: 0, against: 0, raw: 0 },
    }),
  );
}

function classifyUnguarded(signals: PageSignals): Classification {
  const platform = recognisePlatform(signals.url);
  const titleTokens = tokenise(signals.title);
  const textTokens = tokenise(signals.text);
  const hits = new Map<LexiconEntry, Hit>();
  const record =
    (source: Source, tokens: readonly string[]) => (entry: LexiconEntry, start: number, length: number) => {
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
    };
  const scan = (source: Source, tokens: readonly string[]) =>
    matchPhrases(lexiconIndex, tokens, record(source, tokens));
  scan('title', titleTokens);
  scan('heading', tokenise(signals.headings.join('\n')));
  scan('structure', tokenise(signals.tableHeads.join('\n')));
  scan('label', tokenise(signals.labels.join('\n')));
  scan('url', tokenise(signals.url.path.replace(/\//g, '\n')));
  scan('text', textTokens);

  const tally: Tally = {
    byKind: {
      agenda: 0,
      strategy: 0,
      project: 0,
      coproduction: 0,
      engagement: 0,
      workshop: 0,
      board: 0,
      shape: 0,
      draft: 0,
      against: 0,
    },
    evidence: [],
    shapedCues: 0,
  };
  for (const hit of hits.values()) {
    const repeats = Math.min(Math.max(hit.count - 1, 0), 2);
    const weight = hit.entry.weight * hit.multiplier * (1 + 0.3 * repeats);
    if (weight === 0) continue;
    tally.byKind[hit.entry.kind] += weight;
    if (weight > 0 && hit.entry.kind !== 'draft' && shapedSources.has(hit.source)) tally.shapedCues++;
    tally.evidence.push({ source: hit.source, term: explainHit(hit), weight: round(weight) });
  }
  matchPhrases(titleIndex, titleTokens, (entry) =>
    add(tally, entry.kind, 'title', `title: ${entry.pattern}`, entry.weight),
  );

  addStructure(tally, signals, textTokens);
  // Minutes carry every agenda cue (apologies, matters arising, AOB) because they record the meeting the
  // agenda planned: under a "minutes" title those cues are not evidence of planning.
  if (titleTokens.includes('minutes') && !titleTokens.includes('agenda') && tally.byKind.agenda > 0) {
    add(tally, 'agenda', 'title', 'title: minutes (a record, not an agenda)', -tally.byKind.agenda);
  }
  // A job description lists the planning a post-holder will do; drafting one is not doing it.
  if (/\b(?:job description|jd)\b/i.test(signals.title)) {
    for (const name of planningContexts) tally.byKind[name] *= 0.5;
    add(tally, 'against', 'title', 'title: a job description', -1);
  }
  addPageKind(tally, signals);

  const editing = (platform?.editorUrl ?? false) || signals.editableChars >= 40;
  // Shared surfaces (a Padlet wall, a Miro board) are working documents by nature; sites also publish.
  const ownWorking = tally.byKind.draft + (editing ? 1.5 : 0) + (platform?.surface ? 2 : 0);
  if (platform) {
    if (platform.consuming)
      add(tally, 'against', 'platform', `platform: ${platform.label} (reading or answering)`, -1.5);
    else if (platform.collaborative)
      add(tally, 'draft', 'platform', `platform: ${platform.label}`, platform.surface ? 2 : 1);
    if (platform.contextHint)
      add(tally, platform.contextHint, 'platform', `usually ${platform.contextHint}: ${platform.label}`, 1.5);
  }
  if (editing) add(tally, 'draft', 'editor', `editing${platform ? ` in ${platform.label}` : ''}`, 1.5);

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
  const working = Math.min(tally.byKind.draft, workingCap);
  const against = Math.max(tally.byKind.against, againstFloor);
  const raw = topic + working + against;
  const beingWorkedOn = working >= minWorking && ownWorking >= minOwnWorking;
  const planShapedAndUnpublished =
    topic >= strongTopic && tally.shapedCues >= minShapedCues && against >= cleanAgainst;
  // Answering a form or responding to a public consultation is taking part, not drafting the plan.
  const confident =
    !platform?.consuming &&
    raw >= threshold &&
    topic >= minTopic &&
    (beingWorkedOn || planShapedAndUnpublished);
  const logistic = 1 / (1 + Math.exp(-(raw - threshold) / 3));
  const score = confident ? logistic : Math.min(logistic, 0.45);

  return {
    detection: {
      planning: confident,
      context: confident ? context : null,
      score: round(score, 3),
      editing,
      voices: detectVoices(titleTokens.length > 0 ? [...titleTokens, '', ...textTokens] : textTokens),
      signals: strongest(tally.evidence, maxSignals),
    },
    breakdown: {
      topic: round(topic),
      working: round(working),
      ownWorking: round(ownWorking),
      against: round(against),
      raw: round(raw),
    },
  };
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
    /\[[^\]\n]{1,80}\]|<[a-z][a-z ]{1,20}>|\b(?:XX|X\.X|xx)(?:%|m|\/XX)?(?=[\s.,;)]|$)/g,
  );
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

  // Public-facing pages talk to "you"; working documents talk about "we" and "our".
  let you = 0;
  let we = 0;
  for (const token of textTokens) {
    if (token === 'you' || token === 'your') you++;
    else if (token === 'we' || token === 'our' || token === 'us') we++;
  }
  if (you >= 6 && you >= 2 * we) add(tally, 'against', 'text', 'written to the reader ("you", "your")', -2);
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

function add(tally: Tally, kind: LexiconKind, source: Source, term: string, weight: number): void {
  tally.byKind[kind] += weight;
  if (weight > 0 && source === 'structure' && kind !== 'draft') tally.shapedCues++;
  tally.evidence.push({ source, term: term.slice(0, 120), weight: round(weight) });
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

function strongest(evidence: Signal[], limit: number): Signal[] {
  return [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, limit);
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
