import fc from 'fast-check';
import { z } from 'zod';
import { planningContexts, voiceKinds } from '../../../src/detect/detection';
import type { BackupData, BackupPack } from '../../../src/export/backup';
import { type PromptEvent, promptEventKinds } from '../../../src/prompts/events';
import type { Prompt, PromptPack } from '../../../src/prompts/schema';
import {
  type PiiFlag,
  REFLECTION_SCHEMA_VERSION,
  type Reflection,
  reflectionTextFields,
} from '../../../src/reflections/model';
import { registrationBodies } from '../../../src/reflections/revalidation';
import type { Settings } from '../../../src/settings/schema';
import {
  exportFormats,
  gmcDomains,
  movementRoles,
  nmcActivities,
  nmcThemes,
  piiKinds,
  professions,
  promptCategories,
  supportingInfoTypes,
} from '../../../src/vocabulary';

// fast-check arbitraries for the shared contracts: every value they make is valid as the schemas stand and
// unchanged by parsing (already trimmed, no keys set to undefined), so round trips can use deep equality.

/** Pieces that have broken exporters before: formula starts, line breaks, quotes, Markdown, XML, surrogates. */
const trickyPieces = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  "'",
  ',',
  ';',
  '#',
  '## ',
  '> ',
  '1. ',
  '* ',
  '- ',
  '```',
  '    ',
  '---',
  '===',
  '| a |',
  '[x]: y',
  '<script>',
  '&amp;',
  '\\',
  '\\#',
  '_',
  'é',
  'ß',
  '🙂',
  '\u00A0',
  '\u2028',
  '\u0000',
  '\u0007',
  '\uD800',
  '\uFEFF',
  '__proto__',
  'NHS',
  ' ',
  'word',
];

/** Text of at most `max` UTF-16 units (what zod's .max counts), leaning towards the awkward. */
export function textArb(max: number, minLength = 0): fc.Arbitrary<string> {
  const cap = Math.min(max, 120);
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength, maxLength: cap }),
      fc.string({ unit: 'binary', minLength, maxLength: cap }),
      fc.array(fc.constantFrom(...trickyPieces), { minLength, maxLength: 12 }).map((parts) => parts.join('')),
    )
    .filter((s) => codePoints(s) >= minLength && s.length <= max);
}

/** Text that survives .trim(): what a schema with .trim().min(min).max(max) gives back unchanged. */
export function trimmedTextArb(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 80) })
    .map((s) => s.trim())
    .filter((s) => codePoints(s) >= min && s.length <= max);
}

/** zod counts a string's minimum length in code points, so an emoji counts once, not twice. */
function codePoints(s: string): number {
  return [...s].length;
}

const dayMs = 86_400_000;
const minTime = Date.UTC(1990, 0, 1);
const maxTime = Date.UTC(2099, 11, 31);

/** A real calendar date, YYYY-MM-DD. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .integer({ min: minTime / dayMs, max: maxTime / dayMs })
  .map((day) => new Date(day * dayMs).toISOString().slice(0, 10));

/** An ISO date-time with Z or a numeric offset, as zod's datetime({ offset: true }) accepts. */
export const isoDateTimeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: minTime, max: maxTime }),
    fc.constantFrom('Z', '+00:00', '+01:00', '-05:30'),
    fc.boolean(),
  )
  .map(([time, offset, millis]) => {
    const iso = new Date(time).toISOString();
    return `${millis ? iso.slice(0, -1) : iso.slice(0, 19)}${offset}`;
  });

export const uuidArb: fc.Arbitrary<string> = fc.uuid();

const webUrlSchema = z.string().url().max(2048);
export const webUrlArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      'https://nhs.sharepoint.com/sites/RX1_Oncology/SitePages/Plan.aspx',
      'https://future.nhs.uk/CMN/view?objectId=12345',
      'https://docs.google.com/document/d/abc/edit',
    ),
    fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
  )
  .filter((u) => webUrlSchema.safeParse(u).success);

export const piiFlagArb: fc.Arbitrary<PiiFlag> = fc.record(
  {
    kind: fc.constantFrom(...piiKinds),
    field: fc.constantFrom(...reflectionTextFields),
    start: fc.nat({ max: 20_000 }),
    end: fc.nat({ max: 20_000 }),
  },
  { noNullPrototype: true },
);

/** Any valid reflection, optional fields sometimes present and sometimes absent. */
export const reflectionArb: fc.Arbitrary<Reflection> = fc.record(
  {
    schemaVersion: fc.constant(REFLECTION_SCHEMA_VERSION),
    id: uuidArb,
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
    occurredOn: isoDateArb,
    title: textArb(200),
    what: textArb(20_000),
    soWhat: textArb(20_000),
    nowWhat: textArb(20_000),
    changed: textArb(20_000),
    codeRelation: textArb(20_000),
    feelings: textArb(20_000),
    roleScope: textArb(500),
    pdpGoal: textArb(200),
    promptId: textArb(63),
    context: fc.constantFrom(...planningContexts),
    page: fc.record(
      { title: textArb(500), url: webUrlArb },
      { requiredKeys: ['title'], noNullPrototype: true },
    ),
    tags: fc.array(trimmedTextArb(1, 50), { maxLength: 5 }),
    nmc: fc.record(
      { activities: fc.subarray([...nmcActivities]), themes: fc.subarray([...nmcThemes]) },
      { requiredKeys: ['themes'], noNullPrototype: true },
    ),
    gmc: fc.record(
      { domains: fc.subarray([...gmcDomains]), supportingInfo: fc.constantFrom(...supportingInfoTypes) },
      { requiredKeys: ['domains'], noNullPrototype: true },
    ),
    otherFramework: textArb(200),
    movementRole: fc.constantFrom(...movementRoles),
    discussed: fc.record(
      { withColleague: fc.boolean(), role: textArb(100) },
      { requiredKeys: ['withColleague'], noNullPrototype: true },
    ),
    pii: fc.array(piiFlagArb, { maxLength: 4 }),
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'createdAt',
      'updatedAt',
      'occurredOn',
      'title',
      'what',
      'soWhat',
      'nowWhat',
      'tags',
      'nmc',
      'gmc',
      'discussed',
      'pii',
    ],
    noNullPrototype: true,
  },
);

export const promptEventArb: fc.Arbitrary<PromptEvent> = fc.record(
  {
    id: uuidArb,
    promptId: textArb(63, 1),
    kind: fc.constantFrom(...promptEventKinds),
    at: isoDateTimeArb,
    site: textArb(253),
    context: fc.option(fc.constantFrom(...planningContexts), { nil: null }),
    visitId: textArb(64),
    until: isoDateTimeArb,
  },
  { requiredKeys: ['id', 'promptId', 'kind', 'at', 'site', 'context'], noNullPrototype: true },
);

const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const settingsArb: fc.Arbitrary<Settings> = fc.record(
  {
    onboarded: fc.boolean(),
    profession: fc.option(fc.constantFrom(...professions), { nil: null }),
    promptsEnabled: fc.boolean(),
    dailyCap: fc.integer({ min: 0, max: 20 }),
    siteCooldownMinutes: fc.integer({ min: 0, max: 7 * 24 * 60 }),
    quietHours: fc.record(
      { enabled: fc.boolean(), start: clockArb, end: clockArb },
      { noNullPrototype: true },
    ),
    disabledCategories: fc.subarray([...promptCategories]),
    sites: fc.uniqueArray(
      fc.constantFrom('https://nhs.sharepoint.com/*', 'https://future.nhs.uk/*', 'https://*.atlassian.net/*'),
      { maxLength: 3 },
    ),
    exportFormat: fc.constantFrom(...exportFormats),
    revalidation: fc.record(
      {
        body: fc.option(fc.constantFrom(...registrationBodies), { nil: null }),
        nmcRenewalDate: fc.option(isoDateArb, { nil: null }),
        gmcRevalidationDate: fc.option(isoDateArb, { nil: null }),
        gmcAppraisalDate: fc.option(isoDateArb, { nil: null }),
        hcpcRenewalDate: fc.option(isoDateArb, { nil: null }),
      },
      { noNullPrototype: true },
    ),
  },
  { noNullPrototype: true },
);

const kebabIdArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'))
  .filter((id) => id.length >= 2 && id.length <= 63);

export const promptArb: fc.Arbitrary<Prompt> = fc.record(
  {
    id: kebabIdArb,
    text: trimmedTextArb(10, 200),
    why: trimmedTextArb(10, 400),
    source: trimmedTextArb(2, 200),
    category: fc.constantFrom(...promptCategories),
    contexts: fc.subarray([...planningContexts], { minLength: 1 }),
    when: fc.record(
      { missingVoices: fc.subarray([...voiceKinds], { minLength: 1 }), editing: fc.boolean() },
      { requiredKeys: [], noNullPrototype: true },
    ),
    shift: trimmedTextArb(3, 80),
    try: trimmedTextArb(10, 240),
  },
  {
    requiredKeys: ['id', 'text', 'why', 'source', 'category', 'contexts', 'shift', 'try'],
    noNullPrototype: true,
  },
);

export const promptPackArb: fc.Arbitrary<PromptPack> = fc.record(
  {
    name: trimmedTextArb(1, 100),
    version: textArb(40),
    prompts: fc.uniqueArray(promptArb, { selector: (p) => p.id, minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['name', 'prompts'], noNullPrototype: true },
);

export const backupPackArb: fc.Arbitrary<BackupPack> = fc.record(
  {
    name: trimmedTextArb(1, 100),
    enabled: fc.boolean(),
    addedAt: isoDateTimeArb,
    pack: promptPackArb,
  },
  { noNullPrototype: true },
);

/** Everything a backup can hold, with ids (and pack names) unique as a valid backup needs. */
export const backupDataArb: fc.Arbitrary<BackupData> = fc.record(
  {
    reflections: fc.uniqueArray(reflectionArb, { selector: (r) => r.id, maxLength: 6 }),
    promptEvents: fc.uniqueArray(promptEventArb, { selector: (e) => e.id, maxLength: 6 }),
    settings: settingsArb,
    packs: fc.uniqueArray(backupPackArb, { selector: (p) => p.name, maxLength: 2 }),
  },
  { requiredKeys: ['reflections', 'promptEvents'], noNullPrototype: true },
);
