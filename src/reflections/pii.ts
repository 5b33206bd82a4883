import { findEmails, findObfuscatedEmails, findPhones, findPostcodes } from './pii-contact';
import { findDates } from './pii-dates';
import type { PiiFinding } from './pii-finding';
import { piiPlaceholder } from './pii-finding';
import type { PiiKind } from './pii-kind';
import { findNhsNumbers } from './pii-nhs-number';
import { normaliseForGuard, originalSpan } from './pii-normalise';
import { findAges, findNames } from './pii-people';
import { findRecordNumbers } from './pii-record-number';
import { findEmailNames } from './pii-signatures';

export { PiiFinding, piiExplanations, piiPlaceholder } from './pii-finding';
export { isValidNhsNumber, nhsCheckDigit } from './pii-nhs-number';

const detectors: ReadonlyArray<(text: string) => PiiFinding[]> = [
  findNhsNumbers,
  findEmails,
  findObfuscatedEmails,
  findPhones,
  findRecordNumbers,
  findPostcodes,
  findDates,
  findAges,
  findNames,
  findEmailNames,
];

/** When two detectors claim overlapping text, the longer span wins; on a tie, the more specific kind. */
const kindRank: Record<PiiKind, number> = {
  'nhs-number': 8,
  email: 7,
  phone: 6,
  'record-number': 5,
  postcode: 4,
  date: 3,
  age: 2,
  name: 1,
};

function overlaps(a: PiiFinding, b: PiiFinding): boolean {
  return a.start < b.end && b.start < a.end;
}

function byPreference(a: PiiFinding, b: PiiFinding): number {
  return b.end - b.start - (a.end - a.start) || kindRank[b.kind] - kindRank[a.kind] || a.start - b.start;
}

/** Within a run of mutually reachable overlaps, keep the preferred spans that do not collide. */
function resolveCluster(cluster: PiiFinding[], into: PiiFinding[]): void {
  if (cluster.length === 1) {
    into.push(cluster[0] as PiiFinding);
    return;
  }
  const kept: PiiFinding[] = [];
  for (const candidate of cluster.sort(byPreference)) {
    if (!kept.some((k) => overlaps(k, candidate))) kept.push(candidate);
  }
  into.push(...kept.sort((a, b) => a.start - b.start));
}

/**
 * Everything in the text that could identify a patient or colleague, sorted by start and never
 * overlapping. Detectors see a normalised copy (see pii-normalise) and findings are mapped back. Offsets are JS string offsets (UTF-16), end exclusive, so text.slice(start, end) === finding.text.
 */
export function findPii(text: string): PiiFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalised = normaliseForGuard(text);
  const candidates = detectors
    .flatMap((detect) => detect(normalised.text))
    .filter((f) => !markedInvented(normalised.text, f))
    .map((f) => {
      const [start, end] = originalSpan(normalised, f.start, f.end);
      return { ...f, start, end, text: text.slice(start, end) };
    })
    .sort((a, b) => a.start - b.start);
  // Overlaps are rare and local, so resolve them cluster by cluster rather than all against all.
  const result: PiiFinding[] = [];
  let cluster: PiiFinding[] = [];
  let clusterEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start >= clusterEnd && cluster.length) {
      resolveCluster(cluster, result);
      cluster = [];
    }
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  if (cluster.length) resolveCluster(cluster, result);
  return result;
}

// "Mrs Ross (pseudonym)", "Mr Green [not his real name]": the writer has already anonymised this name.
const INVENTED_NOTE =
  /^ ?[([] ?(?:an? )?(?:pseudonym|not (?:his|her|their|my|the) real name|names? changed|changed name|made-up name|invented name)\b/i;

function markedInvented(text: string, f: PiiFinding): boolean {
  return f.kind === 'name' && INVENTED_NOTE.test(text.slice(f.end, f.end + 40));
}

function isFindingList(value: PiiFinding | readonly PiiFinding[]): value is readonly PiiFinding[] {
  return Array.isArray(value);
}

/**
 * Replaces each finding with a neutral placeholder such as "[NHS number removed]".
 * Findings that no longer match the text (it was edited since they were found) or that overlap an
 * earlier one are left alone, so a stale click can never cut the wrong words.
 */
export function redact(text: string, findings: PiiFinding | readonly PiiFinding[]): string {
  const list = [...(isFindingList(findings) ? findings : [findings])].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const f of list) {
    if (f.start < cursor || f.end <= f.start || text.slice(f.start, f.end) !== f.text) continue;
    out += text.slice(cursor, f.start) + piiPlaceholder(f.kind);
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
