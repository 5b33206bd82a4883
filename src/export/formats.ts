import { appraisalYearRange, type DateRange, inDateRange } from '../reflections/appraisal-year';
import type { ExportFormat } from '../settings/schema';
import { type BackupData, toBackup } from './backup';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';

/** A finished export, ready to save (CLI) or download (options page). */
export interface ExportFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
  /** How many reflections went in, for "Wrote 12 reflections to …". */
  count: number;
}

export interface ExportOptions {
  now: Date;
  /** Keep only the appraisal year starting 1 April of this year. */
  appraisalYear?: number;
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Only what happened in the period: reflections by event date, prompt history by when it happened. */
export function selectPeriod(data: BackupData, period: DateRange): BackupData {
  return {
    ...data,
    reflections: data.reflections.filter((r) => inDateRange(r.occurredOn, period)),
    promptEvents: data.promptEvents.filter((e) => inDateRange(e.at, period)),
  };
}

function yearSuffix(year: number | undefined): string {
  return year === undefined ? '' : `-${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The one front door for every format, shared by the options page and `npm run export`. */
export async function exportAs(
  format: ExportFormat,
  data: BackupData,
  opts: ExportOptions,
): Promise<ExportFile> {
  const period = opts.appraisalYear === undefined ? undefined : appraisalYearRange(opts.appraisalYear);
  const chosen = period ? selectPeriod(data, period) : data;
  const suffix = yearSuffix(opts.appraisalYear);
  const count = chosen.reflections.length;
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'nmc-docx':
      return {
        filename: `nmc-reflective-accounts${suffix}.docx`,
        mimeType: docxType,
        // Word support is large; pages load it only when someone asks for a Word file.
        bytes: await (await import('./nmc-docx')).nmcAccountsToDocx(
          chosen.reflections,
          period ? { period } : {},
        ),
        count,
      };
    case 'appraisal-docx':
      return {
        filename: `appraisal-reflective-notes${suffix}.docx`,
        mimeType: docxType,
        bytes: await (await import('./appraisal-docx')).appraisalNotesToDocx(
          chosen.reflections,
          period ? { period } : {},
        ),
        count,
      };
    case 'csv':
      return {
        filename: `reflections${suffix}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        bytes: text(toCsv(chosen.reflections)),
        count,
      };
    case 'markdown':
      return {
        filename: `reflections${suffix}.md`,
        mimeType: 'text/markdown;charset=utf-8',
        bytes: text(toMarkdown(chosen.reflections)),
        count,
      };
    case 'json':
      return {
        filename: `power-of-many-backup-${opts.now.toISOString().slice(0, 10)}${suffix}.json`,
        mimeType: 'application/json',
        bytes: text(toBackup(chosen, opts.now)),
        count,
      };
  }
}
