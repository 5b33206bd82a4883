import type { PageSnapshot } from '../detect/snapshot-shape';
import { runtimeId, sendFromPage } from './page-runtime';
import { readPage } from './read-page';

/*
 * The watcher: the only code of ours that a page of an enabled site runs, so it stays tiny (no polyfill,
 * no zod, no detector). Nothing is registered in pages: the background injects it once the page has
 * loaded, and the injection's result is the first snapshot, so a page that is only read never starts
 * the extension's messaging. Messages go out only when the page changes afterwards (typing, routes).
 * It talks to no one else: no attributes, no window messages, no events the page could see or send.
 */

/** What an injection returns to the background: this frame's snapshot, or null when nothing is new. */
export type WatchResult = { fresh: boolean; url: string; since: number; snapshot: PageSnapshot } | null;

/** Kept in the extension's isolated world; the page's own globals are a different object. */
type Shared = typeof globalThis & {
  pomWatch?: () => Promise<WatchResult>;
  pomCard?: { host?: Node | null; remove: () => void };
};

const shared = globalThis as Shared;

/** A frame holds an editor the user could be typing a plan into. */
const EDITOR = '[contenteditable]:not([contenteditable=false]),textarea,[role=textbox]';

/**
 * Each injection calls this; the first one in a frame starts watching. It resolves once the page has
 * loaded and gone idle, so reading never competes with the page's own start.
 */
export function startWatcher(): Promise<WatchResult> {
  shared.pomWatch ??= createWatch();
  return shared.pomWatch();
}

function createWatch(): () => Promise<WatchResult> {
  const stop = new AbortController();
  const { signal } = stop;
  const since = performance.timeOrigin;
  let href = '';
  let read = false;
  let changedSinceRead = true;
  let frames = 0;

  const take = (): NonNullable<WatchResult> => {
    const url = location.href;
    const fresh = url !== href;
    href = url;
    if (fresh) shared.pomCard?.remove();
    changedSinceRead = false;
    return { fresh, url, since, snapshot: readPage(document) };
  };

  /** After a change: the page has started talking to us, so a message is the way. */
  const report = () =>
    idleThen(() => {
      // An updated or removed extension leaves this script orphaned: stop quietly.
      if (signal.aborted || !runtimeId()) return stop.abort();
      const count = document.getElementsByTagName('iframe').length;
      const newFrames = count > frames;
      frames = count;
      sendFromPage({ type: 'page:sample', ...take(), newFrames }).catch(() => runtimeId() || stop.abort());
    });

  const begin = () => {
    if (read) return;
    read = true;
    frames = document.getElementsByTagName('iframe').length;
    // Client-side routes: the history API fires no event, but the DOM changes with the route, so the
    // observer's callback checks the address; popstate and hashchange cover back, forward and anchors.
    const onRoute = () => location.href !== href && report();
    addEventListener('popstate', onRoute, { signal });
    addEventListener('hashchange', onRoute, { signal });
    if (document.body)
      observe(
        document.body,
        () => {
          changedSinceRead = true;
          report();
        },
        signal,
      );
  };

  return () =>
    afterLoadAndIdle().then(() => {
      if (window !== window.top && !document.querySelector(EDITOR)) {
        // A child frame matters only once it holds the editor being typed in (Word's editor frame does).
        const onFocus = (e: Event) => {
          if (!(e.target as Element | null)?.matches?.(EDITOR)) return;
          removeEventListener('focusin', onFocus, true);
          begin();
          report();
        };
        addEventListener('focusin', onFocus, { capture: true, signal });
        return null;
      }
      // Injected again (a site switched on, a page back from the cache): read only what changed.
      if (read && !changedSinceRead && location.href === href) return null;
      begin();
      return take();
    });
}

const idleThen = (then: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(() => then(), { timeout: 2000 })
    : setTimeout(then, 50);

/** Waits for the load event and then for the browser to be idle, so reading never delays the page. */
function afterLoadAndIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => idleThen(resolve);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
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
