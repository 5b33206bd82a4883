// idb checks `instanceof IDBRequest` etc. against globals, so the fake's classes must be installed.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import type { Reflection } from '../../src/reflections/model';
import { findPii } from '../../src/reflections/pii';
import { filterReflections, indexReflections, paginate } from '../../src/reflections/query';
import { importRecords, listReflections, openPomDb, saveReflection } from '../../src/reflections/store';
import { makeReflection } from '../support/factory';

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 1000) / 1000;
}

async function timeEach(runs: number, fn: (i: number) => unknown): Promise<number> {
  await fn(-1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

function reflection(i: number): Reflection {
  const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  return makeReflection({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    occurredOn: '2024-03-01',
    title: `Reflection ${i}`,
    what: 'We ran a listening event with carers before the strategy was drafted. '.repeat(4),
    soWhat: 'I learned that carers wanted to set the questions, not answer ours. '.repeat(3),
    nowWhat: 'Next time I will invite carers to co-write the agenda.',
    tags: ['coproduction', `tag-${i % 20}`],
    nmc: { activities: ['experience'], themes: ['prioritise-people'] },
  });
}

/** About 2,000 characters of reflection with a realistic sprinkling of identifiers. */
function reflectionText(): string {
  const sentences = [
    'In March 2024 I supported a co-production workshop on Ward 7 with 5 carers and 12 staff.',
    'Mrs Patel, aged 87, told us what mattered to her; her NHS number 943 476 5919 was on the handover sheet.',
    'We met again on 03/04/2024 and I emailed the notes to jane.smith@nhs.net after the session.',
    'I learned that the questions we set were not the questions carers wanted to answer at all.',
    'Next time I will ask Dr Okafor and the team to co-write the agenda, and call 07700 900123 first.',
    'The family live near SW1A 1AA and the case notes (MRN 12345678) were reviewed by the ward sister.',
  ];
  let text = '';
  for (let i = 0; text.length < 2000; i++) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, 2000);
}

/** Store and PII guard timings in Node with fake-indexeddb (a lower bound on a real browser's cost). */
export async function run(): Promise<Record<string, number>> {
  const saveDb = await openPomDb(new IDBFactory());
  const saveReflectionMedianMs = await timeEach(200, (i) => saveReflection(saveDb, reflection(i + 1)));
  saveDb.close();

  const listDb = await openPomDb(new IDBFactory());
  await importRecords(listDb, {
    reflections: Array.from({ length: 10_000 }, (_, i) => reflection(i)),
    promptEvents: [],
  });
  const listReflections10000Ms = await timeEach(5, () => listReflections(listDb));
  listDb.close();

  const text = reflectionText();
  const findPii2000CharsMedianMs = await timeEach(200, () => findPii(text));

  const index = indexReflections(Array.from({ length: 10_000 }, (_, i) => reflection(i)));
  const filterAndPage10000Ms = await timeEach(20, () =>
    paginate(filterReflections(index, { text: 'matters', tag: 'agenda' }), 2),
  );

  return { saveReflectionMedianMs, listReflections10000Ms, findPii2000CharsMedianMs, filterAndPage10000Ms };
}
