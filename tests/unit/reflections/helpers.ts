import { randomUUID } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import type { PromptEvent } from '../../../src/prompts/events';
import type { Draft } from '../../../src/reflections/draft';
import { emptyDraftFields } from '../../../src/reflections/draft';
import { Reflection } from '../../../src/reflections/model';
import type { StoredPack } from '../../../src/reflections/store';
import { makeReflection as baseReflection } from '../../support/factory';

/**
 * Written independently of src/reflections/pii-nhs-number.ts so the tests check it rather than echo it.
 * Returns the check digit for nine digits, or null for the "remainder gives 10" case.
 */
export function testCheckDigit(nine: string): number | null {
  const sum = [...nine].reduce((acc, ch, i) => acc + Number(ch) * (10 - i), 0);
  const value = (11 - (sum % 11)) % 11;
  return value === 10 ? null : value;
}

/** Ten digits from the 999 test range that pass Modulus 11, built from six free digits. */
export function validTestNhsNumber(six: string): string | null {
  const nine = `999${six}`;
  const check = testCheckDigit(nine);
  return check === null ? null : `${nine}${check}`;
}

/** Ten digits from the 999 test range that fail Modulus 11. */
export function invalidTestNhsNumber(six: string, bump: number): string {
  const nine = `999${six}`;
  const check = testCheckDigit(nine);
  const wrong = check === null ? bump % 10 : (check + 1 + (bump % 9)) % 10;
  return `${nine}${wrong}`;
}

export const separators = ['', ' ', '-', '.'] as const;
export function spaced(digits: string, sep: string): string {
  return `${digits.slice(0, 3)}${sep}${digits.slice(3, 6)}${sep}${digits.slice(6)}`;
}

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

let clock = Date.UTC(2024, 0, 1);
/** Distinct, increasing timestamps so ordering tests mean something. */
export function nextIso(): string {
  clock += 61_000;
  return new Date(clock).toISOString();
}

/** A stored-looking reflection: a fresh id and a later time than the last, from the one test factory. */
export function makeReflection(overrides: Partial<Reflection> = {}): Reflection {
  const at = nextIso();
  return baseReflection({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    occurredOn: '2024-03-01',
    title: 'Listening event with carers',
    what: 'We ran a listening event with carers before the strategy was drafted.',
    soWhat: 'I learned that carers wanted to set the questions, not answer ours.',
    nowWhat: 'Next time I will invite carers to co-write the agenda.',
    tags: ['coproduction', 'carers'],
    nmc: { activities: ['experience'], themes: ['prioritise-people'] },
    ...overrides,
  });
}

export function makePromptEvent(overrides: Partial<PromptEvent> = {}): PromptEvent {
  return {
    id: randomUUID(),
    promptId: 'who-is-missing',
    kind: 'shown',
    at: nextIso(),
    site: 'nhs.sharepoint.com',
    context: 'agenda',
    ...overrides,
  };
}

export function makeDraft(id: string, what = 'Half-written thought'): Draft {
  return { id, savedAt: nextIso(), fields: { ...emptyDraftFields('2024-03-01'), what } };
}

export function makePack(name: string, enabled = true): StoredPack {
  return {
    name,
    enabled,
    addedAt: nextIso(),
    pack: {
      name,
      prompts: [
        {
          id: 'team-voices',
          text: 'Who on the team has not been heard from yet?',
          why: 'Quiet voices often hold the knowledge plans miss.',
          source: 'Team pack',
          category: 'who-is-missing',
          contexts: ['agenda'],
          shift: 'From some voices to all voices',
          try: 'Ask each person for one thing before the meeting.',
        },
      ],
    },
  };
}

/** A valid, nearly empty reflection (checked against the schema) with just the fields a test cares about. */
export function plainReflection(over: Partial<Reflection> = {}): Reflection {
  return Reflection.parse(
    baseReflection({
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
      occurredOn: '2025-06-01',
      what: '',
      soWhat: '',
      nowWhat: '',
      ...over,
    }),
  );
}
