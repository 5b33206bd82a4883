import { describe, expect, it } from 'vitest';
import { builtInPrompts } from '../../../src/prompts/library/index';
import { citation, Reference, references, referencesByKey } from '../../../src/prompts/references';
import { Prompt } from '../../../src/prompts/schema';

describe('references table', () => {
  it.each(references.map((reference) => [reference.key, reference] as const))(
    '%s passes the Reference schema',
    (_key, reference) => {
      const result = Reference.safeParse(reference);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('gives every reference a year, or says plainly that the page is undated', () => {
    for (const reference of references) expect(citation(reference)).toMatch(/\((\d{4}|n\.d\.)\)$/);
  });

  it('keeps the 2017 blog and the 2009 handbook apart', () => {
    const blog = referencesByKey.get('bevan-2017-blog');
    const handbook = referencesByKey.get('bibby-2009-power-of-one');
    expect(blog?.title).toBe('Using social movement to transform the NHS');
    expect(blog?.note).toMatch(/not the 2009 handbook/);
    expect(handbook?.title).toMatch(/^The power of one, the power of many/);
    expect(handbook?.year).toBe(2009);
  });

  it('has no reference that no prompt cites', () => {
    const cited = new Set(builtInPrompts.map((prompt) => prompt.ref));
    expect(references.map((reference) => reference.key).filter((key) => !cited.has(key))).toEqual([]);
  });

  it('gives full titles and years for the sources the review found without them', () => {
    expect(referencesByKey.get('nice-ng44-2016')?.title).toMatch(/^Community engagement: .*\(NG44\)$/);
    expect(referencesByKey.get('ganz-2011-public-narrative')?.title).toBe(
      'Public narrative, collective action, and power',
    );
    expect(referencesByKey.get('tlap-2016-ladder')?.year).toBe(2016);
  });
});

describe('built-in prompts cite the references table', () => {
  it.each(builtInPrompts.map((prompt) => [prompt.id, prompt] as const))(
    '%s cites a key in the table, and shows that reference as its source',
    (_id, prompt) => {
      const reference = prompt.ref === undefined ? undefined : referencesByKey.get(prompt.ref);
      expect(reference, `${prompt.id} cites ${String(prompt.ref)}`).toBeDefined();
      if (reference) expect(prompt.source).toBe(citation(reference));
    },
  );

  it('refuses a prompt that cites a key the table does not have', () => {
    const [first] = builtInPrompts;
    if (!first) throw new Error('the library is empty');
    const result = Prompt.safeParse({ ...first, ref: 'no-such-source-2099' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['ref']);
  });

  it('cites Barry and Edgman-Levitan for no meeting prompt: their paper is about the consultation', () => {
    expect(builtInPrompts.filter((prompt) => /Barry|Edgman/.test(prompt.source + prompt.why))).toEqual([]);
  });

  it("credits social proof to Cialdini, and says The Right Prescription 'helped to achieve' its reduction", () => {
    const proof = builtInPrompts.filter((prompt) => /social proof/i.test(prompt.why));
    expect(proof.map((prompt) => prompt.ref)).toEqual(['cialdini-1984']);
    const rightPrescription = builtInPrompts.filter((prompt) => prompt.ref === 'right-prescription-2011');
    expect(rightPrescription.length).toBeGreaterThan(0);
    for (const prompt of rightPrescription) {
      expect(prompt.why).toMatch(/helped to achieve/);
      expect(prompt.why).not.toMatch(/\bcut\b/);
    }
  });
});
