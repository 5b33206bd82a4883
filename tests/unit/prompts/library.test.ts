import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planningContexts } from '../../../src/detect/detection';
import { builtInPromptIds, builtInPrompts, validatedLibrary } from '../../../src/prompts/library/index';
import { Prompt } from '../../../src/prompts/schema';
import { promptCategories } from '../../../src/vocabulary';
import { findNearIdenticalPairs } from './similar';

const allWords = (prompt: Prompt): string => [prompt.text, prompt.why, prompt.shift, prompt.try].join(' ');

describe('built-in prompt library', () => {
  it('has at least 48 prompts', () => {
    expect(builtInPrompts.length).toBeGreaterThanOrEqual(48);
  });

  it.each(builtInPrompts.map((prompt) => [prompt.id, prompt] as const))(
    '%s passes the Prompt schema',
    (_id, prompt) => {
      const result = Prompt.safeParse(prompt);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('never repeats an id', () => {
    const ids = builtInPrompts.map((prompt) => prompt.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    expect(builtInPromptIds.size).toBe(ids.length);
  });

  it.each(planningContexts)(
    'offers at least 20 prompts for %s pages, 10 of them with no conditions',
    (context) => {
      const fitting = builtInPrompts.filter((prompt) => prompt.contexts.includes(context));
      expect(fitting.length).toBeGreaterThanOrEqual(20);
      expect(fitting.filter((prompt) => prompt.when === undefined).length).toBeGreaterThanOrEqual(10);
    },
  );

  it('keeps every question to 22 words or fewer, so it can be taken in at a glance', () => {
    const words = (text: string): number => text.trim().split(/\s+/).length;
    const long = builtInPrompts.filter((prompt) => words(prompt.text) > 22);
    expect(long.map((prompt) => `${prompt.id} (${words(prompt.text)} words)`)).toEqual([]);
  });

  it.each(['agenda', 'board'] as const)('gives %s pages at least two relationship prompts', (context) => {
    const relational = builtInPrompts.filter(
      (prompt) => prompt.category === 'relationships' && prompt.contexts.includes(context),
    );
    expect(relational.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the category vocabulary in step with the managed-policy schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'),
    ) as {
      properties: {
        disabledCategories: { items: { enum: string[] } };
        promptPack: { properties: { prompts: { items: { properties: { category: { enum: string[] } } } } } };
      };
    };
    expect(schema.properties.disabledCategories.items.enum).toEqual([...promptCategories]);
    expect(schema.properties.promptPack.properties.prompts.items.properties.category.enum).toEqual([
      ...promptCategories,
    ]);
  });

  it.each(promptCategories)('has at least 5 prompts in the %s category', (category) => {
    expect(builtInPrompts.filter((prompt) => prompt.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it('has no two prompts asking the same thing in near-identical words', () => {
    expect(findNearIdenticalPairs(builtInPrompts)).toEqual([]);
  });

  it('words every prompt as a question, never a scold', () => {
    const scolding = /\b(should|must|failed|forgot|forgotten|neglected|wrong|lazy|obviously)\b/i;
    const offenders = builtInPrompts.filter(
      (prompt) => !prompt.text.endsWith('?') || scolding.test(prompt.text),
    );
    expect(offenders.map((prompt) => prompt.id)).toEqual([]);
  });

  it('uses UK spelling', () => {
    const american =
      /\b\w*(organiz|prioritiz|recogniz|mobiliz|emphasiz|analyz|realiz|apologiz)\w*\b|\b(center|color|behavior|favor|program|judgment|labor)\b/i;
    const offenders = builtInPrompts.filter((prompt) => american.test(allWords(prompt)));
    expect(offenders.map((prompt) => prompt.id)).toEqual([]);
  });

  it('gives every prompt a concrete next step written as a full sentence', () => {
    const offenders = builtInPrompts.filter(
      (prompt) => !/[.?]$/.test(prompt.try) || prompt.try.split(' ').length < 8,
    );
    expect(offenders.map((prompt) => prompt.id)).toEqual([]);
  });

  it('names the missing voices, in so many words, in prompts that only fit when those voices are missing', () => {
    const voiceWords = {
      patients: /patient/i,
      carers: /carer/i,
      public: /public|communit|local people/i,
      staff: /staff|colleague/i,
    } as const;
    const conditional = builtInPrompts.filter((prompt) => prompt.when?.missingVoices);
    expect(conditional.length).toBeGreaterThanOrEqual(6);
    for (const prompt of conditional) {
      expect(prompt.text, prompt.id).toMatch(/(n't|not) mentioned/);
      for (const voice of prompt.when?.missingVoices ?? [])
        expect(prompt.text, prompt.id).toMatch(voiceWords[voice]);
    }
  });

  it('includes prompts that fit only while editing, and one for reading', () => {
    expect(builtInPrompts.some((prompt) => prompt.when?.editing === true)).toBe(true);
    expect(builtInPrompts.some((prompt) => prompt.when?.editing === false)).toBe(true);
  });

  // A question that states something about the page must rest on a condition the detection checked.
  const pageClaims: [claim: RegExp, holdsOnlyWhen: (prompt: Prompt) => boolean][] = [
    [/(n't|not) mentioned/, (p) => p.when?.missingVoices !== undefined || p.when?.facts !== undefined],
    [/\bis mentioned\b/, (p) => p.when?.facts?.livedExperienceMentioned === true],
    [/says N\/A/, (p) => p.when?.facts?.ppiOrEqualitySectionNotApplicable === true],
    [/no step yet/, (p) => p.when?.facts?.feedbackStepPresent === false],
    [/^This mentions a survey or consultation/, (p) => p.when?.facts?.consultationOrSurvey === true],
    [/this survey or consultation/, (p) => p.when?.facts?.consultationOrSurvey === true],
    [/^You plan to go back/, (p) => p.when?.facts?.feedbackStepPresent === true],
    [/^Taking part in this\?/, (p) => p.when?.modes?.join() === 'taking-part'],
    [/^Reviewing this\?/, (p) => p.when?.modes?.join() === 'reviewing'],
    [/^While you're drafting/, (p) => p.when?.modes?.join() === 'drafting'],
    [/^Reading this rather than writing it\?/, (p) => p.when?.editing === false],
  ];
  it.each(pageClaims)('only states %s about a page under a matching condition', (claim, holds) => {
    const claiming = builtInPrompts.filter((prompt) => claim.test(prompt.text));
    expect(claiming.length).toBeGreaterThan(0);
    expect(claiming.filter((prompt) => !holds(prompt)).map((prompt) => prompt.id)).toEqual([]);
  });

  it('words no unconditioned question as if it knew what the page lacks', () => {
    const soundsChecked = /\b(yet|mentioned|N\/A)\b|^(This mentions|You plan|Taking part|Reviewing this)/;
    const unconditioned = builtInPrompts.filter(
      (prompt) =>
        soundsChecked.test(prompt.text) &&
        prompt.when?.missingVoices === undefined &&
        prompt.when?.facts === undefined &&
        prompt.when?.modes === undefined,
    );
    expect(unconditioned.map((prompt) => prompt.id)).toEqual([]);
  });

  it.each(['drafting', 'reviewing', 'taking-part'] as const)('has prompts for people %s', (mode) => {
    expect(builtInPrompts.some((prompt) => prompt.when?.modes?.includes(mode))).toBe(true);
  });

  it('never suggests a step that contradicts the idea it teaches', () => {
    const contradictions = [
      /draft (one )?pledges? (each )?for (patients|carers)/i, // commitments are people's own, not ours for them
      /anonymised story/i, // a person's own story needs consent and support
      /(back|endorse|sign up to) (it|our wording|the cause)\b/i, // "what matters to you about what matters to us"
    ];
    const offenders = builtInPrompts.filter((prompt) => contradictions.some((c) => c.test(prompt.try)));
    expect(offenders.map((prompt) => prompt.id)).toEqual([]);
    const paid = builtInPrompts.filter((prompt) => /\bpaid place\b|\bpayment\b/i.test(prompt.try));
    for (const prompt of paid) expect(prompt.try, prompt.id).toMatch(/policy/);
  });

  // The seed blog's central ideas, each of which at least one prompt needs to carry.
  const seedIdeas: [idea: string, test: (prompt: Prompt) => boolean][] = [
    [
      'asking what matters before the agenda is set',
      (p) => /what matters/i.test(p.text) && /before/i.test(p.text),
    ],
    ["not 'what matters to you about what matters to us'", (p) => /what matters to us/i.test(p.text + p.why)],
    [
      'who is missing from the room',
      (p) => p.category === 'who-is-missing' && /invite|room|missing/i.test(p.text),
    ],
    ['sharing the framing', (p) => /frame|framing/i.test(p.why) && /questions/i.test(p.text)],
    ['relationships and mutual trust', (p) => p.category === 'relationships' && /trust/i.test(p.why)],
    [
      'from mobilising to organising',
      (p) => /mobilising/i.test(p.why) && /organising/i.test(p.why + p.shift),
    ],
    [
      'lone wolves: peers and support for new leaders',
      (p) => p.category === 'peer-support' && /peer/i.test(p.text),
    ],
    ['patient leaders as organisers', (p) => /patient leader/i.test(p.text) && /organis/i.test(p.text)],
    [
      'collective action around a shared cause',
      (p) => p.category === 'collective-action' && /cause/i.test(p.text),
    ],
    ['story of self', (p) => /story of self/i.test(p.why)],
    ['story of us', (p) => /story of us/i.test(p.why)],
    ['story of now', (p) => /story of now/i.test(p.why)],
    ["'you said, we did' feedback", (p) => /you said, we did/i.test(p.try)],
    ['being clear what people can influence', (p) => /influence/i.test(p.text)],
    ['the power of one becoming the power of many', (p) => /one voice become many/i.test(p.text)],
    ['nothing about us without us', (p) => /nothing about us without us/i.test(p.text)],
    ['handing over power, above co-design', (p) => /delegated power|citizen control/i.test(p.why)],
    ['the spectrum of allies', (p) => /spectrum of allies/i.test(p.why)],
    ['accessible formats and ways in', (p) => /Easy Read|BSL/.test(p.text)],
    ['timings that work for carers', (p) => /carers/i.test(p.text) && /timing/i.test(p.text)],
    ['recognition beyond payment', (p) => /beyond payment/i.test(p.text)],
    ['using what people already said', (p) => /Friends and Family Test/.test(p.text)],
    ['an equality section marked N/A', (p) => /N\/A/.test(p.text) && /equality/i.test(p.text)],
    ['celebrating and sustaining momentum', (p) => /celebrate/i.test(p.text) || /momentum/i.test(p.why)],
    [
      'the skills and assets people bring',
      (p) => p.category === 'strengths-and-assets' && /skills/i.test(p.text),
    ],
  ];
  it.each(seedIdeas)('carries the seed idea: %s', (_idea, carries) => {
    expect(builtInPrompts.some(carries)).toBe(true);
  });

  it('is frozen so no caller can change the shared library', () => {
    expect(Object.isFrozen(builtInPrompts)).toBe(true);
    expect(builtInPrompts.every((prompt) => Object.isFrozen(prompt))).toBe(true);
  });
});

describe('validatedLibrary', () => {
  const [first, second] = builtInPrompts;
  if (!first || !second) throw new Error('the library needs at least two prompts for these tests');

  it('accepts valid entries', () => {
    expect(validatedLibrary([first, second])).toEqual([first, second]);
  });

  it('refuses an entry that breaks the schema, naming the field', () => {
    expect(() => validatedLibrary([{ ...first, text: 'x'.repeat(201) }])).toThrow(/text/);
  });

  it('refuses a repeated id', () => {
    expect(() => validatedLibrary([first, { ...second, id: first.id }])).toThrow(first.id);
  });
});
