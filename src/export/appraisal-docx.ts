import type { Reflection } from '../reflections/model';
import { toAppraisalNotes } from './appraisal';
import { printDocumentToDocx } from './docx-render';
import { appraisalPrintModel, type PrintOptions } from './print';

/** Reflective notes for a medical appraisal as a Word document, ready to upload to an appraisal toolkit. */
export function appraisalNotesToDocx(
  reflections: readonly Reflection[],
  opts: PrintOptions = {},
): Promise<Uint8Array> {
  return printDocumentToDocx(appraisalPrintModel(toAppraisalNotes(reflections), opts));
}
