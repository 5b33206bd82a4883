import type { ExportFormat } from '../../src/settings/schema';
import type { MessageKey } from '../../src/ui/i18n';
import type { PrintKind } from './route';

/** What the Export panel offers: the file formats, plus print views of the three regulator layouts. */
export const exportChoices = [
  'nmc-docx',
  'nmc-print',
  'appraisal-docx',
  'appraisal-print',
  'hcpc-docx',
  'hcpc-print',
  'csv',
  'markdown',
  'json',
] as const;
export type ExportChoice = (typeof exportChoices)[number];

/** 'five' is the NMC "choose your five" from the readiness view, in the order chosen. */
export type ExportScope = 'five' | 'selection' | 'filter' | 'all';

/** Print views open a page to print or save as PDF rather than download a file. */
export function printKindOf(choice: ExportChoice): PrintKind | null {
  if (choice === 'nmc-print') return 'nmc';
  if (choice === 'appraisal-print') return 'appraisal';
  if (choice === 'hcpc-print') return 'hcpc';
  return null;
}

/** A settings format is always one of the choices; the print views have no setting of their own. */
export function choiceOf(format: ExportFormat | undefined): ExportChoice {
  return format ?? 'markdown';
}

/** Each choice's name in the UI. */
export const choiceLabelKeys = {
  'nmc-docx': 'exportChoice_nmc_docx',
  'nmc-print': 'exportChoice_nmc_print',
  'appraisal-docx': 'exportChoice_appraisal_docx',
  'appraisal-print': 'exportChoice_appraisal_print',
  'hcpc-docx': 'exportChoice_hcpc_docx',
  'hcpc-print': 'exportChoice_hcpc_print',
  csv: 'exportChoice_csv',
  markdown: 'exportChoice_markdown',
  json: 'exportChoice_json',
} as const satisfies Record<ExportChoice, MessageKey>;

/** The regulator a choice writes for, so the panel can offer that regulator's own selection. */
export function regulatorOf(choice: ExportChoice): 'nmc' | 'hcpc' | null {
  if (choice === 'nmc-docx' || choice === 'nmc-print') return 'nmc';
  if (choice === 'hcpc-docx' || choice === 'hcpc-print') return 'hcpc';
  return null;
}

/** The appraisal and HCPC documents can carry the one-page movement journey summary. */
export function offersJourney(choice: ExportChoice): boolean {
  return choice.startsWith('appraisal-') || choice.startsWith('hcpc-');
}
