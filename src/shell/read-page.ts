import {
  FIELD_SELECTOR,
  isTextField,
  MAX_FIELD_CHARS,
  MAX_FIELDS,
  MAX_SNAPSHOT_CHARS,
  type PageSnapshot,
} from '../detect/snapshot-shape';

/*
 * The page's side of detection: hand over the markup and nothing else. The browser serialises each
 * top-level node natively, so a page pays for one copy of its markup, not for a walk in JavaScript that
 * makes a wrapper object for every node it touches. The background does the reading (page-snapshot.ts).
 */

/** Top-level nodes that never hold the page's text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link']);
/** From the head, only what the walk reads: the title, meta tags and schema.org types. */
const HEAD_KEPT = 'title,meta,script[type="application/ld+json"]';
/** The walk reads no more than this of a schema.org block. */
const LD_CHARS = 4000;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function readPage(doc: Document): PageSnapshot {
  let html = '<!doctype html><html><head>';
  for (const el of doc.head?.querySelectorAll(HEAD_KEPT) ?? []) {
    html +=
      el.localName === 'script'
        ? `<script type="application/ld+json">${(el.textContent ?? '').slice(0, LD_CHARS)}</script>`
        : el.outerHTML;
  }
  html += '</head>';
  const body = doc.body;
  if (body) {
    // The body's own tag matters: an editor frame's body is often the contenteditable element itself.
    html += (body.cloneNode(false) as Element).outerHTML.replace(/<\/body>$/, '');
    for (let node = body.firstChild; node && html.length < MAX_SNAPSHOT_CHARS; node = node.nextSibling) {
      if (node.nodeType === 3) html += escapeText(node.nodeValue ?? '');
      else if (node.nodeType === 1 && !SKIPPED.has((node as Element).localName))
        html += (node as Element).outerHTML;
    }
  }
  const fields: string[] = [];
  const list = doc.querySelectorAll(FIELD_SELECTOR);
  for (let i = 0; i < list.length && i < MAX_FIELDS; i++) {
    const field = list[i] as HTMLInputElement;
    fields.push(
      isTextField(field.localName, field.getAttribute('type')) ? field.value.slice(0, MAX_FIELD_CHARS) : '',
    );
  }
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return { html: html.slice(0, MAX_SNAPSHOT_CHARS), fields };
}
