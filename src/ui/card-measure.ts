import type { Box } from './card-placement';

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

// Tag names rather than `instanceof`: each interface object a content script first touches is built for
// its isolated world on the spot, a cost the page pays.
const isTextArea = (el: Element): el is HTMLTextAreaElement => el.localName === 'textarea';

function isEditable(el: Element | null): el is HTMLElement {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable || isTextArea(el)) return true;
  return el.localName === 'input' && /^(text|search|email|url|)$/.test((el as HTMLInputElement).type);
}

/** The element being typed in, if the focus is in one (the card's own host excepted). */
export function focusedEditor(doc: Document, cardHost: Element): HTMLElement | null {
  const active = doc.activeElement;
  if (!active || active === cardHost) return null;
  return isEditable(active) ? active : null;
}

/** The editor's box and the caret line's box, read only when the card is placed, never while idle. */
export function editingBoxes(
  doc: Document,
  editor: HTMLElement | null,
): { editor: Box | null; caret: Box | null } {
  if (!editor) return { editor: null, caret: null };
  const editorBox = toBox(editor.getBoundingClientRect());
  const selection = doc.getSelection();
  if (editor.isContentEditable && selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    const rects = range.getClientRects();
    const line = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
    if (line && (line.height > 0 || line.top > 0)) return { editor: editorBox, caret: toBox(line) };
    // A caret on an empty line has no rectangle of its own; the block it sits in is that line.
    const node = selection.focusNode;
    const block = node instanceof Element ? node : node?.parentElement;
    if (block && editor.contains(block))
      return { editor: editorBox, caret: toBox(block.getBoundingClientRect()) };
  }
  const style = getComputedStyle(editor);
  const lineHeight = Number.parseFloat(style.lineHeight) || 1.2 * Number.parseFloat(style.fontSize) || 20;
  if (isTextArea(editor)) {
    // Text areas hide the caret's position: count the lines before it (soft wrapping makes this an
    // estimate, so the band's margin above and below covers a line either way).
    const before = editor.value.slice(0, editor.selectionStart ?? 0).split('\n').length - 1;
    const top =
      editorBox.top + (Number.parseFloat(style.paddingTop) || 0) + before * lineHeight - editor.scrollTop;
    return { editor: editorBox, caret: { ...editorBox, top, height: lineHeight } };
  }
  return { editor: editorBox, caret: editorBox };
}
