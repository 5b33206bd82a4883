/**
 * Calls `onChange` after the page has settled following meaningful DOM changes.
 * The observer callback does O(1) work, and re-runs are spaced and capped per visit,
 * so a page that mutates forever costs a bounded amount.
 */
export function watchPage(
  target: Node,
  onChange: () => void,
  opts: {
    signal: AbortSignal;
    isOwn?: (node: Node) => boolean;
    debounceMs?: number;
    minGapMs?: number;
    maxRuns?: number;
  },
): void {
  const { signal, isOwn, debounceMs = 800, minGapMs = 2500, maxRuns = 40 } = opts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let runs = 0;
  const run = () => {
    timer = undefined;
    if (signal.aborted || runs >= maxRuns) return;
    const wait = lastRun + minGapMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(run, wait);
      return;
    }
    runs++;
    lastRun = Date.now();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (isOwn && records.every((r) => isOwn(r.target) || onlyTouches(r, isOwn))) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}

function onlyTouches(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwn);
}
