import type { RevalidationReflection } from '../reflections/fields';
import { printDocumentToDocx } from './docx-render';
import { type HcpcProfileOptions, hcpcProfilePrintModel } from './hcpc';

/** An HCPC CPD profile as a Word document, to send if the registrant is picked for audit. */
export function hcpcProfileToDocx(
  reflections: readonly RevalidationReflection[],
  opts: HcpcProfileOptions,
): Promise<Uint8Array> {
  return printDocumentToDocx(hcpcProfilePrintModel(reflections, opts));
}
