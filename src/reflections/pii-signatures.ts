import { findingAt, type PiiFinding, piiExplanations } from './pii-finding';
import { NAME_WORD, NOT_NAME_CONTINUATIONS, NOT_NAMES, ROLE_WORD } from './pii-people';

/*
 * Names with no title in front, in the two places pasted emails put them:
 * - header lines: "From: Priya Raman <priya.raman@nhs.net>", "To: Jane Smith; Ali Khan", and the NHSmail
 *   display form "HASSAN, Omar (UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST)";
 * - the first lines of a signature block after a sign-off ("Kind regards", "Best wishes", "Thanks").
 * Only two or three capitalised words count, and not when one of them is a role, place or organisation word,
 * so "Ward Manager, Ward 12" and "Leeds Teaching Hospitals NHS Trust" are left alone. A lone first name
 * ("Thanks, Omar") says little on its own and is not flagged.
 */
const GAP = String.raw`[ \t\u00a0]+`;
const FULL_NAME = `${NAME_WORD}(?:${GAP}${NAME_WORD}){1,2}`;

// Email headers, and the labelled fields of forms and letters pasted in ("Patient name: ...", "NOK: ...").
const HEADER_LINE =
  /^[ \t>]*(?:From|To|Cc|Bcc|(?:(?:patient|client|resident|service\s+user)(?:'s)?\s+)?(?:full\s+)?name|patient|client|resident|service\s+user|NOK|next\s+of\s+kin|carer|relative)[ \t]*:[ \t]*(.*)$/gim;
// One recipient: a full name closed by an address, an organisation in brackets, a separator or the line end.
// Also "SMITH, John" and "JOHN SMITH", as patient systems print them.
const CAPS_WORD = String.raw`\p{Lu}{2,}(?:['\u2019-]\p{Lu}{2,})*`;
const HEADER_NAME = new RegExp(
  `^[ \\t"]*(${FULL_NAME}|${CAPS_WORD},${GAP}${NAME_WORD}(?:${GAP}${NAME_WORD})?|${CAPS_WORD}(?:${GAP}${CAPS_WORD}){1,2})"?(?=[ \\t]*(?:<|\\(|;|,|$))`,
  'u',
);
// NHSmail's directory form: SURNAME, Firstname (ORGANISATION IN CAPITALS).
const NHSMAIL_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(\p{Lu}{2,}(?:[-'\u2019 ]\p{Lu}{2,}){0,3},${GAP}${NAME_WORD}(?:${GAP}${NAME_WORD})?)(?=[ \t]*\(\p{Lu}[\p{Lu}\d &'.,-]+\))`,
  'gu',
);

const SIGN_OFF =
  /^[ \t]*(?:(?:kind(?:est)?|best|warm(?:est)?|many|with(?:\s+(?:best|kind|many))?)\s+)?(?:regards|wishes|thanks|thank\s+you)[ \t]*[,.!]?[ \t]*$|^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|best|cheers|thanks|regards)[ \t]*[,.!]?[ \t]*$/gim;
const SIGNATURE_LINES = 4;
const SIGNATURE_LINES_WITH_BLANKS = 8;
const SIGNATURE_NAME = new RegExp(`^[ \\t]*(${FULL_NAME})(?=[ \\t]*(?:$|[|,(<\\u2013\\u2014]|-[ \\t]))`, 'u');

/** Words that make a capitalised run a role, place or organisation rather than a person. */
const ORG_OR_ROLE_WORD =
  /^(?:Clinical|Nursing|Medical|Health|Hospital|Trust|Foundation|Department|Service|Office|Hub|Group|Board|Senior|Junior|Deputy|Head|Chief|Officer|Coordinat|Facilitat|Therap|Physio|Pharmac|Midwi|Doctor|Surgeon|Physician|Audit|Safety|Quality|Governance|Patient|General|University|College|School|Cent(?:re|er)|Mental|Community|District|Acute|Emergency|Intensive|Critical|Outpatient|Inpatient|Admin|Secretar|Reception|Support|Worker|Nurse|Sister|Sent|Subject|Date|Tel|Phone|Mob|Mobile|Email|Bleep|Ext|Room|Floor|Level|Building|House|Road|Street|Lane|Avenue|Close|Drive|Way|Place|Help|Desk|Estates|Learning|Development|Education|Workforce|Finance|Payroll|Communications|Comms|Information|Digital|Records|Library|Programme|Project|Committee|Panel|Alliance|Partnership|Social|Safeguarding|Infection|Prevention|Control|Resus|Palliative|Services|Staff|All|Everyone|Colleagues|Managers|Leaders|Members|Nurses|Doctors|Outlook|Microsoft|Teams|Sent|Meeting)/u;

const titleCase = (w: string) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

function isPersonName(name: string): boolean {
  return name
    .split(/[ \t\u00a0,]+/)
    .filter((w) => w !== '')
    .map(titleCase)
    .every(
      (w) =>
        !NOT_NAMES.has(w) &&
        !NOT_NAME_CONTINUATIONS.has(w) &&
        !ROLE_WORD.test(w) &&
        !ORG_OR_ROLE_WORD.test(w),
    );
}

export function findEmailNames(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const add = (start: number, name: string) =>
    found.push(findingAt(text, 'name', start, start + name.length, piiExplanations.nameInEmail));

  for (const line of text.matchAll(HEADER_LINE)) {
    const rest = line[1] ?? '';
    let at = line.index + line[0].length - rest.length;
    for (const recipient of rest.split(';')) {
      const m = HEADER_NAME.exec(recipient);
      const name = m?.[1];
      if (m && name && isPersonName(name)) add(at + m[0].indexOf(name), name);
      at += recipient.length + 1;
    }
  }
  for (const m of text.matchAll(NHSMAIL_NAME)) {
    const name = m[1] ?? '';
    const firstNames = name.slice(name.indexOf(',') + 1).trim();
    if (isPersonName(firstNames)) add(m.index, name);
  }
  for (const signOff of text.matchAll(SIGN_OFF)) {
    let at = signOff.index + signOff[0].length;
    for (
      let seen = 0, lines = 0;
      seen < SIGNATURE_LINES && lines < SIGNATURE_LINES_WITH_BLANKS && at < text.length;
      lines++
    ) {
      const lineStart = text[at] === '\n' ? at + 1 : at;
      const next = text.indexOf('\n', lineStart);
      const lineEnd = next === -1 ? text.length : next;
      const line = text.slice(lineStart, lineEnd);
      at = lineEnd;
      if (line.trim() === '') continue;
      seen++;
      const m = SIGNATURE_NAME.exec(line);
      const name = m?.[1];
      if (m && name && isPersonName(name)) add(lineStart + m[0].indexOf(name), name);
    }
  }
  return found;
}
