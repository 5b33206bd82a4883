import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { lookupFromMessages, type MessageKey } from '../ui/i18n';

/*
 * The extension's own words, read from the same _locales file the browser uses for the UI, so the
 * documents and the pages never disagree. Documents are also written in Node (the CLI), where there is no
 * browser.i18n, so they read the en-GB file with the same rules the browser applies.
 */

export type { MessageKey };

const lookup = lookupFromMessages(messages);

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The en-GB message for a key, with substitutions filled in as browser.i18n.getMessage does. */
export function msg(key: MessageKey, substitutions: string | readonly string[] = []): string {
  return lookup(key, typeof substitutions === 'string' ? substitutions : [...substitutions]);
}

/** The label of an id in a group: ids like "prioritise-people" are keys like "nmc_prioritise_people". */
export function groupLabel(group: string, id: string): string {
  const key = `${group}_${id.replaceAll('-', '_')}`;
  if (!hasMessage(key)) throw new RangeError(`No message for ${key}`);
  return msg(key);
}
