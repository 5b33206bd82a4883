/**
 * Text similarity for prompts, so the library test can catch two prompts asking the same thing in different
 * words. It lives with the tests because only they use it; nothing in the extension compares prompts.
 * Token-set Jaccard is simple, explainable and insensitive to word order and punctuation.
 */

/** Words too common to tell two prompts apart. */
const fillerWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'could',
  'do',
  'for',
  'from',
  'how',
  'i',
  'if',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'so',
  'that',
  'the',
  'this',
  'to',
  'we',
  'what',
  'who',
  'with',
  'you',
  'your',
]);

/** Lower-cases, folds curly quotes and accents, and splits into word tokens (apostrophes kept inside words). */
export function textTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
  const words = folded.match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? [];
  return words.map((word) => word.replace(/'s$/, ''));
}

/** The distinct meaningful words of a text; falls back to every word when a text is all filler. */
export function contentWords(text: string): Set<string> {
  const tokens = textTokens(text);
  const meaningful = tokens.filter((token) => !fillerWords.has(token));
  return new Set(meaningful.length > 0 ? meaningful : tokens);
}

/** Jaccard similarity of two word sets: shared words over all words, from 0 (nothing shared) to 1 (same words). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** How alike two prompt texts are, from 0 to 1, ignoring case, punctuation, word order and filler words. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/** At or above this, two texts count as the same prompt reworded. */
export const nearIdenticalThreshold = 0.8;

export function areNearIdentical(a: string, b: string, threshold = nearIdenticalThreshold): boolean {
  return textSimilarity(a, b) >= threshold;
}

export type SimilarPair = { firstId: string; secondId: string; similarity: number };

/** Every pair of items whose texts are near-identical, most similar first. */
export function findNearIdenticalPairs(
  items: readonly { id: string; text: string }[],
  threshold = nearIdenticalThreshold,
): SimilarPair[] {
  const wordSets = items.map((item) => contentWords(item.text));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const first = items[i];
      const second = items[j];
      const firstWords = wordSets[i];
      const secondWords = wordSets[j];
      if (!first || !second || !firstWords || !secondWords) continue;
      const similarity = jaccard(firstWords, secondWords);
      if (similarity >= threshold) pairs.push({ firstId: first.id, secondId: second.id, similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}
