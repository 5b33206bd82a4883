import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraisalNotesToDocx } from '../../../src/export/appraisal-docx';
import { xmlSafe } from '../../../src/export/docx-render';
import { nmcAccountsToDocx } from '../../../src/export/nmc-docx';
import { makeReflection } from '../../support/factory';
import { reflectionArb } from './arbitraries';
import { type DocxParagraph, documentXml, docxParagraphs } from './docx-text';
import { readZip } from './zip';

const Q1 =
  'What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?';
const Q4 = 'How is this relevant to the Code?';

function indexOfText(paragraphs: DocxParagraph[], text: string, from = 0): number {
  return paragraphs.findIndex((p, i) => i >= from && p.text === text);
}

// Characters XML 1.0 forbids; Word will not open a document containing them.
const forbiddenInXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('NMC accounts as Word', () => {
  const reflections = [
    makeReflection({
      occurredOn: '2025-08-20',
      title: 'Falls huddle <draft> & "notes"',
      what: 'Line one\nLine two\n\nLine four after a blank',
      soWhat: 'Bell\u0007 and broken \uD800 text',
      nowWhat: '',
      nmc: { activities: ['experience'], themes: ['preserve-safety'] },
    }),
    makeReflection({ occurredOn: '2025-05-02', title: 'Teaching session', nmc: { themes: [] } }),
  ];
  let paragraphs: DocxParagraph[] = [];
  let bytes: Uint8Array = new Uint8Array();

  it('is a Word package with a document part', async () => {
    bytes = await nmcAccountsToDocx(reflections);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const files = readZip(bytes);
    expect(files.has('[Content_Types].xml')).toBe(true);
    expect(files.has('word/document.xml')).toBe(true);
    paragraphs = docxParagraphs(bytes);
  });

  it('starts each account on a new page under "Reflective account: n"', () => {
    const headings = paragraphs.filter((p) => p.style === 'Heading1');
    expect(headings.map((h) => [h.text, h.pageBreakBefore])).toEqual([
      ['Reflective account: 1', true],
      ['Reflective account: 2', true],
    ]);
    expect(paragraphs.filter((p) => p.pageBreakBefore)).toHaveLength(2);
  });

  it('prints the questions in bold and the answers beneath, line by line', () => {
    const second = indexOfText(paragraphs, 'Reflective account: 2');
    const q1 = indexOfText(paragraphs, Q1, second);
    expect(paragraphs[q1]?.boldText).toBe(Q1);
    expect(paragraphs.slice(q1 + 1, q1 + 5).map((p) => p.text)).toEqual([
      'Line one',
      'Line two',
      '',
      'Line four after a blank',
    ]);
    expect(paragraphs[q1 + 1]?.boldText).toBe('');
  });

  it('shows the Code themes as ticked and unticked boxes', () => {
    const second = indexOfText(paragraphs, 'Reflective account: 2');
    const q4 = indexOfText(paragraphs, Q4, second);
    expect(paragraphs[q4]?.boldText).toBe(Q4);
    expect(paragraphs.slice(q4 + 1, q4 + 5).map((p) => p.text)).toEqual([
      '☐ Prioritise people',
      '☐ Practise effectively',
      '☒ Preserve safety',
      '☐ Promote professionalism and trust',
    ]);
    const first = indexOfText(paragraphs, 'Reflective account: 1');
    const firstQ4 = indexOfText(paragraphs, Q4, first);
    expect(paragraphs[firstQ4 + 5]?.text).toBe('No Code theme chosen yet.');
  });

  it('keeps awkward titles as text, month and year only, and the reminder', () => {
    const all = paragraphs.map((p) => p.text);
    expect(all).toContain('Falls huddle <draft> & "notes"');
    expect(all).toContain('Month and year: August 2025');
    expect(all.join('\n')).not.toMatch(/2025-08-20|20 August/);
    expect(
      all.filter((t) => /might identify a specific patient, service user, colleague/.test(t)),
    ).toHaveLength(2);
    expect(all).toContain('Not written yet.');
  });

  it('drops characters Word cannot open', () => {
    const xml = documentXml(bytes);
    expect(xml).not.toMatch(forbiddenInXml);
    expect(paragraphs.map((p) => p.text)).toContain('Bell and broken  text');
  });

  it('writes any valid reflection as an openable document holding its text', async () => {
    await fc.assert(
      fc.asyncProperty(reflectionArb, async (reflection) => {
        const doc = await nmcAccountsToDocx([reflection]);
        const xml = documentXml(doc);
        expect(xml).not.toMatch(forbiddenInXml);
        const texts = docxParagraphs(doc).map((p) => p.text);
        const expected =
          reflection.what.trim() === ''
            ? ['Not written yet.']
            : xmlSafe(reflection.what).split(/\r\n|\r|\n|\u2028|\u2029/);
        const at = texts.indexOf(Q1);
        expect(texts.slice(at + 1, at + 1 + expected.length)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('appraisal notes as Word', () => {
  it('gives each note its page, labels in bold and the chosen domains ticked', async () => {
    const bytes = await appraisalNotesToDocx(
      [
        makeReflection({
          occurredOn: '2026-02-11',
          title: 'Patient feedback survey',
          what: 'Survey results arrived.',
          soWhat: 'Waiting times upset people most.',
          nowWhat: 'Share results at the practice meeting.',
          gmc: { domains: ['patients-partnership-communication'], supportingInfo: 'patient-feedback' },
          discussed: { withColleague: true, role: 'GP partner' },
        }),
      ],
      { period: { from: '2025-04-01', to: '2026-03-31' } },
    );
    const paragraphs = docxParagraphs(bytes);
    const texts = paragraphs.map((p) => p.text);
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: 'Reflective notes for appraisal' });
    expect(texts).toContain('From 1 April 2025 to 31 March 2026');
    expect(paragraphs.find((p) => p.style === 'Heading1')).toMatchObject({
      text: 'Patient feedback survey',
      pageBreakBefore: true,
    });
    const type = paragraphs.find((p) => p.text.startsWith('Type of supporting information'));
    expect(type).toMatchObject({
      text: 'Type of supporting information: Feedback from patients or those to whom you provide medical services',
      boldText: 'Type of supporting information: ',
    });
    expect(texts).toContain('☒ Patients, partnership and communication');
    expect(texts).toContain('☐ Knowledge, skills and development');
    for (const [label, answer] of [
      ['The activity or event', 'Survey results arrived.'],
      ['Reflection and learning', 'Waiting times upset people most.'],
      ['Planned action', 'Share results at the practice meeting.'],
    ] as const) {
      const at = indexOfText(paragraphs, label);
      expect(paragraphs[at]?.boldText).toBe(label);
      expect(paragraphs[at + 1]?.text).toBe(answer);
    }
    expect(texts).toContain('Discussed with a colleague: Yes (GP partner)');
    expect(texts).toContain('Month and year: February 2026');
  });
});
