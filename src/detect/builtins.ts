/**
 * Detection runs on other people's pages. Content scripts get their own realm (Chrome's isolated
 * world, Firefox's Xray), but the same code runs in Node and could end up in a page's realm, where a
 * site may have replaced Array.prototype.map or String.prototype.toLowerCase. For the length of one
 * synchronous call we put back the built-ins captured when this module loaded, then restore whatever
 * was there, so the page never sees a difference and detection never sees the page's versions.
 */

const { defineProperty, getOwnPropertyDescriptor } = Object;

interface Slot {
  target: object;
  key: PropertyKey;
  pristine: PropertyDescriptor;
}

const slots: Slot[] = [];

function capture(target: object, keys: readonly PropertyKey[]): void {
  for (const key of keys) {
    const pristine = getOwnPropertyDescriptor(target, key);
    if (pristine) slots.push({ target, key, pristine });
  }
}

capture(String.prototype, [
  'toLowerCase',
  'toUpperCase',
  'slice',
  'indexOf',
  'includes',
  'trim',
  'split',
  'replace',
  'normalize',
  'charCodeAt',
  'startsWith',
  'endsWith',
  'match',
  Symbol.iterator,
]);
capture(Array.prototype, [
  'push',
  'pop',
  'join',
  'map',
  'filter',
  'forEach',
  'indexOf',
  'includes',
  'slice',
  'sort',
  'some',
  'every',
  'reduce',
  'concat',
  Symbol.iterator,
]);
capture(RegExp.prototype, [
  'exec',
  'test',
  Symbol.replace,
  Symbol.match,
  Symbol.matchAll,
  Symbol.split,
  'global',
  'flags',
]);
capture(Map.prototype, ['get', 'set', 'has']);
capture(Set.prototype, ['has', 'add']);
capture(Math, ['max', 'min', 'exp', 'round', 'abs']);
capture(Number.prototype, ['toFixed']);
capture(globalThis, ['URL', 'decodeURIComponent']);

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return a.value === b.value && a.get === b.get && a.set === b.set;
}

/** Runs `run` with pristine built-ins; if a page has frozen a replacement in place, returns `fallback()`. */
export function withPristineBuiltins<T>(run: () => T, fallback: () => T): T {
  const changed: Array<{ slot: Slot; current: PropertyDescriptor | undefined }> = [];
  let restorable = true;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const current = getOwnPropertyDescriptor(slot.target, slot.key);
    if (current && sameDescriptor(current, slot.pristine)) continue;
    try {
      defineProperty(slot.target, slot.key, slot.pristine);
      changed[changed.length] = { slot, current };
    } catch {
      restorable = false;
      break;
    }
  }
  try {
    return restorable ? run() : fallback();
  } finally {
    for (let i = changed.length - 1; i >= 0; i--) {
      const { slot, current } = changed[i] as (typeof changed)[number];
      if (current) defineProperty(slot.target, slot.key, current);
      else delete (slot.target as Record<PropertyKey, unknown>)[slot.key];
    }
  }
}
