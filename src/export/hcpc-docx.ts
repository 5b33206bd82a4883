import type { RevalidationReflection } from '../reflections/fields';
import type { Journey } from '../together/journey-of';
import { printDocumentToDocx } from './docx-render';
import { type HcpcProfileOptions, hcpcProfilePrintModel } from './hcpc';
import { withJourney } from './journey-summary';

/** An HCPC CPD profile as a Word document, to send if the registrant is picked for audit. */
export function hcpcProfileToDocx(
  reflections: readonly RevalidationReflection[],
  opts: HcpcProfileOptions & { journey?: Journey },
): Promise<Uint8Array> {
  return printDocumentToDocx(withJourney(hcpcProfilePrintModel(reflections, opts), opts.journey));
}
