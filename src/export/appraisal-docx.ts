import type { Reflection } from '../reflections/model';
import type { Journey } from '../together/journey-of';
import { toAppraisalNotes } from './appraisal';
import { printDocumentToDocx } from './docx-render';
import { withJourney } from './journey-summary';
import { appraisalPrintModel, type PrintOptions } from './print';

/** Reflective notes for a medical appraisal as a Word document, ready to upload to an appraisal toolkit. */
export function appraisalNotesToDocx(
  reflections: readonly Reflection[],
  opts: PrintOptions & { journey?: Journey } = {},
): Promise<Uint8Array> {
  return printDocumentToDocx(
    withJourney(appraisalPrintModel(toAppraisalNotes(reflections), opts), opts.journey),
  );
}
