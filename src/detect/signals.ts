import { withPristineBuiltins } from './builtins';
import { defaultSignalBudget, emptyPageSignals, type PageSignals, type SignalBudget } from './page-signals';
import { parseAddress } from './platforms';
import { samplePage } from './sample-page';

/**
 * The page's bounded facts plus its parsed address. The walk itself lives in sample-page.ts, which is
 * all the in-page watcher bundles; this wrapper adds what only Node and main-world callers need: the
 * page's own built-ins are set aside for the length of the walk (a content script's isolated world
 * never sees them, but `npm run detect` and the benchmarks' main-world bundle might).
 */
export function extractSignals(
  doc: Document,
  url: string,
  budget: SignalBudget = defaultSignalBudget,
): PageSignals {
  return withPristineBuiltins(
    () => ({ ...samplePage(doc, budget), url: parseAddress(url) }),
    () => ({ ...emptyPageSignals(), url: parseAddress(url) }),
  );
}
