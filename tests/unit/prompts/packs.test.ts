import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInPrompts } from '../../../src/prompts/library/index';
import {
  formatPackProblem,
  type PackProblem,
  type PackValidation,
  parsePromptPackText,
  validatePromptPack,
} from '../../../src/prompts/packs';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/packs/${name}`, import.meta.url), 'utf8');

/** A valid pack prompt; each test breaks one thing about it. */
function packPrompt(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    text: 'Who else could help shape this plan before it is agreed?',
    why: 'Plans shaped by more people fit more people.',
    source: 'Team guidance (2026)',
    category: 'who-is-missing',
    contexts: ['project'],
    shift: 'From few to many',
    try: 'Ask one more person to comment on the draft.',
    ...overrides,
  };
}

function problemsOf(result: PackValidation): PackProblem[] {
  if (result.ok) throw new Error('expected the pack to be invalid');
  return result.problems;
}

describe('validatePromptPack', () => {
  it('accepts a valid pack and returns it parsed', () => {
    const result = parsePromptPackText(fixture('good-pack.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.name).toBe('Northshire Community Health');
    expect(result.pack.prompts.map((prompt) => prompt.id)).toEqual([
      'northshire-ask-the-reference-group',
      'northshire-carers-network',
      'northshire-pair-new-managers',
    ]);
  });

  it('refuses something that is not an object, in one problem', () => {
    expect(problemsOf(validatePromptPack([packPrompt('a-b')]))).toEqual([
      {
        promptId: null,
        field: 'pack',
        message: 'should be a JSON object with "name" and "prompts", but is a list',
      },
    ]);
    expect(problemsOf(validatePromptPack(null))[0]?.message).toMatch(/but is null/);
  });

  it('accepts a free-text source, an optional reference key, and conditions on facts and mode', () => {
    const result = validatePromptPack({
      name: 'Team',
      prompts: [
        packPrompt('team-free-text'),
        packPrompt('team-cited', { ref: 'han-2014' }),
        packPrompt('team-conditional', {
          when: { facts: { consultationOrSurvey: true, feedbackStepPresent: false }, modes: ['drafting'] },
        }),
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names a reference key the table does not have, and an unknown fact or mode', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        prompts: [
          packPrompt('team-bad-ref', { ref: 'made-up-2020' }),
          packPrompt('team-bad-when', { when: { facts: { sunny: true }, modes: ['lurking'] } }),
        ],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'prompts[0].ref',
      'prompts[1].when.facts.sunny',
      'prompts[1].when.modes[0]',
    ]);
    expect(problems[0]?.message).toMatch(/not a key in the references table/);
  });

  it('names a missing pack name', () => {
    expect(problemsOf(validatePromptPack({ prompts: [packPrompt('team-one')] }))).toEqual([
      { promptId: null, field: 'name', message: 'is missing' },
    ]);
  });

  it('says a pack with no prompts needs at least one', () => {
    expect(problemsOf(validatePromptPack({ name: 'Team', prompts: [] }))).toEqual([
      { promptId: null, field: 'prompts', message: 'is an empty list; it needs at least 1 entry' },
    ]);
  });

  it('names the prompt and field of text that is too long, with both lengths', () => {
    const text = `${'Could this be shorter? '.repeat(10)}`.trim();
    const problems = problemsOf(
      validatePromptPack({ name: 'Team', prompts: [packPrompt('team-long', { text })] }),
    );
    expect(problems).toEqual([
      {
        promptId: 'team-long',
        field: 'prompts[0].text',
        message: `is too long: the limit is 200 characters and it has ${text.length}`,
      },
    ]);
  });

  it('identifies a prompt with no id by its position', () => {
    const { id: _dropped, ...noId } = packPrompt('unused');
    const problems = problemsOf(
      validatePromptPack({ name: 'Team', prompts: [packPrompt('team-one'), noId] }),
    );
    expect(problems).toEqual([{ promptId: null, field: 'prompts[1].id', message: 'is missing' }]);
    expect(formatPackProblem(problems[0] as PackProblem)).toBe(
      'prompt #2 (no usable id), field prompts[1].id: is missing',
    );
  });

  it('explains a badly formed id and still names the prompt by it', () => {
    const problems = problemsOf(validatePromptPack({ name: 'Team', prompts: [packPrompt('Team_One')] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ promptId: 'Team_One', field: 'prompts[0].id' });
    expect(problems[0]?.message).toMatch(/"Team_One" is not valid: use kebab-case/);
  });

  it('lists the allowed values for an unknown category or context', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        prompts: [packPrompt('team-one', { category: 'motivation', contexts: ['project', 'meeting'] })],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'prompts[0].category',
      'prompts[0].contexts[1]',
    ]);
    expect(problems[0]?.message).toBe(
      '"motivation" is not one of the allowed values: what-matters, who-is-missing, sharing-power, relationships, organising, peer-support, story, collective-action, access-and-equality, strengths-and-assets, recognition-and-momentum',
    );
    expect(problems[1]?.message).toMatch(/^"meeting" is not one of the allowed values: agenda, strategy/);
  });

  it('says what type a field should be', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        prompts: [packPrompt('team-one', { why: 42, contexts: 'project' })],
      }),
    );
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      ['prompts[0].why', 'should be text, but is a number'],
      ['prompts[0].contexts', 'should be a list, but is text'],
    ]);
  });

  it('flags fields the schema does not know, one by one, at pack, prompt and condition level', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        owner: 'someone',
        prompts: [
          packPrompt('team-one', { colour: 'blue', when: { missingVoices: ['carers'], mood: 'calm' } }),
        ],
      }),
    );
    expect(problems.map(({ promptId, field }) => [promptId, field])).toEqual([
      [null, 'owner'],
      ['team-one', 'prompts[0].when.mood'],
      ['team-one', 'prompts[0].colour'],
    ]);
    expect(problems[0]?.message).toBe(
      'is not a field this schema knows (allowed fields: name, version, prompts)',
    );
    expect(problems[1]?.message).toMatch(/allowed fields: missingVoices, editing/);
  });

  it('flags repeated contexts and voices', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        prompts: [
          packPrompt('team-one', {
            contexts: ['project', 'project'],
            when: { missingVoices: ['staff', 'staff'] },
          }),
        ],
      }),
    );
    expect(problems).toEqual([
      { promptId: 'team-one', field: 'prompts[0].contexts', message: 'list each context only once' },
      { promptId: 'team-one', field: 'prompts[0].when.missingVoices', message: 'list each voice only once' },
    ]);
  });

  it('flags an id used twice in the pack, on the second use', () => {
    const problems = problemsOf(
      validatePromptPack({
        name: 'Team',
        prompts: [packPrompt('team-one'), packPrompt('team-two'), packPrompt('team-one')],
      }),
    );
    expect(problems).toEqual([
      {
        promptId: 'team-one',
        field: 'prompts[2].id',
        message: '"team-one" is already used by prompts[0]; every prompt in a pack needs its own id',
      },
    ]);
  });

  it('flags an id that clashes with a built-in prompt', () => {
    const builtInId = builtInPrompts[0]?.id ?? 'missing';
    const problems = problemsOf(validatePromptPack({ name: 'Team', prompts: [packPrompt(builtInId)] }));
    expect(problems).toEqual([
      {
        promptId: builtInId,
        field: 'prompts[0].id',
        message: `"${builtInId}" is already the id of a built-in prompt; choose a different id so both can be used`,
      },
    ]);
  });

  it('checks clashes against the reserved ids it is given', () => {
    const reservedIds = new Set(['team-one']);
    const pack = { name: 'Team', prompts: [packPrompt('team-one')] };
    expect(validatePromptPack(pack).ok).toBe(true);
    expect(problemsOf(validatePromptPack(pack, { reservedIds }))[0]?.field).toBe('prompts[0].id');
  });

  it('reports every problem in the bad fixture, in pack order', () => {
    const problems = problemsOf(parsePromptPackText(fixture('bad-pack.json')));
    expect(problems.map(({ promptId, field }) => `${promptId ?? '-'} ${field}`)).toEqual([
      'northshire-too-long prompts[0].text',
      '- prompts[1].id',
      'Northshire Bad Id prompts[2].id',
      'Northshire Bad Id prompts[2].category',
      'Northshire Bad Id prompts[2].contexts[0]',
      'Northshire Bad Id prompts[2].colour',
      'ask-what-matters-before-agenda prompts[3].id',
      'northshire-too-long prompts[4].id',
      'northshire-too-long prompts[4].contexts',
    ]);
  });
});

describe('parsePromptPackText', () => {
  it('gives one clear problem for text that is not JSON', () => {
    const problems = problemsOf(parsePromptPackText('name: Team\nprompts: []\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ promptId: null, field: 'file' });
    expect(problems[0]?.message).toMatch(/^is not valid JSON/);
    expect(problems[0]?.message).not.toMatch(/\n/);
  });

  it('gives one clear problem for an empty file', () => {
    expect(problemsOf(parsePromptPackText('  \n'))).toEqual([
      {
        promptId: null,
        field: 'file',
        message: 'is empty; a prompt pack is a JSON object with "name" and "prompts"',
      },
    ]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parsePromptPackText(`\uFEFF${fixture('good-pack.json')}`).ok).toBe(true);
  });
});

describe('formatPackProblem', () => {
  it('writes one line naming the prompt, the field and what is wrong', () => {
    expect(formatPackProblem({ promptId: 'team-one', field: 'prompts[0].text', message: 'is missing' })).toBe(
      "prompt 'team-one', field prompts[0].text: is missing",
    );
    expect(formatPackProblem({ promptId: null, field: 'name', message: 'is missing' })).toBe(
      'pack, field name: is missing',
    );
    expect(formatPackProblem({ promptId: null, field: 'file', message: 'is empty' })).toBe('file is empty');
  });
});
