import { describe, expect, it } from 'vitest';
import { suggestCodeSections, suggestGmpDomains } from '../../../src/reflections/code-suggestions';

describe('suggestions for how a reflection relates to the Code or GMP', () => {
  const text =
    'The carers were not asked before the discharge plan was fixed. I listened to two carers and changed ' +
    'the plan with the team at handover.';

  it('suggests Code sections from the words used, strongest first', () => {
    expect(suggestCodeSections(text)).toEqual([2, 8, 25]);
  });

  it("lets the prompt's category count, so a reflection from a leadership prompt suggests section 25", () => {
    expect(suggestCodeSections('We met.', 'organising')).toEqual([25, 9]);
    expect(suggestCodeSections('We met.')).toEqual([]);
  });

  it('suggests GMP 2024 domains the same way', () => {
    expect(suggestGmpDomains(text)).toEqual([
      'patients-partnership-communication',
      'colleagues-culture-safety',
    ]);
    expect(suggestGmpDomains('I read the new guidance and did a course.')).toEqual([
      'knowledge-skills-development',
    ]);
  });
});
