import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/detect/classify';
import { Detection } from '../../../src/detect/detection';
import { type PageFactKey, pageFactKeys, pageFacts } from '../../../src/detect/page-facts';
import { emptyPageSignals, type PageSignals } from '../../../src/detect/page-signals';

/** A sample whose visible text is these blocks, one per line; other parts can be set too. */
function sample(text: string, overrides: Partial<PageSignals> = {}): PageSignals {
  return { ...emptyPageSignals(), text, ...overrides };
}

const fact = (key: PageFactKey, text: string, overrides: Partial<PageSignals> = {}): boolean =>
  pageFacts(sample(text, overrides))[key];

describe('pageFacts', () => {
  it('reports every fact as false on an empty page', () => {
    const facts = pageFacts(emptyPageSignals());
    expect(Object.keys(facts).sort()).toEqual([...pageFactKeys].sort());
    expect(Object.values(facts).every((value) => value === false)).toBe(true);
  });

  it('notices lived experience in its usual names, and not in a passing mention of experience', () => {
    expect(fact('livedExperienceMentioned', 'Two members with lived experience will join the group.')).toBe(
      true,
    );
    expect(fact('livedExperienceMentioned', 'Experts by Experience panel')).toBe(true);
    expect(fact('livedExperienceMentioned', 'Patient representatives: 2')).toBe(true);
    expect(fact('livedExperienceMentioned', 'Staff experience of the new rota has been positive.')).toBe(
      false,
    );
  });

  it('notices payment or expenses for people’s time', () => {
    expect(fact('paymentOrExpensesMentioned', 'Involvement payments at £25 an hour')).toBe(true);
    expect(fact('paymentOrExpensesMentioned', 'Travel expenses will be reimbursed.')).toBe(true);
    expect(fact('paymentOrExpensesMentioned', 'A £20 voucher for each participant')).toBe(true);
    expect(fact('paymentOrExpensesMentioned', 'Payment by results for elective activity')).toBe(false);
  });

  it('counts surveys and public consultations as asking for views, but not a clinical consultation', () => {
    expect(fact('consultationOrSurvey', 'Public consultation closes on 3 March.')).toBe(true);
    expect(fact('consultationOrSurvey', 'We will send a short survey to carers.')).toBe(true);
    expect(fact('consultationOrSurvey', 'Have your say on the new clinic')).toBe(true);
    expect(fact('consultationOrSurvey', 'Move follow-up consultations to video where patients agree.')).toBe(
      false,
    );
  });

  it('tells a step that goes back to people from feedback people give', () => {
    expect(fact('feedbackStepPresent', "Publish a 'You said, we did' update")).toBe(true);
    expect(fact('feedbackStepPresent', 'Feed back to participants on what changed')).toBe(true);
    expect(fact('feedbackStepPresent', 'Share the findings with everyone who took part')).toBe(true);
    expect(fact('feedbackStepPresent', 'Collect feedback from patients on the waiting area')).toBe(false);
  });

  it('needs a date on the same line as the return step', () => {
    expect(fact('returnDateToPeople', 'Report back to participants by 30 June 2026')).toBe(true);
    expect(fact('returnDateToPeople', 'You said, we did summary in September')).toBe(true);
    expect(fact('returnDateToPeople', 'Report back to participants\nBoard meets 12 May')).toBe(false);
    expect(fact('returnDateToPeople', 'Board meets 12 May')).toBe(false);
  });

  it('sees agenda items marked for decision, discussion or information, or a purpose column', () => {
    expect(fact('agendaItemsMarkedForDecision', '3. Winter plan (for decision)')).toBe(true);
    expect(fact('agendaItemsMarkedForDecision', 'Item 4 – For information')).toBe(true);
    expect(
      fact('agendaItemsMarkedForDecision', '1. Welcome', { tableHeads: ['Item', 'Lead', 'Purpose', 'Time'] }),
    ).toBe(true);
    expect(fact('agendaItemsMarkedForDecision', '1. Welcome\n2. Winter plan\n3. AOB')).toBe(false);
  });

  it('finds an involvement or equality section marked N/A, on one line or the next', () => {
    expect(fact('ppiOrEqualitySectionNotApplicable', 'Equality impact assessment: N/A')).toBe(true);
    expect(fact('ppiOrEqualitySectionNotApplicable', 'Patient and public involvement\nNot applicable')).toBe(
      true,
    );
    expect(fact('ppiOrEqualitySectionNotApplicable', 'PPI – none')).toBe(true);
    expect(
      fact(
        'ppiOrEqualitySectionNotApplicable',
        'Equality impact: older people may find the new route harder.',
      ),
    ).toBe(false);
    expect(fact('ppiOrEqualitySectionNotApplicable', 'Inclusion criteria: none of the above')).toBe(false);
    expect(fact('ppiOrEqualitySectionNotApplicable', 'Risk: N/A')).toBe(false);
  });

  it('notices equality, accessibility and existing insight in their everyday words', () => {
    expect(fact('equalityConsidered', 'Health inequalities: Core20PLUS5 groups')).toBe(true);
    expect(fact('equalityConsidered', 'Finance and workforce summary')).toBe(false);
    expect(fact('accessibilityMentioned', 'Easy Read version and BSL interpreter available')).toBe(true);
    expect(fact('accessibilityMentioned', 'Venue: main hospital, room 3')).toBe(false);
    expect(fact('existingInsightMentioned', 'Themes from PALS and the Friends and Family Test')).toBe(true);
    expect(fact('existingInsightMentioned', 'Themes from the project team')).toBe(false);
  });

  it('reads every part of the sample: title, headings, labels, table heads and editor text', () => {
    expect(fact('accessibilityMentioned', '', { title: 'Easy Read plan' })).toBe(true);
    expect(fact('accessibilityMentioned', '', { headings: ['Accessibility'] })).toBe(true);
    expect(fact('accessibilityMentioned', '', { labels: ['Interpreter needed?'] })).toBe(true);
    expect(fact('accessibilityMentioned', '', { editorText: 'Plain English summary' })).toBe(true);
  });

  it('is pure: the same sample always gives the same facts', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
        (text, headings) => {
          const signals = sample(text, { headings });
          expect(pageFacts(signals)).toEqual(pageFacts(structuredClone(signals)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('facts on the Detection', () => {
  it('classify attaches them, and they pass the Detection schema', () => {
    const detection = classify(
      sample('Agenda\n1. Welcome\n2. Survey results\nReport back to participants in June', {
        title: 'Team meeting agenda',
      }),
    );
    expect(detection.facts).toEqual(
      pageFacts(
        sample('Agenda\n1. Welcome\n2. Survey results\nReport back to participants in June', {
          title: 'Team meeting agenda',
        }),
      ),
    );
    expect(Detection.safeParse(detection).success).toBe(true);
  });

  it('are optional, so a detection that did not check them still parses', () => {
    const { facts: _unchecked, ...rest } = classify(sample('Nothing here'));
    expect(Detection.safeParse(rest).success).toBe(true);
  });
});
