import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appraisalNotesToDocx } from '../../../src/export/appraisal-docx';
import { hcpcProfileToDocx } from '../../../src/export/hcpc-docx';
import { nmcAccountsToDocx } from '../../../src/export/nmc-docx';
import type { RevalidationReflection } from '../../../src/reflections/fields';
import { supportingInfoTypes } from '../../../src/vocabulary';
import { makeReflection } from '../../support/factory';
import { type DocxParagraph, docxParagraphs } from './docx-text';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/regulators');
const load = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as T;

const nmc = load<{ accountHeadingPrefix: string; questions: string[]; codeThemes: string[] }>(
  'nmc-reflective-account.json',
);
const gmc = load<{
  supportingInformation: string[];
  goodMedicalPracticeDomains: string[];
  noteHeadings: string[];
}>('gmc-appraisal.json');
const hcpc = load<{ parts: { heading: string }[]; standards: string[]; activityQuestions: string[] }>(
  'hcpc-cpd-profile.json',
);

/** The paragraphs of each Heading 1 section, keyed by its heading, in order. */
function sections(paragraphs: DocxParagraph[]): Section[] {
  const out: Section[] = [];
  for (const p of paragraphs) {
    if (p.style === 'Heading1') out.push({ heading: p.text, body: [] });
    else out.at(-1)?.body.push(p);
  }
  return out;
}

/** Bold labels in order, without a field's trailing ": ". */
const labels = (body: DocxParagraph[]) =>
  body.filter((p) => p.boldText.trim() !== '').map((p) => p.boldText.replace(/:\s*$/, ''));

const ticks = (body: DocxParagraph[]) =>
  body.filter((p) => /^[☒☐]/.test(p.text)).map((p) => p.text.slice(1).trim());

function complete(n: number, over: Partial<RevalidationReflection> = {}): RevalidationReflection {
  return {
    ...makeReflection({
      occurredOn: `2025-0${n}-10`,
      title: `Account ${n}`,
      what: `What happened ${n}`,
      soWhat: `What I learned ${n}`,
      nowWhat: `Next time ${n} I will ask first.`,
      nmc: { themes: ['prioritise-people'] },
    }),
    changed: `Changed ${n}: I asked carers first.`,
    codeRelation: `Relation ${n}: section 2 of the Code.`,
    ...over,
  };
}

type Section = { heading: string; body: DocxParagraph[] };

describe('NMC reflective accounts follow the NMC form word for word', () => {
  const rs = [1, 2, 3, 4, 5, 6].map((n) => complete(n));
  const chosen = [rs[5], rs[1], rs[2], rs[3], rs[0]].map((r) => r?.id as string);
  let accounts: Section[] = [];
  beforeAll(async () => {
    accounts = sections(docxParagraphs(await nmcAccountsToDocx(rs, { chosen })));
  });

  it('numbers the chosen five 1 to 5 under the form heading', () => {
    expect(accounts.map((s) => s.heading)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `${nmc.accountHeadingPrefix}${n}`),
    );
  });

  it('asks the four questions in the form order, then ticks the Code themes in the Code order', () => {
    for (const account of accounts) {
      expect(labels(account.body).filter((l) => nmc.questions.includes(l))).toEqual(nmc.questions);
      expect(ticks(account.body)).toEqual(nmc.codeThemes);
    }
  });

  it('answers question 3 with what was changed and question 4 with ticks and the note', () => {
    const first = accounts[0]?.body ?? [];
    const answerAfter = (label: string) => first[first.findIndex((p) => p.boldText === label) + 1]?.text;
    expect(answerAfter(nmc.questions[2] as string)).toBe('Changed 6: I asked carers first.');
    expect(first.map((p) => p.text).join('\n')).not.toContain('Next time');
    expect(ticks(first.filter((p) => p.text.startsWith('☒')))).toEqual(['Prioritise people']);
    expect(answerAfter('How this relates to the Code')).toBe('Relation 6: section 2 of the Code.');
  });
});

describe("appraisal notes use the GMC's words", () => {
  const notes = supportingInfoTypes.map((type, i) =>
    complete(i + 1, {
      gmc: { domains: ['trust-professionalism'], supportingInfo: type },
      feelings: 'Unsettled at first.',
      roleScope: 'Consultant physician',
      pdpGoal: 'Lead a quality improvement project',
    }),
  );
  let docs: Section[] = [];
  beforeAll(async () => {
    docs = sections(docxParagraphs(await appraisalNotesToDocx(notes)));
  });

  it('names the six types of supporting information as the GMC does, in its order', () => {
    const types = docs.map((d) =>
      d.body.find((p) => p.boldText.startsWith('Type of supporting information')),
    );
    expect(types.map((p) => p?.text.replace(/^Type of supporting information: /, ''))).toEqual(
      gmc.supportingInformation,
    );
  });

  it('gives every note the same headings in the same order, and the four GMP 2024 domains', () => {
    for (const doc of docs) {
      expect(labels(doc.body)).toEqual(gmc.noteHeadings);
      expect(ticks(doc.body)).toEqual(gmc.goodMedicalPracticeDomains);
    }
  });

  it('adds the incident-reporting reminder to the significant event only', () => {
    const withReminder = docs.filter((d) =>
      d.body.some((p) => p.text.includes('does not replace reporting')),
    );
    expect(withReminder.map((d) => d.heading)).toEqual(['Account 3']);
  });
});

describe('the HCPC CPD profile has the four parts the HCPC asks for', () => {
  const rs = [1, 2, 3, 4, 5].map((n) => complete(n, { nmc: { themes: [], activities: ['cpd'] } }));
  const period = { from: '2024-09-01', to: '2026-08-31' };
  let parts: Section[] = [];
  beforeAll(async () => {
    const summary = 'I am an occupational therapist.';
    parts = sections(docxParagraphs(await hcpcProfileToDocx(rs, { period, summary })));
  });

  it('in the HCPC order, with the described activities inside the statement', () => {
    expect(parts.map((p) => p.heading).filter((h) => !h.startsWith('Activity '))).toEqual(
      hcpc.parts.map((p) => p.heading),
    );
    const headings = parts.map((p) => p.heading);
    expect(headings.indexOf('Activity 1: Account 1')).toBe(2);
  });

  it('makes a statement for each of the five standards in their words, with 3 and 4 at the heart', () => {
    const statement = parts[1]?.body ?? [];
    expect(labels(statement)).toEqual(hcpc.standards.map((s, i) => `Standard ${i + 1}: ${s}`));
    expect(statement[0]?.text).toMatch(/Standards 3 and 4 are at the heart/);
    const afterStandard = (n: number) =>
      statement[statement.findIndex((p) => p.boldText.startsWith(`Standard ${n}:`)) + 1]?.text;
    expect(afterStandard(3)).toBe('Account 1 (January 2025): Changed 1: I asked carers first.');
    expect(afterStandard(4)).toBe('Account 1 (January 2025): Relation 1: section 2 of the Code.');
  });

  it('describes each activity under the four questions the HCPC suggests', () => {
    for (const part of parts.filter((p) => p.heading.startsWith('Activity '))) {
      expect(labels(part.body)).toEqual(hcpc.activityQuestions);
    }
  });
});
