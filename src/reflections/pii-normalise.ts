/*
 * The guard matches on a normalised copy of the text, so one rule covers every way of typing a separator:
 * - every Unicode space separator (no-break, narrow no-break, thin, figure, ideographic…) and the tab
 *   become one plain space, and a run of them becomes a single space (line breaks are kept, since
 *   signatures and pasted headers are read line by line);
 * - the dash class (hyphen, non-breaking hyphen, figure, en and em dashes, minus, small and fullwidth
 *   hyphen-minus) becomes "-"; fraction and division slashes become "/"; middle dots and dot leaders ".";
 * - fullwidth ASCII ("０７７００", "＠") becomes ASCII;
 * - invisible format characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi
 *   marks and controls) are dropped, so they cannot split a number the eye reads as one.
 * Every output character comes from exactly one input code unit, so `origin` maps any match back to the
 * text the user wrote.
 */
export type Normalised = { text: string; origin: Int32Array };

// Code-point ranges rather than per-character regular expressions: this runs on every keystroke.
const SPACES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
const DASHES: readonly (readonly [number, number])[] = [
  [0x2010, 0x2015],
  [0x2043, 0x2043],
  [0x2212, 0x2212],
  [0xfe58, 0xfe58],
  [0xfe63, 0xfe63],
  [0xff0d, 0xff0d],
];
const SLASHES: readonly (readonly [number, number])[] = [
  [0x2044, 0x2044],
  [0x2215, 0x2215],
];
const DOTS: readonly (readonly [number, number])[] = [
  [0x00b7, 0x00b7],
  [0x2024, 0x2024],
  [0x2027, 0x2027],
  [0x30fb, 0x30fb],
];
const INVISIBLES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** Every special code unit and what it becomes ("" drops it); built once, on first use. */
let table: Map<number, string> | null = null;
function specialUnits(): Map<number, string> {
  if (table) return table;
  table = new Map();
  const groups = [
    [INVISIBLES, ''],
    [SPACES, ' '],
    [DASHES, '-'],
    [SLASHES, '/'],
    [DOTS, '.'],
  ] as const;
  for (const [ranges, becomes] of groups)
    for (const [low, high] of ranges) for (let code = low; code <= high; code++) table.set(code, becomes);
  table.set(0x09, ' ');
  return table;
}

/** What a code unit becomes: itself (undefined), another character, or nothing (""). */
function replacement(code: number, special: Map<number, string>): string | undefined {
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return String.fromCharCode(code - FULLWIDTH_OFFSET);
  return special.get(code);
}

export function normaliseForGuard(source: string): Normalised {
  const out: string[] = [];
  const origin = new Int32Array(source.length + 1);
  let length = 0;
  let changed = false;
  const special = specialUnits();
  for (let i = 0; i < source.length; i++) {
    const unit = source[i] as string;
    const mapped = replacement(source.charCodeAt(i), special);
    const next = mapped ?? unit;
    if (mapped !== undefined) changed = true;
    if (next === '') continue;
    if (next === ' ' && out[length - 1] === ' ') {
      changed = true;
      continue;
    }
    out.push(next);
    origin[length] = i;
    length++;
  }
  origin[length] = source.length;
  return { text: changed ? out.join('') : source, origin: origin.subarray(0, length + 1) };
}

/** The source span of a normalised span [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): [number, number] {
  const from = n.origin[start] ?? 0;
  const to = end > start ? (n.origin[end - 1] ?? 0) + 1 : from;
  return [from, to];
}
