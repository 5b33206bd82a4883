import type { Reflection } from '../reflections/model';
import { printDocumentToDocx } from './docx-render';
import { toNmcAccounts } from './nmc';
import { nmcAccountsPrintModel, type PrintOptions } from './print';

/** NMC reflective accounts as a Word document: a short cover, then one account per page. */
export function nmcAccountsToDocx(
  reflections: readonly Reflection[],
  opts: PrintOptions = {},
): Promise<Uint8Array> {
  return printDocumentToDocx(nmcAccountsPrintModel(toNmcAccounts(reflections), opts));
}
