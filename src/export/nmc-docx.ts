import type { RevalidationReflection } from '../reflections/fields';
import { printDocumentToDocx } from './docx-render';
import type { NmcAccountOptions } from './nmc';
import { nmcPrintModelOf, type PrintOptions } from './print';

/** NMC reflective accounts as a Word document: a short cover, then one account per page. */
export function nmcAccountsToDocx(
  reflections: readonly RevalidationReflection[],
  opts: PrintOptions & NmcAccountOptions = {},
): Promise<Uint8Array> {
  return printDocumentToDocx(nmcPrintModelOf(reflections, opts));
}
