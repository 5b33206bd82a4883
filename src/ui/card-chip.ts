/*
 * The card at rest, as plain DOM: what every page with a card pays for, so it uses no framework. The
 * open card (Preact) is fetched only when the user opens the chip.
 */

export const CARD_SHORTCUT = 'Alt+Shift+P';

/** The question's opening words, so the collapsed chip says what it is about at a glance. */
export function firstWords(text: string, count = 5): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= count) return text.trim();
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.!?]+$/, '')}…`;
}

/** A small button at the page edge, never in the way of the writing; text only, never markup. */
export function chipButton(
  doc: Document,
  text: string,
  label: string,
  onOpen: () => void,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'pom chip';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-keyshortcuts', CARD_SHORTCUT);
  button.setAttribute('aria-label', label);
  const mark = doc.createElement('span');
  mark.className = 'chip-mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = '●';
  button.append(mark, ` ${firstWords(text)}`);
  button.addEventListener('click', onOpen);
  return button;
}
