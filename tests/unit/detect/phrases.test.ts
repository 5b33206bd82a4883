import { describe, expect, it } from 'vitest';
import { compilePhrases, matchPhrases, tokenise } from '../../../src/detect/phrases';

function matches(patterns: string[], text: string): string[] {
  const index = compilePhrases(patterns, (pattern) => pattern);
  const found: string[] = [];
  matchPhrases(index, tokenise(text), (pattern) => found.push(pattern));
  return found;
}

describe('phrase matching', () => {
  it('tokenises to lower-case words, drops accents and keeps block breaks', () => {
    expect(tokenise('World Café:\nCo-Design')).toEqual(['world', 'cafe', '', 'co', 'design']);
  });

  it('matches hyphenated phrases written with a hyphen, a space or joined', () => {
    expect(matches(['co-design'], 'co-design, co design and codesign')).toEqual([
      'co-design',
      'co-design',
      'co-design',
    ]);
  });

  it('matches word endings with a star', () => {
    expect(matches(['workstream*'], 'Workstreams and the workstream lead')).toEqual([
      'workstream*',
      'workstream*',
    ]);
  });

  it('prefers the longest phrase, so a longer phrase can veto a shorter one', () => {
    expect(matches(['agenda', 'agenda for change'], 'Agenda for Change pay bands; the agenda')).toEqual([
      'agenda for change',
      'agenda',
    ]);
  });

  it('never matches across a block break', () => {
    expect(matches(['matters arising'], 'Matters\narising')).toEqual([]);
  });

  it('rejects star patterns too short to index', () => {
    expect(() => compilePhrases(['co*'], (pattern) => pattern)).toThrow(/too short/);
  });
});
