/*
 * A small phrase matcher: text becomes lower-case word tokens, and lexicon phrases are looked up by
 * their first word, so cost grows with the text, not with the size of the lexicon.
 *
 * Pattern syntax, kept tiny so the lexicon stays readable data:
 *   "matters arising"  words separated by spaces match words in order;
 *   "co-design"        a hyphen matches "co-design", "co design" and "codesign";
 *   "workstream*"      a trailing star matches any ending ("workstreams", "workstream").
 * At each position the longest phrase wins, so "agenda for change" can veto "agenda".
 */

interface TokenSpec {
  text: string;
  prefix: boolean;
}

export interface CompiledPhrase<T> {
  tokens: TokenSpec[];
  entry: T;
}

export interface PhraseIndex<T> {
  exact: Map<string, CompiledPhrase<T>[]>;
  byPrefix: Map<string, CompiledPhrase<T>[]>;
}

/** Block boundaries become this empty token, which matches nothing, so phrases never span blocks. */
const BREAK = '';
const PREFIX_KEY_LENGTH = 3;

export function compilePhrases<T>(entries: readonly T[], patternOf: (entry: T) => string): PhraseIndex<T> {
  const index: PhraseIndex<T> = { exact: new Map(), byPrefix: new Map() };
  for (const entry of entries) {
    for (const tokens of variants(patternOf(entry))) {
      const first = tokens[0];
      if (!first) continue;
      const compiled = { tokens, entry };
      if (first.prefix) {
        if (first.text.length < PREFIX_KEY_LENGTH)
          throw new RangeError(`Prefix too short in "${patternOf(entry)}"`);
        addTo(index.byPrefix, first.text.slice(0, PREFIX_KEY_LENGTH), compiled);
      } else {
        addTo(index.exact, first.text, compiled);
      }
    }
  }
  return index;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "co-design* group" → [co, design*, group] and [codesign*, group]. */
function variants(pattern: string): TokenSpec[][] {
  let results: TokenSpec[][] = [[]];
  for (const word of pattern.trim().split(/\s+/)) {
    const prefix = word.endsWith('*');
    const bare = prefix ? word.slice(0, -1) : word;
    const parts = bare.split('-');
    const options: TokenSpec[][] =
      parts.length > 1
        ? [
            parts.map((text, i) => ({ text, prefix: prefix && i === parts.length - 1 })),
            [{ text: parts.join(''), prefix }],
          ]
        : [[{ text: bare, prefix }]];
    const next: TokenSpec[][] = [];
    for (const head of results) for (const option of options) next.push([...head, ...option]);
    results = next;
  }
  return results;
}

/** Lower-case ASCII word tokens; accents dropped ("café" → "cafe"); newlines become BREAK tokens. */
export function tokenise(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFD');
  const tokens: string[] = [];
  const pattern = /[a-z0-9]+|\n/g;
  for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
    tokens.push(match[0] === '\n' ? BREAK : match[0]);
  }
  return tokens;
}

/** Calls `onMatch` for each longest phrase found, left to right, without overlaps. */
export function matchPhrases<T>(
  index: PhraseIndex<T>,
  tokens: readonly string[],
  onMatch: (entry: T, start: number, length: number) => void,
): void {
  let i = 0;
  while (i < tokens.length) {
    const word = tokens[i] as string;
    let best: CompiledPhrase<T> | null = null;
    if (word !== BREAK) {
      best = longest(index.exact.get(word), tokens, i, best);
      if (word.length >= PREFIX_KEY_LENGTH)
        best = longest(index.byPrefix.get(word.slice(0, PREFIX_KEY_LENGTH)), tokens, i, best);
    }
    if (best) {
      onMatch(best.entry, i, best.tokens.length);
      i += best.tokens.length;
    } else {
      i++;
    }
  }
}

function longest<T>(
  candidates: CompiledPhrase<T>[] | undefined,
  tokens: readonly string[],
  start: number,
  best: CompiledPhrase<T> | null,
): CompiledPhrase<T> | null {
  if (!candidates) return best;
  let winner = best;
  for (const candidate of candidates) {
    if (winner && candidate.tokens.length <= winner.tokens.length) continue;
    if (matchesAt(candidate.tokens, tokens, start)) winner = candidate;
  }
  return winner;
}

function matchesAt(spec: readonly TokenSpec[], tokens: readonly string[], start: number): boolean {
  if (start + spec.length > tokens.length) return false;
  for (let j = 0; j < spec.length; j++) {
    const want = spec[j] as TokenSpec;
    const got = tokens[start + j] as string;
    if (want.prefix ? !got.startsWith(want.text) || got === BREAK : got !== want.text) return false;
  }
  return true;
}
