import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';

// ---- Ages ---------------------------------------------------------------------------------------

const UNIT = '(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)';
// Ages in words: "eighty-seven", "ninety one", "six".
const UNITS_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const NUMBER_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]${UNITS_WORD})?|${UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\\s+hundred(?:\\s+and\\s+\\w+)?)`;
const AGE_PATTERNS = [
  // "aged 87", "age: 87", "aged 3 months" — but not a range such as "aged 18-25" or "aged 18 to 25".
  new RegExp(
    String.raw`\bage(?:d)?\s*:?\s*(\d{1,3})(?:\s*${UNIT}(?:\s+old)?)?\b(?!\s*(?:[-\u2013]|to\b|and\b|or\b)\s*\d)`,
    'gi',
  ),
  // "aged eighty-seven", but not "aged eighteen to twenty-five".
  new RegExp(
    String.raw`\baged\s+(${NUMBER_WORD})\b(?!\s*(?:[-\u2013]|to\b|and\b|or\b)\s*(?:\d|${NUMBER_WORD}))`,
    'gi',
  ),
  // "an eighty-seven-year-old", "six weeks old"
  new RegExp(String.raw`\b(${NUMBER_WORD})[\s-]+${UNIT}[\s-]+old\b`, 'gi'),
  // "87-year-old", "87 years old", "87 yrs old", "6-week-old"
  new RegExp(String.raw`\b(\d{1,3})[\s-]*${UNIT}[\s-]*old\b`, 'gi'),
  // "87 years of age"
  new RegExp(String.raw`\b(\d{1,3})\s*${UNIT}\s+of\s+age\b`, 'gi'),
  // "87yo", "87 y/o", "87 y.o."
  /\b(\d{1,3})\s*(?:yo\b|y\/o\b|y\.o\.?)/gi,
  // "a lady of 87, who", "a gentleman of 92 with": a person noun, "of" and a number that ends the phrase.
  /(?<=\b(?:lady|gentleman|gent|man|woman|boy|girl|chap|patient|resident)\s+)of\s+(\d{1,3})(?=\s*(?:[,.;:)]|$)|\s+(?:who|with|and|was|had|has|is|living|from)\b)/gim,
  // Clerking shorthand for age and sex: "72M, PMH COPD", "bed 1: 84F, #NOF", "(91M)". Only a capital M or F
  // glued to the number and closed by punctuation or a clinical word, so "3M 1863", "£5M" and "Ward 5F" are not ages.
  /(?<![\w£$€.,/-])(?<!\b(?:[Ww]ard|[Ll]evel|[Ff]loor|[Rr]oom|[Bb]ay|[Bb]ed|[Uu]nit|[Tt]heatre|[Bb]lock|[Zz]one)\s*)(\d{1,3})[MF](?=[,;:)]|\s+(?:with|pt|patient|presents|presented|presenting|admitted|known|PMH|c\/o|bib|BIBA)\b)/g,
];
const OLDEST_AGE = 130;

// A decade narrows an age almost as much as the number does: "in her eighties", "in his late 70s",
// "in their mid-forties", "a nonagenarian". Only a person's own decade ("his", "her", "their"), so
// "in the 1980s", "in its twenties" and "temperatures in the 30s" are left alone.
const DECADE_AGES = [
  /\bin (?:his|her|their) (?:(?:early|mid|late)[ -]?)?(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies|[2-9]0['\u2019]?s)\b/gi,
  /\b(?:sexa|septua|octo|nona)genarians?\b|\bcentenarians?\b/gi,
];

export function findAges(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const pattern of DECADE_AGES) {
    for (const m of text.matchAll(pattern))
      found.push(findingAt(text, 'age', m.index, m.index + m[0].length, piiExplanations.ageDecade));
  }
  for (const pattern of AGE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (Number(m[1]) > OLDEST_AGE) continue;
      found.push(findingAt(text, 'age', m.index, m.index + m[0].length, piiExplanations.age));
    }
  }
  return found;
}

// ---- Names after a title ------------------------------------------------------------------------

// Titles must be capitalised as titles are; "the nurse said" is not followed by a name. Only abbreviations
// take a full stop: "the Ward Sister. Charge nurses..." ends a sentence rather than starting a name.
const TITLE = String.raw`(?<![\p{L}\p{N}_])(?:(Mr|Mrs|Ms|Mx|Dr|Prof|MR|MRS|MS|DR)\.?|(Miss|Professor|Sister|Nurse|MISS)(?!\.))`;
const GAP = String.raw`[ \t\u00a0]+`;
// "Smith", "O'Brien", "McDonald", "Smith-Jones", "Zoë"; a single capital ("Mr X") is a placeholder, not a name.
export const LOWER = String.raw`[\p{Ll}\p{M}]`; // accents may be separate combining marks ("Adébáyọ̀")
export const NAME_WORD = String.raw`(?:O['\u2019]|D['\u2019])?\p{Lu}${LOWER}+(?:\p{Lu}${LOWER}+)?(?:-\p{Lu}${LOWER}+)?`;
const INITIAL = String.raw`\p{Lu}\.?`;
// Lower-case surname particles: "Mr de Souza", "Dr van der Merwe", "Dr al-Hassan".
const PARTICLE = `(?:(?:de|da|di|du|del|della|van|von|der|den|le|la|ten|ter|bin|ibn)${GAP}){1,2}|(?:al|el)-`;
const TITLED_NAME = new RegExp(
  `${TITLE}${GAP}((?:${INITIAL}${GAP}){0,2}(?:${PARTICLE})?${NAME_WORD}(?:${GAP}${NAME_WORD}){0,2})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const TOKEN = /\S+/gu;
const INITIAL_TOKEN = /^\p{Lu}\.?$/u;

/** Capitalised words that are never part of a name: sentence words that can follow "Dr Smith". */
export const NOT_NAMES = new Set(
  (
    'The And But Or Nor So Yet In On At Of For To From With By As If Then Than When While Who Whom Whose What ' +
    'Where Which Why How I We You He She They It This That These Those There Here Was Were Is Are Has Had ' +
    'Said Says Told Asked Explained Noted Called Came Went Felt Thought Also Today Yesterday Tomorrow ' +
    // Another title starts another name: "Dr Smith Dr Jones".
    'Mr Mrs Ms Miss Mx Dr Prof Professor Sister Nurse'
  ).split(' '),
);
/** Can start a name ("Mrs May", "Mr Ward") but after a name they usually start something else. */
export const NOT_NAME_CONTINUATIONS = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Ward Unit Team Hospital Trust Clinic Surgery Practice'
  ).split(' '),
);
/** After "Nurse", "Sister" or "Prof" a capitalised word is often a role or a heading, not a name. */
export const ROLE_WORD =
  /^(?:Practi|Consult|Special|Associat|Lead|Manag|Direct|Educat|Prescrib|Advoca|Bank|Agency|Tutor|Mentor|Assess|Navigat|Champion|Apprentic|Assist|Student|Matron|Partner|Staff|Train|Retent|Recruit|Revalid|Rota|Fellow|Regist|Research|Clinic|Colleague|Station|Council|Forum|Network|Emerit|Job|Role|Vacanc|Shortage|Day|Week|Month|Year|Call|Care|Handover|Ward|Unit|Team|In\b|Of\b)/u;
const ROLE_TITLES = new Set(['Nurse', 'Sister', 'Prof', 'Professor']);

// Patient systems and letters print names in capitals: "MR JOHN SMITH", "MRS J O'NEILL". "MS" is left out
// here, since in capitals it is as often multiple sclerosis or Microsoft.
const CAPS_NAME_WORD = String.raw`(?:\p{Lu}['\u2019])?\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
const CAPS_TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:MR|MRS|MISS|MX|DR|PROF)\.?${GAP}((?:\p{Lu}\.?${GAP}){0,2}${CAPS_NAME_WORD}(?:${GAP}${CAPS_NAME_WORD}){0,2})(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
const titleCase = (w: string) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

function findCapitalisedNames(text: string, found: PiiFinding[]): void {
  for (const m of text.matchAll(CAPS_TITLED_NAME)) {
    const rest = m[1] ?? '';
    const restStart = m.index + m[0].length - rest.length;
    let spanEnd = -1;
    let sawName = false;
    for (const token of rest.matchAll(TOKEN)) {
      const word = titleCase(token[0]);
      if (INITIAL_TOKEN.test(token[0])) {
        if (sawName) break;
        spanEnd = token.index + token[0].length;
        continue;
      }
      if (NOT_NAMES.has(word) || NOT_NAME_CONTINUATIONS.has(word) || ROLE_WORD.test(word)) break;
      sawName = true;
      spanEnd = token.index + token[0].length;
    }
    if (sawName) found.push(findingAt(text, 'name', restStart, restStart + spanEnd, piiExplanations.name));
  }
}

// Typed in a hurry: "spoke to mr smith". Only the short titles (lower-case "miss", "nurse" and "sister" are
// ordinary words), and only when the next word is not a closed-class word ("the mr said", "ms is",
// "dr to review"). "mr" and "ms" are also clinical abbreviations (mitral regurgitation, modified release,
// multiple sclerosis): after a determiner ("the mr", "her ms") or joined to such an abbreviation by
// "and"/"or"/"/" ("the mr and ms scans"), the title is read as an abbreviation.
const LOWER_TITLED_NAME =
  /(?<![\p{L}\p{N}_.])(mr|mrs|ms|mx|dr)\.? ((?:o['\u2019]|d['\u2019])?\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\p{N}])/gu;
const CLOSED_CLASS = new Set(
  (
    'a an the this that these those his her their its my our your some any no every each all both ' +
    'and or but nor so yet if then than as at by for from in into of on onto to with without about ' +
    'after before over under up down out off via per is are was were be been being am has have had do ' +
    'does did will would shall should can could may might must not also only just still said says ' +
    'told asked who whom whose which what when where why how i we you he she they it me us him them ' +
    'there here please pls re team ward scan scans review reviewed result results'
  ).split(' '),
);
const DETERMINER =
  /(?:^|[^\p{L}])(?:a|an|the|this|that|his|her|their|its|my|our|your|no|any|some|severe|mild|moderate|trivial)[ ]$/iu;
const JOINED = /^ ?(?:and|or|&|\/|,) ?$/i;

function findLowerCaseTitledNames(text: string, found: PiiFinding[]): void {
  let abbreviationEnd = -1;
  for (const m of text.matchAll(LOWER_TITLED_NAME)) {
    const name = m[2] ?? '';
    const titleEnd = m.index + (m[1]?.length ?? 0);
    const joined = abbreviationEnd >= 0 && JOINED.test(text.slice(abbreviationEnd, m.index));
    if (joined || DETERMINER.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      abbreviationEnd = titleEnd;
      continue;
    }
    if (CLOSED_CLASS.has(name.replace(/['\u2019]/g, ''))) continue;
    const start = m.index + m[0].length - name.length;
    found.push(findingAt(text, 'name', start, start + name.length, piiExplanations.name));
  }
}

export function findNames(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  findCapitalisedNames(text, found);
  findLowerCaseTitledNames(text, found);
  const pattern = new RegExp(TITLED_NAME); // own lastIndex: we rewind it below
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const title = m[1] ?? m[2] ?? '';
    const rest = m[3] ?? '';
    const restStart = m.index + m[0].length - rest.length;
    let spanEnd = -1;
    let sawName = false;
    for (const token of rest.matchAll(TOKEN)) {
      const word = token[0];
      if (INITIAL_TOKEN.test(word)) {
        if (sawName) break; // "Mr Smith A" — a trailing capital is not part of the name
        spanEnd = token.index + word.length;
        continue;
      }
      if (NOT_NAMES.has(word) || (sawName && NOT_NAME_CONTINUATIONS.has(word))) break;
      if (!sawName && ROLE_TITLES.has(title) && ROLE_WORD.test(word)) break;
      sawName = true;
      spanEnd = token.index + word.length;
    }
    // Carry on straight after what was kept, so a title inside the rejected words is still seen.
    pattern.lastIndex = sawName ? restStart + spanEnd : restStart;
    if (sawName) found.push(findingAt(text, 'name', restStart, restStart + spanEnd, piiExplanations.name));
  }
  return found;
}
