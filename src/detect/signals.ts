import { withPristineBuiltins } from './builtins';
import { defaultSignalBudget, emptyPageSignals, type PageSignals, type SignalBudget } from './page-signals';
import { parseAddress } from './platforms';

/*
 * One walk over the DOM with an explicit cursor (no recursion, so deep nesting cannot overflow the
 * stack), a node budget and character budgets. Only cheap, layout-free reads: nodeType, localName,
 * getAttribute, nodeValue, firstChild/nextSibling/parentNode, and `value` on form fields. No
 * innerText, no computed style, no geometry, so it works the same on linkedom and in a real browser.
 */

/** Elements whose content is never visible text, or is chrome rather than the page's own content. */
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'nav',
  'footer',
  'aside',
  'link',
  'meta',
  'base',
]);
const skippedRoles = new Set([
  'navigation',
  'contentinfo',
  'complementary',
  'menubar',
  'menu',
  'toolbar',
  'search',
  'tablist',
  'status',
]);
/** Inline elements do not break a phrase; every other element starts a new block of text. */
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const headingTags = new Set(['h1', 'h2', 'h3']);
const textInputTypes = new Set(['', 'text']);
/** Editor surfaces whose text is not in a contenteditable element (Google Docs renders elsewhere). */
const editorSurfaceClasses = ['kix-appview-editor', 'kix-canvas-tile-content'];

const IN_EDITABLE = 1;
const IN_EDITOR_SURFACE = 2;
const IN_HEADING = 4;
const IN_LABEL = 8;
const IN_HEAD_CELL = 16;
const IN_TITLE = 32;
const IN_HEAD = 64;

interface Frame {
  element: Element;
  flags: number;
  /** Capture flags this element opened, closed again when the walk leaves it. */
  opened: number;
  isTable: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function extractSignals(
  doc: Document,
  url: string,
  budget: SignalBudget = defaultSignalBudget,
): PageSignals {
  return withPristineBuiltins(
    () => walk(doc, url, budget),
    () => ({ ...emptyPageSignals(), url: parseAddress(url) }),
  );
}

function walk(doc: Document, url: string, budget: SignalBudget): PageSignals {
  const out = emptyPageSignals();
  out.url = parseAddress(url);

  let textLength = 0;
  const textParts: string[] = [];
  let editorLength = 0;
  const editorParts: string[] = [];
  let pendingBreak = false;
  let heading = '';
  let label = '';
  let cell = '';
  let title = '';
  const tableRows: number[] = [];

  const frames: Frame[] = [];
  let flags = 0;
  let nodes = 0;
  let node: Node | null = null;

  const addText = (raw: string): void => {
    const clean = collapse(raw, budget.maxTextChars);
    if (clean === '') return;
    if (flags & IN_TITLE) {
      if (title.length < budget.maxItemChars) title += `${title ? ' ' : ''}${clean}`;
      return;
    }
    if (textLength < budget.maxTextChars) {
      const piece = clean.slice(0, budget.maxTextChars - textLength);
      textParts.push(pendingBreak ? '\n' : ' ', piece);
      textLength += piece.length + 1;
    }
    pendingBreak = false;
    if (flags & (IN_EDITABLE | IN_EDITOR_SURFACE)) addEditorText(clean, (flags & IN_EDITABLE) !== 0);
    if (flags & IN_HEADING && heading.length < budget.maxItemChars) heading += ` ${clean}`;
    if (flags & IN_LABEL && label.length < budget.maxItemChars) label += ` ${clean}`;
    if (flags & IN_HEAD_CELL && cell.length < budget.maxItemChars) cell += ` ${clean}`;
  };

  const addEditorText = (clean: string, editable: boolean): void => {
    if (editable) out.editableChars += clean.length;
    if (editorLength >= budget.maxEditorChars) return;
    const piece = clean.slice(0, budget.maxEditorChars - editorLength);
    editorParts.push('\n', piece);
    editorLength += piece.length + 1;
  };

  const pushItem = (list: string[], max: number, raw: string): void => {
    if (list.length >= max) return;
    const clean = collapse(raw, budget.maxItemChars);
    if (clean !== '') list.push(clean.slice(0, budget.maxItemChars));
  };

  /** Reads one element's attributes; returns false when its subtree should be skipped. */
  const enter = (el: Element, frame: Frame): boolean => {
    const tag = el.localName;
    if (tag === 'head') {
      frame.flags |= IN_HEAD;
      return true;
    }
    if (tag === 'title') {
      // Only the document's own title; <title> inside an SVG icon is a tooltip.
      if (!(flags & IN_HEAD) || title !== '') return false;
      frame.flags |= IN_TITLE;
      return true;
    }
    if (tag === 'meta') {
      readMeta(el, out);
      return false;
    }
    if (tag === 'script') {
      if (lower(el.getAttribute('type')) === 'application/ld+json') readStructuredDataTypes(el, out);
      return false;
    }
    if (skippedTags.has(tag) || isHidden(el)) return false;
    const role = lower(el.getAttribute('role'));
    if (skippedRoles.has(role)) return false;

    if (!inlineTags.has(tag)) pendingBreak = true;

    const ariaLabel = el.getAttribute('aria-label');
    const placeholder = el.getAttribute('placeholder');
    if (placeholder) pushItem(out.labels, budget.maxLabels, placeholder);

    if (tag === 'textarea' || tag === 'input') {
      if (ariaLabel) pushItem(out.labels, budget.maxLabels, ariaLabel);
      const type = lower(el.getAttribute('type'));
      if (tag === 'textarea' || textInputTypes.has(type)) {
        const value = (el as HTMLTextAreaElement).value;
        if (typeof value === 'string' && value !== '') {
          const saved = flags;
          flags |= IN_EDITABLE;
          pendingBreak = true;
          addText(value.slice(0, budget.maxEditorChars));
          flags = saved;
        }
      }
      return false;
    }

    const editable = el.getAttribute('contenteditable');
    const isEditable =
      (editable !== null && lower(editable) !== 'false') ||
      (role === 'textbox' && lower(el.getAttribute('aria-readonly')) !== 'true');
    if (isEditable) frame.flags |= IN_EDITABLE;
    else if (hasAnyClass(el.getAttribute('class'), editorSurfaceClasses)) frame.flags |= IN_EDITOR_SURFACE;

    if (ariaLabel) {
      // Google Docs' canvas renders each paragraph as an aria-label on an empty element: that is text.
      if (frame.flags & (IN_EDITABLE | IN_EDITOR_SURFACE) && el.firstChild === null) {
        const saved = flags;
        flags = frame.flags;
        pendingBreak = true;
        addText(ariaLabel);
        flags = saved;
      } else if (!isEditable) {
        pushItem(out.labels, budget.maxLabels, ariaLabel);
      }
    }

    const level = el.getAttribute('aria-level');
    const isHeading = headingTags.has(tag) || (role === 'heading' && (level === null || Number(level) <= 3));
    if (isHeading && !(frame.flags & IN_HEADING)) {
      frame.flags |= IN_HEADING;
      frame.opened |= IN_HEADING;
      heading = '';
    } else if ((tag === 'label' || tag === 'legend') && !(frame.flags & IN_LABEL)) {
      frame.flags |= IN_LABEL;
      frame.opened |= IN_LABEL;
      label = '';
    } else if (tag === 'table') {
      frame.isTable = true;
      tableRows.push(-1);
    } else if (tag === 'tr' && tableRows.length > 0) {
      tableRows[tableRows.length - 1] = (tableRows[tableRows.length - 1] ?? -1) + 1;
    } else if (
      (tag === 'th' || role === 'columnheader' || (tag === 'td' && tableRows[tableRows.length - 1] === 0)) &&
      !(frame.flags & IN_HEAD_CELL)
    ) {
      frame.flags |= IN_HEAD_CELL;
      frame.opened |= IN_HEAD_CELL;
      cell = '';
    }
    return true;
  };

  const leave = (frame: Frame): void => {
    if (frame.opened & IN_HEADING) pushItem(out.headings, budget.maxHeadings, heading);
    if (frame.opened & IN_LABEL) pushItem(out.labels, budget.maxLabels, label);
    if (frame.opened & IN_HEAD_CELL) pushItem(out.tableHeads, budget.maxTableHeads, cell);
    if (frame.isTable) tableRows.pop();
    if (!inlineTags.has(frame.element.localName)) pendingBreak = true;
  };

  // Every top-level node, not just documentElement: fragments parsed without <html> have several, and
  // linkedom's doctype has no nextSibling. Each one is walked with the cursor below.
  const topLevel = doc.childNodes;
  for (let k = 0; k < topLevel.length && !out.budget.truncated; k++) {
    node = topLevel[k] ?? null;
    while (node !== null) {
      nodes++;
      if (nodes > budget.maxNodes) {
        out.budget.truncated = true;
        break;
      }
      let descend = false;
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue;
        if (value) addText(value);
      } else if (node.nodeType === ELEMENT_NODE) {
        const frame: Frame = { element: node as Element, flags, opened: 0, isTable: false };
        descend = enter(node as Element, frame) && node.firstChild !== null;
        if (descend) {
          frames.push(frame);
          flags = frame.flags;
          node = node.firstChild;
          continue;
        }
        // A leaf element still closes anything it opened (an empty heading, a table with no rows).
        leave(frame);
      }
      // Move to the next sibling, climbing out of finished elements; stop at the top-level node.
      while (node !== null) {
        if (frames.length === 0) {
          node = null;
          break;
        }
        if (node.nextSibling !== null) {
          node = node.nextSibling;
          break;
        }
        const finished = frames.pop() as Frame;
        leave(finished);
        flags = frames.length > 0 ? (frames[frames.length - 1] as Frame).flags : 0;
        node = finished.element;
      }
    }
  }
  // Anything still open when the budget ran out.
  for (let i = frames.length - 1; i >= 0; i--) leave(frames[i] as Frame);

  out.title = title;
  out.text = textParts.join('').slice(1);
  out.editorText = editorParts.join('').slice(1);
  out.budget.nodes = Math.min(nodes, budget.maxNodes);
  out.budget.chars = textLength;
  return out;
}

function lower(value: string | null): string {
  return value === null ? '' : value.toLowerCase();
}

/** Collapses runs of whitespace; looks at no more than `limit` characters of a huge text node. */
function collapse(raw: string, limit: number): string {
  const head = raw.length > limit * 2 ? raw.slice(0, limit * 2) : raw;
  return head.replace(/\s+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (lower(el.getAttribute('aria-hidden')) === 'true') return true;
  if (el.localName === 'input' && lower(el.getAttribute('type')) === 'hidden') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function hasAnyClass(classAttr: string | null, names: readonly string[]): boolean {
  if (!classAttr) return false;
  const padded = ` ${classAttr} `;
  for (const name of names) if (padded.includes(` ${name} `)) return true;
  return false;
}

function readMeta(el: Element, out: PageSignals): void {
  const name = lower(el.getAttribute('name') ?? el.getAttribute('property'));
  const content = (el.getAttribute('content') ?? '').slice(0, 120);
  if (name === 'generator') out.meta.generator = content;
  else if (name === 'og:type') out.meta.ogType = content.toLowerCase();
}

/** schema.org types (Recipe, Product, NewsArticle…) say what kind of page this is; read a few, cheaply. */
function readStructuredDataTypes(el: Element, out: PageSignals): void {
  const json = (el.firstChild?.nodeValue ?? '').slice(0, 4000);
  const pattern = /"@type"\s*:\s*"([A-Za-z]{2,40})"/g;
  for (
    let match = pattern.exec(json);
    match !== null && out.meta.ldTypes.length < 8;
    match = pattern.exec(json)
  ) {
    out.meta.ldTypes.push(match[1] as string);
  }
}
