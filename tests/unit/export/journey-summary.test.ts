import { describe, expect, it } from 'vitest';
import { exportAs } from '../../../src/export/formats';
import { hcpcProfilePrintModel } from '../../../src/export/hcpc';
import {
  exportJourney,
  journeyHeadings,
  journeySection,
  withJourney,
} from '../../../src/export/journey-summary';
import { appraisalPrintModelOf } from '../../../src/export/print';
import type { PromptEvent } from '../../../src/prompts/events';
import { makeReflection } from '../../support/factory';
import { documentXml, docxParagraphs } from './docx-text';

const now = new Date('2026-11-29T10:00:00Z');
const reflections = [
  makeReflection({
    occurredOn: '2026-09-10',
    movementRole: 'organiser',
    what: 'Patients and carers co-chaired the discharge review with us.',
    group: {
      groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
      participants: [{ role: 'patient partners', count: 2 }],
      decided: 'Rewrite the letter.',
    },
    commitment: {
      due: '2026-10-01',
      involves: 'the PPG chair',
      followUps: [{ at: '2026-10-02T09:00:00.000Z', outcome: 'done', note: '' }],
    },
  }),
  makeReflection({
    occurredOn: '2026-10-03',
    movementRole: 'lone-wolf',
    what: 'I rewrote the agenda alone.',
  }),
];
const events = [{ kind: 'passed-on', at: '2026-10-05T10:00:00.000Z' }] as Pick<PromptEvent, 'kind' | 'at'>[];

describe('the movement journey page in appraisal and HCPC exports (#17)', () => {
  const journey = exportJourney(reflections, events, now);
  const section = journeySection(journey);

  it('has these headings and rows, word for word, as an accessible table', () => {
    expect(section.heading).toBe('My movement journey');
    expect(section.subheading).toBe('From September 2026 to November 2026');
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      caption: 'Movement journey: what I did over the period, and how often',
      columns: ['What', 'How many'],
    });
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Reflections in the period', '2'],
      ['Worked as a lone wolf (doing it myself)', '1'],
      ['Worked as a mobiliser (bringing many people in)', '0'],
      ["Worked as an organiser (building others' skills and commitment)", '1'],
      ['Reflections that brought in patients', '1'],
      ['Reflections that brought in carers', '1'],
      ['Reflections that brought in the public', '0'],
      ['Reflections that brought in staff', '0'],
      ['Prompts passed on to others', '1'],
      ['Commitments kept', '1'],
      ['Co-produced outputs (reflections made together)', '1'],
    ]);
    expect(journeyHeadings.columns).toEqual(['What', 'How many']);
  });

  it('is absent unless asked for, in print and in Word', async () => {
    const appraisal = appraisalPrintModelOf(reflections);
    expect(withJourney(appraisal, undefined)).toBe(appraisal);
    expect(appraisal.sections.map((s) => s.heading)).not.toContain('My movement journey');
    const data = { reflections, promptEvents: events as PromptEvent[] };
    for (const format of ['appraisal-docx', 'hcpc-docx'] as const) {
      const plain = await exportAs(format, data, { now });
      expect(documentXml(plain.bytes)).not.toContain('My movement journey');
      const chosen = await exportAs(format, data, { now, journey: true });
      const paragraphs = docxParagraphs(chosen.bytes);
      const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
      expect(headings[0]).toBe('My movement journey');
      expect(documentXml(chosen.bytes)).toContain('<w:tblHeader/>');
      expect(paragraphs.map((p) => p.text)).toContain('Prompts passed on to others');
    }
  });

  it('comes straight after the cover when chosen', () => {
    const hcpc = hcpcProfilePrintModel(reflections, { period: { from: '2024-12-01', to: '2026-11-30' } });
    const both = withJourney(hcpc, journey);
    expect(both.sections[0]).toEqual(section);
    expect(both.sections.slice(1)).toEqual(hcpc.sections);
  });

  it('says there is nothing to count rather than drawing an empty table', () => {
    const empty = journeySection(exportJourney([], [], now));
    expect(empty.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(empty.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toContain(
      'Nothing to count yet in this period.',
    );
  });
});
