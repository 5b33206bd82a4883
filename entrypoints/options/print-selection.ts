import { type PrintKind, printKinds } from './route';

/** What the print view shows: kept in sessionStorage so a reload of #print/… shows the same document. */
export interface PrintSelection {
  kind: PrintKind;
  ids: string[];
  /** The appraisal year the reflections were chosen by, shown as the document's period. */
  appraisalYear?: number;
  /** The ids are the user's own order (the NMC five), to be numbered as given rather than by date. */
  ordered?: boolean;
  /** Add the one-page movement journey summary (appraisal and HCPC only, when the user ticked it). */
  journey?: boolean;
  /** Open the print dialogue once on arrival; cleared so a reload does not ask again. */
  autoPrint: boolean;
}

const KEY = 'pom-print-selection';

export function savePrintSelection(selection: PrintSelection): void {
  sessionStorage.setItem(KEY, JSON.stringify(selection));
}

export function readPrintSelection(): PrintSelection | null {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const value = raw as Partial<PrintSelection>;
    if (!Array.isArray(value.ids) || !value.ids.every((id) => typeof id === 'string')) return null;
    if (!printKinds.includes(value.kind as PrintKind)) return null;
    return {
      kind: value.kind as PrintKind,
      ids: value.ids,
      ...(typeof value.appraisalYear === 'number' ? { appraisalYear: value.appraisalYear } : {}),
      ...(value.ordered === true ? { ordered: true } : {}),
      ...(value.journey === true ? { journey: true } : {}),
      autoPrint: value.autoPrint === true,
    };
  } catch {
    return null;
  }
}

export function markPrinted(selection: PrintSelection): void {
  savePrintSelection({ ...selection, autoPrint: false });
}
