import type messages from '../../public/_locales/en_GB/messages.json';

export type MessageKey = keyof typeof messages;

/** The browser's `i18n.getMessage`, or a Node stand-in built from a messages.json file. */
export type MessageLookup = (key: string, substitutions?: string | string[]) => string;

// Injected rather than imported so the shared UI stays free of browser APIs (the lint enforces it):
// each entry point installs the browser's lookup before it renders; Node tools install one from JSON.
let lookup: MessageLookup | undefined;

export function installMessages(source: MessageLookup): void {
  lookup = source;
}

/** Every user-visible string comes from _locales, so a translation is a new file, not a code change. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return lookup?.(key, substitutions) || key;
}

type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Chrome's rules for a messages.json entry: named $placeholders$ map to $1…$9, then $1…$9 are filled. */
export function lookupFromMessages(file: MessageFile): MessageLookup {
  return (key, substitutions) => {
    const entry = file[key];
    if (!entry) return '';
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$(\$|\d)/g, (_whole, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}
