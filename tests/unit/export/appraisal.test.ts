import { describe, expect, it } from 'vitest';
import { toAppraisalNotes } from '../../../src/export/appraisal';
import { makeReflection } from './factory';

describe('toAppraisalNotes', () => {
  const event = makeReflection({
    occurredOn: '2025-11-03',
    title: 'Medication incident review',
    what: 'A dose was given twice.',
    soWhat: 'Two charts were in use.',
    nowWhat: 'One chart only, checked at handover.',
    gmc: {
      domains: ['trust-professionalism', 'colleagues-culture-safety'],
      supportingInfo: 'significant-event',
    },
    discussed: { withColleague: true, role: ' Clinical\nsupervisor ' },
    otherFramework: 'HCPC CPD standard 4',
  });
  const bare = makeReflection({ occurredOn: '2025-05-20', discussed: { withColleague: true } });
  const notes = toAppraisalNotes([event, bare]);

  it('orders notes by when the events happened', () => {
    expect(notes.map((n) => n.reflectionId)).toEqual([bare.id, event.id]);
  });

  it('maps the three parts to activity, reflection and learning, and planned action', () => {
    expect(notes[1]?.sections).toEqual([
      { heading: 'The activity or event', text: 'A dose was given twice.' },
      { heading: 'Reflection and learning', text: 'Two charts were in use.' },
      { heading: 'Planned action', text: 'One chart only, checked at handover.' },
    ]);
  });

  it("names the supporting information type and ticks GMP 2024 domains in the GMC's order", () => {
    expect(notes[1]?.supportingInfo).toBe('Significant events');
    expect(notes[1]?.domains.map((d) => [d.label, d.ticked])).toEqual([
      ['Knowledge, skills and development', false],
      ['Patients, partnership and communication', false],
      ['Colleagues, culture and safety', true],
      ['Trust and professionalism', true],
    ]);
    expect(notes[1]?.domainNote).toBeNull();
    expect(notes[0]?.supportingInfo).toBeNull();
    expect(notes[0]?.domainNote).toMatch(/No Good medical practice domain chosen yet/);
  });

  it("records the colleague's role only, on one line", () => {
    expect(notes[1]?.discussed).toBe('Yes (Clinical supervisor)');
    expect(notes[0]?.discussed).toBe('Yes');
    expect(toAppraisalNotes([makeReflection()])[0]?.discussed).toBe('No');
  });

  it('gives month and year only and keeps another framework', () => {
    expect(notes[1]?.monthYear).toBe('November 2025');
    expect(JSON.stringify(notes)).not.toContain('2025-11-03');
    expect(notes[1]?.otherFramework).toBe('HCPC CPD standard 4');
    expect(notes[0]?.otherFramework).toBeNull();
  });
});
