import messages from '../../public/_locales/en_GB/messages.json';

/*
 * The extension's own words, read from the same _locales file the browser uses for the UI, so the
 * documents and the pages never disagree. The core cannot call browser.i18n (it also runs in Node for the
 * CLI), so this applies the same rules: named $PLACEHOLDERS$ whose content is $1…$9.
 */

export type MessageKey = keyof typeof messages;

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The en-GB message for a key, with substitutions filled in as browser.i18n.getMessage does. */
export function msg(key: MessageKey, substitutions: string | readonly string[] = []): string {
  const entry = messages[key] as Entry;
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const fill = (content: string) => content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** The label of an id in a group: ids like "prioritise-people" are keys like "nmc_prioritise_people". */
export function groupLabel(group: string, id: string): string {
  const key = `${group}_${id.replaceAll('-', '_')}`;
  if (!hasMessage(key)) throw new Error(`No message for ${key}`);
  return msg(key);
}
