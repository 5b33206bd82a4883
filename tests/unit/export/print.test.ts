import { describe, expect, it } from 'vitest';
import { appraisalPrintModelOf, nmcPrintModelOf, type PrintBlock } from '../../../src/export/print';
import { makeReflection } from '../../support/factory';

function blockText(b: PrintBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'field':
      return `${b.label}: ${b.value}`;
    case 'question':
      return `${b.label}\n${b.answer}`;
    case 'checklist':
      return [b.label, ...b.items.map((i) => `${i.checked ? '[x]' : '[ ]'} ${i.label}`)].join('\n');
    case 'list':
      return b.items.join('\n');
    case 'table':
      return [b.caption, b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
  }
}

const textOf = (blocks: PrintBlock[]): string => blocks.map(blockText).join('\n');

describe('NMC print model', () => {
  const reflections = [
    makeReflection({
      occurredOn: '2025-07-01',
      title: 'Later',
      soWhat: '   ',
      nmc: { themes: ['practise-effectively'] },
    }),
    makeReflection({ occurredOn: '2025-06-01', title: 'Sooner', nmc: { activities: ['cpd'], themes: [] } }),
  ];
  const doc = nmcPrintModelOf(reflections, { period: { from: '2025-04-01', to: '2026-03-31' } });

  it('has a cover and one section per account, in account order', () => {
    expect(doc.title).toBe('NMC reflective accounts');
    expect(doc.subtitle).toBe('From 1 April 2025 to 31 March 2026');
    expect(doc.sections.map((s) => [s.heading, s.subheading])).toEqual([
      ['Reflective account: 1', 'Sooner'],
      ['Reflective account: 2', 'Later'],
    ]);
    expect(textOf(doc.intro)).toContain('2 reflective accounts');
    expect(textOf(doc.intro)).toContain('1. Sooner (June 2025)');
  });

  it('puts the reminder first, then date, activity, three questions, the Code checklist and the note', () => {
    const kinds = doc.sections[0]?.blocks.map((b) => b.kind);
    expect(kinds).toEqual([
      'paragraph',
      'field',
      'field',
      'question',
      'question',
      'question',
      'checklist',
      'paragraph',
      'question',
    ]);
    const text = textOf(doc.sections[0]?.blocks ?? []);
    expect(text).toContain('This account covers: CPD activity');
    expect(text).toContain('No Code theme chosen yet.');
  });

  it('marks an empty answer as not written yet', () => {
    const q2 = doc.sections[1]?.blocks.filter((b) => b.kind === 'question')[1];
    expect(q2).toMatchObject({ kind: 'question', answer: 'Not written yet.', missing: true });
    const checklist = doc.sections[1]?.blocks.find((b) => b.kind === 'checklist');
    expect(checklist).toMatchObject({ label: 'How is this relevant to the Code?' });
  });

  it('says so when there is nothing to include', () => {
    const empty = nmcPrintModelOf([]);
    expect(empty.sections).toEqual([]);
    expect(empty.subtitle).toBeNull();
    expect(textOf(empty.intro)).toContain('There are no reflections to include yet.');
  });
});

describe('appraisal print model', () => {
  it('lays out each note with date, type, domains, the three parts and the discussion', () => {
    const doc = appraisalPrintModelOf([
      makeReflection({
        title: 'Audit',
        occurredOn: '2026-01-09',
        gmc: { domains: ['knowledge-skills-development'], supportingInfo: 'quality-improvement' },
        otherFramework: 'HLM: Evaluating information',
      }),
    ]);
    expect(doc.title).toBe('Reflective notes for appraisal');
    const text = textOf(doc.sections[0]?.blocks ?? []);
    expect(doc.sections[0]?.heading).toBe('Audit');
    expect(text).toContain('Month and year: January 2026');
    expect(text).toContain('Type of supporting information: Quality improvement activity');
    expect(text).toContain('[x] Knowledge, skills and development');
    expect(text).toContain('[ ] Trust and professionalism');
    expect(text.indexOf('The activity or event')).toBeLessThan(text.indexOf('Reflection and learning'));
    expect(text.indexOf('Reflection and learning')).toBeLessThan(text.indexOf('Planned action'));
    expect(text).toContain('Link to my personal development plan: Not linked to a PDP goal yet');
    expect(text).not.toContain('does not replace reporting');
    expect(text).toContain('Discussed with a colleague: No');
    expect(text).toContain('Other framework: HLM: Evaluating information');
    expect(textOf(doc.intro)).toMatch(/anonymous/);
  });

  it('reminds that reflecting on a significant event does not replace reporting it', () => {
    const doc = appraisalPrintModelOf([
      makeReflection({ gmc: { domains: [], supportingInfo: 'significant-event' } }),
    ]);
    expect(textOf(doc.sections[0]?.blocks ?? [])).toContain(
      'A reflection on a significant event does not replace reporting it',
    );
  });
});
