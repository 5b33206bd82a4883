import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areNearIdentical,
  contentWords,
  findNearIdenticalPairs,
  jaccard,
  textSimilarity,
  textTokens,
} from './similar';

describe('textTokens', () => {
  it('lower-cases, drops punctuation and folds curly apostrophes and accents', () => {
    expect(textTokens('Who’s MISSING from the café, today?')).toEqual([
      'who',
      'missing',
      'from',
      'the',
      'cafe',
      'today',
    ]);
  });

  it("keeps contractions whole, so aren't and are differ", () => {
    expect(textTokens("Patients aren't mentioned")).toEqual(['patients', "aren't", 'mentioned']);
  });
});

describe('contentWords', () => {
  it('ignores filler words', () => {
    expect([...contentWords('Could you ask the patients what matters to them?')]).toEqual([
      'ask',
      'patients',
      'matters',
      'them',
    ]);
  });

  it('falls back to all words when a text is only filler', () => {
    expect(contentWords('What could we do?').size).toBe(4);
  });
});

describe('jaccard', () => {
  it('is shared words over all words', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBeCloseTo(2 / 4);
  });

  it('is 1 for two empty sets and 0 for disjoint ones', () => {
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
  });
});

describe('textSimilarity', () => {
  it('treats a reordered, repunctuated question as the same', () => {
    expect(
      textSimilarity(
        'Who is missing from the room, and how will you reach them?',
        'How will you reach them — who is missing from the room?',
      ),
    ).toBe(1);
  });

  it('flags a lightly reworded prompt as near-identical', () => {
    const original =
      'Could you ask patients and carers what matters most to them before the agenda is fixed?';
    const reworded =
      'Could you ask patients and carers what matters most to them before this agenda is agreed?';
    expect(areNearIdentical(original, reworded)).toBe(true);
  });

  it('does not flag different prompts on the same theme', () => {
    expect(
      areNearIdentical(
        'Could the meeting open with a story from a patient?',
        'Could the meeting close with each person saying what they will do?',
      ),
    ).toBe(false);
  });

  it('is symmetric and between 0 and 1 for any texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = textSimilarity(a, b);
        expect(ab).toBe(textSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is 1 for any text compared with itself', () => {
    fc.assert(fc.property(fc.string(), (a) => textSimilarity(a, a) === 1));
  });
});

describe('findNearIdenticalPairs', () => {
  it('lists only the near-identical pairs, most similar first', () => {
    const items = [
      { id: 'one', text: 'Who is affected by this decision but not invited?' },
      { id: 'two', text: 'Could the meeting close with commitments from everyone?' },
      { id: 'three', text: 'Who is affected by this decision, but not invited yet?' },
      { id: 'four', text: 'Who is affected by this decision but not invited?' },
    ];
    const pairs = findNearIdenticalPairs(items);
    expect(pairs.map((pair) => [pair.firstId, pair.secondId])).toEqual([
      ['one', 'four'],
      ['one', 'three'],
      ['three', 'four'],
    ]);
    expect(pairs[0]?.similarity).toBe(1);
  });

  it('respects a custom threshold', () => {
    const items = [
      { id: 'a', text: 'red green blue' },
      { id: 'b', text: 'red green yellow' },
    ];
    expect(findNearIdenticalPairs(items, 0.5)).toHaveLength(1);
    expect(findNearIdenticalPairs(items, 0.6)).toHaveLength(0);
  });
});
