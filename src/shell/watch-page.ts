import { inPageBudget } from '../detect/page-signals';
import { type PageSampler, startSample } from '../detect/sample-page';
import { runtimeId, sendFromPage } from './page-runtime';

/*
 * The watcher: the only code of ours that every page of an enabled site runs, so it stays tiny (no
 * polyfill, no zod, no detector) and does nothing until the page has loaded and gone idle. It reads a
 * bounded sample and sends it to the background in one message; the background decides the rest.
 * It talks to no one else: no attributes, no window messages, no events the page could see or send.
 */

/** Set by card.js in this same isolated world; the page's own globals are a different object. */
type Shared = typeof globalThis & {
  pomWatching?: boolean;
  pomCard?: { host?: Node | null; remove: () => void };
};

const shared = globalThis as Shared;

/** A frame holds an editor the user could be typing a plan into. */
const EDITOR = '[contenteditable]:not([contenteditable=false]),textarea,[role=textbox]';

export function startWatcher(): void {
  // Enabling a site injects the watcher into open tabs, which may already have the registered one.
  if (shared.pomWatching) return;
  shared.pomWatching = true;
  const stop = new AbortController();
  const { signal } = stop;
  let href = '';

  const sample = () => {
    // An updated or removed extension leaves this script orphaned: stop quietly.
    if (!runtimeId()) return stop.abort();
    const url = location.href;
    const fresh = url !== href;
    href = url;
    if (fresh) shared.pomCard?.remove();
    inSlices(startSample(document, inPageBudget), signal, (signals) => {
      sendFromPage({ type: 'page:sample', fresh, url, since: performance.timeOrigin, signals }).catch(
        () => runtimeId() || stop.abort(),
      );
    });
  };

  const begin = () => {
    if (signal.aborted) return;
    sample();
    // Client-side routes: the history API fires no event, but the DOM changes with the route, so the
    // observer's callback checks the address; popstate and hashchange cover back, forward and anchors.
    const onRoute = () => location.href !== href && sample();
    addEventListener('popstate', onRoute, { signal });
    addEventListener('hashchange', onRoute, { signal });
    if (document.body) observe(document.body, sample, signal);
  };

  afterLoadAndIdle(() => {
    if (window === window.top || document.querySelector(EDITOR)) return begin();
    // A child frame matters only once it holds the editor being typed in (Word's editor frame does).
    const onFocus = (e: Event) => {
      if (!(e.target as Element | null)?.matches?.(EDITOR)) return;
      removeEventListener('focusin', onFocus, true);
      begin();
    };
    addEventListener('focusin', onFocus, { capture: true, signal });
  });
}

/** Nodes read between checks of the idle deadline: small enough that one slice stays well under a frame. */
const SLICE_NODES = 250;

/**
 * Reads the page in idle periods, a few hundred nodes at a time, so even a 10,000-node page never gets a
 * long task from us; the sample is sent once the walk is over.
 */
function inSlices(
  sampler: PageSampler,
  signal: AbortSignal,
  then: (sample: ReturnType<PageSampler['result']>) => void,
) {
  const slice = (deadline?: IdleDeadline) => {
    if (signal.aborted) return;
    do {
      if (sampler.step(SLICE_NODES)) return then(sampler.result());
    } while ((deadline?.timeRemaining() ?? 0) > 1);
    idleThen(slice);
  };
  slice();
}

const idleThen = (then: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(then, { timeout: 2000 })
    : setTimeout(then, 50);

/** Waits for the load event and then for the browser to be idle, so reading never delays the page. */
function afterLoadAndIdle(then: () => void): void {
  const idle = () => idleThen(() => then());
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * Calls `onChange` once the page has been quiet for 0.8 s after DOM changes or typing (or after 4 s of
 * continuous typing), at most every 2.5 s and 40 times a document. The observer callback does O(1) work, so a
 * page that mutates forever costs a bounded amount. The card's own host coming and going is ignored.
 */
function observe(target: Node, onChange: () => void, signal: AbortSignal): void {
  let runs = 40;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  let last = 0;
  let lastRun = 0;
  const run = () => {
    const now = Date.now();
    const due = Math.max(Math.min(last + 800, first + 4000), lastRun + 2500);
    if (due > now) {
      timer = setTimeout(run, due - now);
      return;
    }
    timer = undefined;
    lastRun = now;
    if (--runs <= 0) observer.disconnect();
    onChange();
  };
  const changed = () => {
    last = Date.now();
    if (timer !== undefined || runs <= 0) return;
    first = last;
    timer = setTimeout(run, 800);
  };
  const observer = new MutationObserver((records) => {
    const host = shared.pomCard?.host;
    if (!host || !records.every((r) => (r.addedNodes[0] ?? r.removedNodes[0]) === host)) changed();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  // Typing into a textarea or input changes no DOM node, so the input event counts as a change too.
  addEventListener('input', changed, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
