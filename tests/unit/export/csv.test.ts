import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, toCsv } from '../../../src/export/csv';
import { gmcDomainLabels, nmcThemeLabels, supportingInfoLabels } from '../../../src/export/labels';
import type { Reflection } from '../../../src/reflections/model';
import { makeReflection } from '../../support/factory';
import { reflectionArb } from './arbitraries';
import { parseCsv } from './csv-parse';

/**
 * What a spreadsheet should show for a cell: formula-like text behind an apostrophe. Written apart from
 * csv.ts: a leading NUL, tab or CR; or a formula character once leading spaces, line breaks and invisible
 * format characters (zero-width, BOM, bidi controls) are skipped.
 */
const skippedBeforeFormula =
  /^[\s\0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*/u;
function inert(value: string): string {
  const rest = value.replace(skippedBeforeFormula, '');
  return /^[\0\t\r]/.test(value) || /^[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(rest) ? `'${value}` : value;
}

function column(name: string): number {
  return csvColumns.indexOf(name);
}

describe('toCsv', () => {
  const reflection = makeReflection({
    occurredOn: '2025-10-01',
    title: 'Café "huddle", week 1',
    what: 'Line one\r\nLine two, with a comma',
    soWhat: '=HYPERLINK("http://evil.example","click")',
    nowWhat: '-2+3',
    tags: ['teamwork', 'co-production'],
    nmc: { activities: ['cpd'], themes: ['practise-effectively', 'prioritise-people'] },
    gmc: { domains: ['trust-professionalism'], supportingInfo: 'colleague-feedback' },
    discussed: { withColleague: true, role: '@Ward manager' },
    page: { title: '+Agenda', url: 'https://nhs.sharepoint.com/sites/RX1/SitePages/A.aspx' },
    pii: [
      { kind: 'nhs-number', field: 'what', start: 0, end: 10 },
      { kind: 'nhs-number', field: 'soWhat', start: 0, end: 10 },
      { kind: 'postcode', field: 'what', start: 12, end: 19 },
    ],
  });
  const text = toCsv([reflection, makeReflection()]);
  const rows = parseCsv(text);

  it('starts with a byte order mark, ends lines with CRLF and quotes every field', () => {
    expect(text.startsWith('\uFEFF"id","occurred on"')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    // Remove every quoted field: only the separators may be left.
    expect(
      text
        .slice(1)
        .replace(/"(?:[^"]|"")*"/g, '')
        .replace(/,|\r\n/g, ''),
    ).toBe('');
  });

  it('has a plain header row, word for word and in this order, from _locales', () => {
    expect(rows[0]).toEqual([
      'id',
      'occurred on',
      'created',
      'updated',
      'title',
      'what happened',
      'what I learned',
      'what I will do',
      'tags',
      'NMC activity',
      'NMC Code themes',
      'GMC domains',
      'supporting information',
      'other framework',
      'movement role',
      'discussed with colleague',
      'colleague role',
      'prompt id',
      'context',
      'page title',
      'page address',
      'PII flags count',
      'PII flag kinds',
      'group reflection with',
      'what the group decided',
      'commitment',
    ]);
  });

  it('has one row per reflection', () => {
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  });

  it('keeps text exactly, with commas, quotes and line breaks inside a field', () => {
    const row = rows[1] ?? [];
    expect(row[column('title')]).toBe('Café "huddle", week 1');
    expect(row[column('what happened')]).toBe('Line one\r\nLine two, with a comma');
    expect(row[column('tags')]).toBe('teamwork; co-production');
  });

  it('names frameworks in words and counts PII flags by kind', () => {
    const row = rows[1] ?? [];
    expect(row[column('NMC activity')]).toBe('CPD activity');
    expect(row[column('NMC Code themes')]).toBe('Practise effectively; Prioritise people');
    expect(row[column('GMC domains')]).toBe('Trust and professionalism');
    expect(row[column('supporting information')]).toBe('Feedback from colleagues');
    expect(row[column('discussed with colleague')]).toBe('yes');
    expect(row[column('PII flags count')]).toBe('3');
    expect(row[column('PII flag kinds')]).toBe('NHS number; Postcode');
    expect(rows[2]?.[column('NMC activity')]).toBe('');
    expect(rows[2]?.[column('discussed with colleague')]).toBe('no');
  });

  it('makes cells that start like a formula inert with a leading apostrophe', () => {
    const row = rows[1] ?? [];
    expect(row[column('what I learned')]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row[column('what I will do')]).toBe("'-2+3");
    expect(row[column('colleague role')]).toBe("'@Ward manager");
    expect(row[column('page title')]).toBe("'+Agenda");
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 20 7946 0958', `"'+44 20 7946 0958"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTab', `"'\tTab"`],
    ['\rCR', `"'\rCR"`],
    ['"=quoted"', `"""=quoted"""`],
    [' =space first', `"' =space first"`],
    ['\0=1+1', `"'\0=1+1"`],
    ['\0plain', `"'\0plain"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u00a0\u3000+1', `"'\u00a0\u3000+1"`],
    ['\u200b=HYPERLINK("http://x")', `"'\u200b=HYPERLINK(""http://x"")"`],
    ['\ufeff@SUM(A1)', `"'\ufeff@SUM(A1)"`],
    ['\u202e=1', `"'\u202e=1"`],
    ['\u2066-2', `"'\u2066-2"`],
    ['\uff1d1+1', `"'\uff1d1+1"`],
    ['  plain words', `"  plain words"`],
    ['\u200bplain', `"\u200bplain"`],
    ['', '""'],
    ["'already", `"'already"`],
  ])('csvCell(%j) is %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('round-trips any reflection through a strict RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(reflectionArb, { maxLength: 4 }), (reflections: Reflection[]) => {
        const parsed = parseCsv(toCsv(reflections));
        expect(parsed).toHaveLength(reflections.length + 1);
        reflections.forEach((r, i) => {
          const row = parsed[i + 1] ?? [];
          expect(row).toHaveLength(csvColumns.length);
          expect(row[column('id')]).toBe(r.id);
          expect(row[column('occurred on')]).toBe(r.occurredOn);
          expect(row[column('updated')]).toBe(r.updatedAt);
          expect(row[column('title')]).toBe(inert(r.title));
          expect(row[column('what happened')]).toBe(inert(r.what));
          expect(row[column('what I learned')]).toBe(inert(r.soWhat));
          expect(row[column('what I will do')]).toBe(inert(r.nowWhat));
          expect(row[column('tags')]).toBe(inert(r.tags.join('; ')));
          expect(row[column('other framework')]).toBe(inert(r.otherFramework ?? ''));
          expect(row[column('prompt id')]).toBe(inert(r.promptId ?? ''));
          expect(row[column('page address')]).toBe(inert(r.page?.url ?? ''));
          expect(row[column('NMC Code themes')]).toBe(r.nmc.themes.map((t) => nmcThemeLabels[t]).join('; '));
          expect(row[column('GMC domains')]).toBe(r.gmc.domains.map((d) => gmcDomainLabels[d]).join('; '));
          expect(row[column('supporting information')]).toBe(
            r.gmc.supportingInfo ? supportingInfoLabels[r.gmc.supportingInfo] : '',
          );
          expect(row[column('PII flags count')]).toBe(String(r.pii.length));
          // Every cell is either behind an apostrophe or could not run as a formula.
          for (const cell of row) if (!cell.startsWith("'")) expect(inert(cell)).toBe(cell);
        });
      }),
      { numRuns: 200 },
    );
    // Two hundred documents of up to four reflections; under load on the shared machine this can pass 5 s.
  }, 30_000);

  it('writes just the header for no reflections', () => {
    expect(parseCsv(toCsv([]))).toEqual([[...csvColumns]]);
  });
});
