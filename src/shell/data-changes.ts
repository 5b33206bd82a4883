import { onCommitted, type PomDb } from '../reflections/store';

/** Every extension page (popup, log tabs, capture windows, background) shares this channel name. */
const CHANNEL = 'power-of-many-data';

/** Tells every other open extension page that this connection's writes have committed. */
export function announceChangesOf(db: PomDb): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  onCommitted(db, (stores) => channel.postMessage({ stores: [...stores] }));
}

/**
 * Calls back when another page changed one of the named stores (saved, deleted, imported); returns how to
 * stop listening. Drafts change on every pause in typing, so pages name only the stores they show.
 */
export function listenForDataChanges(stores: readonly string[], callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ stores?: unknown }>) => {
    const changed = Array.isArray(event.data?.stores) ? event.data.stores : [];
    if (changed.some((name) => stores.includes(String(name)))) callback();
  };
  return () => channel.close();
}
