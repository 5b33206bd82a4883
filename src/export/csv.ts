import { activitiesOf } from '../reflections/fields';
import type { Reflection } from '../reflections/model';
import { togetherCsvCells, togetherCsvColumns } from '../together/export-lines';
import {
  gmcDomainLabels,
  movementRoleLabels,
  nmcActivityLabels,
  nmcThemeLabels,
  piiKindLabels,
  planningContextLabels,
  supportingInfoLabels,
} from './labels';
import { msg } from './messages';

/** Column headings, in order; one row per reflection follows. */
export const csvColumns: readonly string[] = [
  msg('exp_csv_id'),
  msg('exp_csv_occurredOn'),
  msg('exp_csv_created'),
  msg('exp_csv_updated'),
  msg('exp_csv_title'),
  msg('exp_csv_what'),
  msg('exp_csv_soWhat'),
  msg('exp_csv_nowWhat'),
  msg('exp_csv_tags'),
  msg('exp_csv_activity'),
  msg('exp_csv_themes'),
  msg('exp_csv_domains'),
  msg('exp_csv_supportingInfo'),
  msg('exp_csv_otherFramework'),
  msg('exp_csv_movementRole'),
  msg('exp_csv_discussed'),
  msg('exp_csv_colleagueRole'),
  msg('exp_csv_promptId'),
  msg('exp_csv_context'),
  msg('exp_csv_pageTitle'),
  msg('exp_csv_pageUrl'),
  msg('exp_csv_piiCount'),
  msg('exp_csv_piiKinds'),
  ...togetherCsvColumns,
];

// Spreadsheets run a cell that starts with one of these as a formula (OWASP, CWE-1236), and some trim
// leading spaces, line breaks and invisible format characters (zero-width, BOM, bidi controls) first, or
// read fullwidth signs as their ASCII twins. A leading NUL, tab or CR is never safe.
const SKIPPED_BEFORE_FORMULA =
  /^[\s\0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*/u;
const FORMULA_SIGN = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const NEVER_SAFE_FIRST = /^[\0\t\r]/;

function couldRunAsFormula(value: string): boolean {
  return NEVER_SAFE_FIRST.test(value) || FORMULA_SIGN.test(value.replace(SKIPPED_BEFORE_FORMULA, ''));
}

/** A spreadsheet cell that cannot run as a formula, quoted as RFC 4180 asks. */
export function csvCell(value: string): string {
  const safe = couldRunAsFormula(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const list = (items: readonly string[]): string => items.join('; ');

function rowOf(r: Reflection): string[] {
  const piiKinds = [...new Set(r.pii.map((flag) => flag.kind))];
  return [
    r.id,
    r.occurredOn,
    r.createdAt,
    r.updatedAt,
    r.title,
    r.what,
    r.soWhat,
    r.nowWhat,
    list(r.tags),
    list(activitiesOf(r).map((a) => nmcActivityLabels[a])),
    list(r.nmc.themes.map((t) => nmcThemeLabels[t])),
    list(r.gmc.domains.map((d) => gmcDomainLabels[d])),
    r.gmc.supportingInfo ? supportingInfoLabels[r.gmc.supportingInfo] : '',
    r.otherFramework ?? '',
    r.movementRole ? movementRoleLabels[r.movementRole] : '',
    msg(r.discussed.withColleague ? 'exp_csv_yes' : 'exp_csv_no'),
    r.discussed.role ?? '',
    r.promptId ?? '',
    r.context ? planningContextLabels[r.context] : '',
    r.page?.title ?? '',
    r.page?.url ?? '',
    String(r.pii.length),
    list(piiKinds.map((k) => piiKindLabels[k])),
    ...togetherCsvCells(r),
  ];
}

/**
 * Reflections as a CSV file for spreadsheets (RFC 4180): a UTF-8 byte order mark so Excel reads the accents,
 * CRLF line ends, every field quoted, and cells that look like formulas made inert with a leading apostrophe.
 */
export function toCsv(reflections: readonly Reflection[]): string {
  const rows = [csvColumns, ...reflections.map(rowOf)];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
