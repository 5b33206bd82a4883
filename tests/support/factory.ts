import type { PromptEvent } from '../../src/prompts/events';
import type { Reflection } from '../../src/reflections/model';

let counter = 0;

/** A made-up but valid UUID (version 4 form) from a number, so tests can name records. */
export function testId(n: number): string {
  const hex = n.toString(16).padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * The one way tests build a reflection: valid, with plain defaults, and only what a test cares about passed
 * in. Unit tests, the store helpers and the benchmarks all start here, so a schema change is made once.
 */
export function makeReflection(overrides: Partial<Reflection> = {}): Reflection {
  counter += 1;
  return {
    schemaVersion: 2,
    id: testId(counter),
    createdAt: '2025-06-14T18:00:00.000Z',
    updatedAt: '2025-06-14T18:00:00.000Z',
    occurredOn: '2025-06-14',
    title: `Reflection ${counter}`,
    what: 'A handover on a busy shift.',
    soWhat: 'I learned to check the plan with the person it affects.',
    nowWhat: 'I will ask first next time.',
    tags: [],
    nmc: { themes: [] },
    gmc: { domains: [] },
    discussed: { withColleague: false },
    pii: [],
    ...overrides,
  };
}

const paragraphs = [
  'We met to plan the new discharge pathway. Carers were not in the room and the agenda was fixed in advance.',
  'I learned that asking "what matters to you?" early changes which problems we solve, and who owns them.',
  'I will invite two carers to co-chair the next meeting and report back to them before the board sees it.',
];

/** n long-ish, realistic reflections for benchmarks: about 1.5 KB of text each. */
export function syntheticReflections(n: number): Reflection[] {
  const out: Reflection[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 1000) * 86_400_000).toISOString();
    out.push({
      schemaVersion: 2,
      id: testId(1_000_000 + i),
      createdAt: day,
      updatedAt: day,
      occurredOn: day.slice(0, 10),
      title: `Planning meeting ${i}: who set the questions?`,
      what: `${paragraphs[0]}\n${paragraphs[0]}`,
      soWhat: `${paragraphs[1]}\n\n${paragraphs[1]}`,
      nowWhat: `- ${paragraphs[2]}\n= a line that looks like a formula`,
      tags: ['co-production', `team-${i % 7}`],
      nmc: { activities: ['experience'], themes: ['prioritise-people', 'practise-effectively'] },
      gmc: { domains: ['patients-partnership-communication'], supportingInfo: 'quality-improvement' },
      discussed: { withColleague: i % 2 === 0, role: 'Ward manager' },
      movementRole: 'organiser',
      context: 'coproduction',
      page: {
        title: 'Discharge pathway plan',
        url: 'https://nhs.sharepoint.com/sites/RX1_Test/SitePages/Plan.aspx',
      },
      pii: [{ kind: 'date', field: 'what', start: 3, end: 13 }],
    });
  }
  return out;
}

/** n prompt history entries for benchmarks. */
export function syntheticPromptEvents(n: number): PromptEvent[] {
  const out: PromptEvent[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: testId(5_000_000 + i),
      promptId: 'who-set-the-questions',
      kind: i % 3 === 0 ? 'reflected' : 'shown',
      at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      site: 'nhs.sharepoint.com',
      context: 'agenda',
    });
  }
  return out;
}
