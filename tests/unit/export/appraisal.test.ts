import { describe, expect, it } from 'vitest';
import { toAppraisalNotes } from '../../../src/export/appraisal';
import { makeReflection } from '../../support/factory';

describe('toAppraisalNotes', () => {
  const event = {
    ...makeReflection({
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
    }),
    feelings: 'Shaken, then determined to fix the system rather than blame.',
    changed: 'I moved the ward to one chart and audited it for a month.',
    roleScope: 'Consultant and clinical lead for medicines safety',
    pdpGoal: 'Lead a medicines safety improvement',
    codeRelation: 'Colleagues, culture and safety: learning from an error openly.',
  };
  const bare = makeReflection({ occurredOn: '2025-05-20', discussed: { withColleague: true } });
  const notes = toAppraisalNotes([event, bare]);

  it('orders notes by when the events happened', () => {
    expect(notes.map((n) => n.reflectionId)).toEqual([bare.id, event.id]);
  });

  it('maps the parts to activity, how it affected me, learning, what changed and planned action', () => {
    expect(notes[1]?.sections).toEqual([
      { heading: 'The activity or event', text: 'A dose was given twice.' },
      { heading: 'How it affected me', text: 'Shaken, then determined to fix the system rather than blame.' },
      { heading: 'Reflection and learning', text: 'Two charts were in use.' },
      { heading: 'What I changed', text: 'I moved the ward to one chart and audited it for a month.' },
      { heading: 'Planned action', text: 'One chart only, checked at handover.' },
    ]);
  });

  it('carries role and scope, the PDP goal, the relation to GMP and the incident-reporting reminder', () => {
    expect(notes[1]).toMatchObject({
      roleScope: 'Consultant and clinical lead for medicines safety',
      pdpGoal: 'Lead a medicines safety improvement',
      codeRelation: {
        heading: 'How this relates to Good medical practice',
        text: 'Colleagues, culture and safety: learning from an error openly.',
      },
    });
    expect(notes[1]?.incidentNote).toMatch(/does not replace reporting/);
    expect(notes[0]?.incidentNote).toBeNull();
    expect(notes[0]?.pdpGoal).toBeNull();
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
