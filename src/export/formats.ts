import {
  appraisalYearRange,
  type DateRange,
  inDateRange,
  revalidationWindow,
} from '../reflections/appraisal-year';
import { HCPC_PERIOD_YEARS } from '../reflections/hcpc-readiness';
import { localDate } from '../reflections/local-date';
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
  /**
   * The reflections the user chose, in order: the NMC's five written accounts (numbered 1 to 5 in this
   * order) or the HCPC activities to describe in full.
   */
  chosen?: readonly string[];
  /** HCPC: the renewal date the two years run to (default today) and the summary of practice history. */
  hcpc?: { renewalDate?: string | null; summary?: string };
  /** Appraisal and HCPC: add the one-page movement journey summary (only when the user ticks it). */
  journey?: boolean;
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

/** The journey option for the appraisal and HCPC documents, only when the user asked for it. */
async function journeyIf(opts: ExportOptions, data: BackupData) {
  if (!opts.journey) return {};
  const { exportJourney } = await import('./journey-summary');
  return { journey: exportJourney(data.reflections, data.promptEvents, opts.now) };
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
    case 'nmc-docx': {
      // Word support is large; pages load it only when someone asks for a Word file.
      const { nmcAccountsToDocx } = await import('./nmc-docx');
      const { accountsToWrite } = await import('./nmc');
      return {
        filename: `nmc-reflective-accounts${suffix}.docx`,
        mimeType: docxType,
        bytes: await nmcAccountsToDocx(chosen.reflections, {
          ...(period ? { period } : {}),
          ...(opts.chosen ? { chosen: opts.chosen } : {}),
        }),
        count: accountsToWrite(chosen.reflections, opts.chosen).length,
      };
    }
    case 'hcpc-docx': {
      const { hcpcProfileToDocx } = await import('./hcpc-docx');
      const hcpcPeriod = revalidationWindow(opts.hcpc?.renewalDate ?? localDate(opts.now), HCPC_PERIOD_YEARS);
      const inPeriod = selectPeriod(chosen, hcpcPeriod);
      return {
        filename: `hcpc-cpd-profile-${hcpcPeriod.to}.docx`,
        mimeType: docxType,
        bytes: await hcpcProfileToDocx(chosen.reflections, {
          period: hcpcPeriod,
          ...(opts.hcpc?.summary ? { summary: opts.hcpc.summary } : {}),
          ...(opts.chosen ? { described: opts.chosen } : {}),
          ...(await journeyIf(opts, inPeriod)),
        }),
        count: inPeriod.reflections.length,
      };
    }
    case 'appraisal-docx':
      return {
        filename: `appraisal-reflective-notes${suffix}.docx`,
        mimeType: docxType,
        bytes: await (await import('./appraisal-docx')).appraisalNotesToDocx(chosen.reflections, {
          ...(period ? { period } : {}),
          ...(await journeyIf(opts, chosen)),
        }),
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
