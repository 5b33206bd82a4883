import { emptySample, type PageSample, type SignalBudget } from './page-signals';

/*
 * One walk over the DOM with an explicit cursor (no recursion, so deep nesting cannot overflow the
 * stack), a node budget and character budgets. Only cheap, layout-free reads: nodeType, localName,
 * getAttribute, nodeValue, firstChild/nextSibling/parentNode, and `value` on form fields. No
 * innerText, no computed style, no geometry, so it works the same on linkedom and in a real browser.
 * The extension runs it in the background on the markup a page hands over (page-snapshot.ts), and the
 * CLI on files, so both read a page the same way.
 */

const words = (list: string) => new Set(list.split(' '));
/** Elements whose content is never visible text, or is chrome rather than the page's own content. */
const skippedTags = words(
  'script style noscript template iframe object embed canvas select nav footer aside link meta base',
);
const skippedRoles = words('navigation contentinfo complementary menubar menu toolbar search tablist status');
/** Inline elements do not break a phrase; every other element starts a new block of text. */
const inlineTags = words(
  'a abbr b bdi bdo cite code em font i kbd mark q s small span strong sub sup time u var wbr',
);
const headingTags = words('h1 h2 h3');
/** Editor surfaces whose text is not in a contenteditable element (Google Docs renders elsewhere). */
const editorSurface = / (kix-appview-editor|kix-canvas-tile-content) /;
const hiddenStyle = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

const IN_EDITABLE = 1;
const IN_EDITOR_SURFACE = 2;
const IN_HEADING = 4;
const IN_LABEL = 8;
const IN_HEAD_CELL = 16;
const IN_TITLE = 32;
const IN_HEAD = 64;

interface Frame {
  el: Element;
  flags: number;
  /** Capture flags this element opened, closed again when the walk leaves it. */
  opened: number;
  table: boolean;
}

const lower = (value: string | null): string => (value === null ? '' : value.toLowerCase());

/** Collapses runs of whitespace; looks at no more than `limit` characters of a huge text node. */
const collapse = (raw: string, limit: number): string =>
  (raw.length > limit * 2 ? raw.slice(0, limit * 2) : raw).replace(/\s+/g, ' ').trim();

/** The bounded facts of a page, without its address (the caller knows that, and parses it elsewhere). */
export function samplePage(doc: Document, budget: SignalBudget): PageSample {
  const sampler = startSample(doc, budget);
  while (!sampler.step(Number.POSITIVE_INFINITY));
  return sampler.result();
}

/**
 * The same walk in slices: `step(n)` visits up to n more nodes and says whether the walk is over, so a
 * page can be read across idle periods without one long task. Nodes the page removes between slices are
 * walked as they were (the cursor climbs by its own stack, never by parentNode), which stays bounded.
 */
export interface PageSampler {
  step(nodes: number): boolean;
  result(): PageSample;
}

// One closure over the walk's state, which the enter/leave helpers share; split, they would pass a dozen
// counters back and forth. The budget bounds it.
export function startSample(doc: Document, budget: SignalBudget): PageSampler {
  const out = emptySample();
  const { maxTextChars, maxEditorChars, maxItemChars } = budget;
  let textLength = 0;
  let editorLength = 0;
  let text = '';
  let editor = '';
  let pendingBreak = false;
  let heading = '';
  let label = '';
  let cell = '';
  let title = '';
  const tableRows: number[] = [];
  const frames: Frame[] = [];
  let flags = 0;
  let nodes = 0;

  const push = (list: string[], max: number, raw: string): void => {
    const clean = list.length < max ? collapse(raw, maxItemChars) : '';
    if (clean) list.push(clean.slice(0, maxItemChars));
  };

  const addText = (raw: string): void => {
    const clean = collapse(raw, maxTextChars);
    if (!clean) return;
    if (flags & IN_TITLE) {
      if (title.length < maxItemChars) title += `${title ? ' ' : ''}${clean}`;
      return;
    }
    if (textLength < maxTextChars) {
      const piece = clean.slice(0, maxTextChars - textLength);
      text += (pendingBreak ? '\n' : ' ') + piece;
      textLength += piece.length + 1;
    }
    pendingBreak = false;
    if (flags & (IN_EDITABLE | IN_EDITOR_SURFACE)) {
      if (flags & IN_EDITABLE) out.editableChars += clean.length;
      if (editorLength < maxEditorChars) {
        const piece = clean.slice(0, maxEditorChars - editorLength);
        editor += `\n${piece}`;
        editorLength += piece.length + 1;
      }
    }
    if (flags & IN_HEADING && heading.length < maxItemChars) heading += ` ${clean}`;
    if (flags & IN_LABEL && label.length < maxItemChars) label += ` ${clean}`;
    if (flags & IN_HEAD_CELL && cell.length < maxItemChars) cell += ` ${clean}`;
  };

  /** Text read as if it sat inside an element with `as` flags (form values, canvas aria-labels). */
  const addTextAs = (as: number, raw: string): void => {
    const saved = flags;
    flags = as;
    pendingBreak = true;
    addText(raw);
    flags = saved;
  };

  /** Reads one element's attributes; returns false when its subtree should be skipped. */
  const enter = (el: Element, frame: Frame): boolean => {
    const tag = el.localName;
    const attr = (name: string) => el.getAttribute(name);
    if (tag === 'head') {
      frame.flags |= IN_HEAD;
      return true;
    }
    if (tag === 'title') {
      // Only the document's own title; <title> inside an SVG icon is a tooltip.
      if (!(flags & IN_HEAD) || title) return false;
      frame.flags |= IN_TITLE;
      return true;
    }
    if (tag === 'meta') {
      const name = lower(attr('name') ?? attr('property'));
      const content = (attr('content') ?? '').slice(0, 120);
      if (name === 'generator') out.meta.generator = content;
      else if (name === 'og:type') out.meta.ogType = content.toLowerCase();
      return false;
    }
    if (tag === 'script') {
      if (lower(attr('type')) === 'application/ld+json') readLdTypes(el, out.meta.ldTypes);
      return false;
    }
    // Elements without attributes are the common case on big pages: skip their attribute reads.
    const plain = !el.hasAttributes();
    const role = plain ? '' : lower(attr('role'));
    if (skippedTags.has(tag) || skippedRoles.has(role) || (!plain && isHidden(el, tag))) return false;
    if (!inlineTags.has(tag)) pendingBreak = true;

    const ariaLabel = plain ? null : attr('aria-label');
    const placeholder = plain ? null : attr('placeholder');
    if (placeholder) push(out.labels, budget.maxLabels, placeholder);
    if (tag === 'textarea' || tag === 'input') {
      if (ariaLabel) push(out.labels, budget.maxLabels, ariaLabel);
      const type = lower(attr('type'));
      const value = (el as HTMLTextAreaElement).value;
      if ((tag === 'textarea' || type === '' || type === 'text') && typeof value === 'string' && value)
        addTextAs(flags | IN_EDITABLE, value.slice(0, maxEditorChars));
      return false;
    }
    if (!plain) {
      const editable = attr('contenteditable');
      const isEditable =
        (editable !== null && lower(editable) !== 'false') ||
        (role === 'textbox' && lower(attr('aria-readonly')) !== 'true');
      if (isEditable) frame.flags |= IN_EDITABLE;
      else if (editorSurface.test(` ${attr('class')} `)) frame.flags |= IN_EDITOR_SURFACE;
      if (ariaLabel) {
        // Google Docs' canvas renders each paragraph as an aria-label on an empty element: that is text.
        if (frame.flags & (IN_EDITABLE | IN_EDITOR_SURFACE) && el.firstChild === null)
          addTextAs(frame.flags, ariaLabel);
        else if (!isEditable) push(out.labels, budget.maxLabels, ariaLabel);
      }
    }
    const level = plain ? null : attr('aria-level');
    const open = (flag: number) => {
      frame.flags |= flag;
      frame.opened |= flag;
    };
    if (
      (headingTags.has(tag) || (role === 'heading' && (level === null || +level <= 3))) &&
      !(frame.flags & IN_HEADING)
    ) {
      open(IN_HEADING);
      heading = '';
    } else if ((tag === 'label' || tag === 'legend') && !(frame.flags & IN_LABEL)) {
      open(IN_LABEL);
      label = '';
    } else if (tag === 'table') {
      frame.table = true;
      tableRows.push(-1);
    } else if (tag === 'tr' && tableRows.length > 0) {
      tableRows[tableRows.length - 1] = (tableRows[tableRows.length - 1] ?? -1) + 1;
    } else if (
      (tag === 'th' || role === 'columnheader' || (tag === 'td' && tableRows[tableRows.length - 1] === 0)) &&
      !(frame.flags & IN_HEAD_CELL)
    ) {
      open(IN_HEAD_CELL);
      cell = '';
    }
    return true;
  };

  const leave = (frame: Frame): void => {
    if (frame.opened & IN_HEADING) push(out.headings, budget.maxHeadings, heading);
    if (frame.opened & IN_LABEL) push(out.labels, budget.maxLabels, label);
    if (frame.opened & IN_HEAD_CELL) push(out.tableHeads, budget.maxTableHeads, cell);
    if (frame.table) tableRows.pop();
    if (!inlineTags.has(frame.el.localName)) pendingBreak = true;
  };

  // Every top-level node, not just documentElement: fragments parsed without <html> have several, and
  // linkedom's doctype has no nextSibling. Each one is walked with the cursor below.
  const top = doc.childNodes;
  let k = -1;
  let node: Node | null = null;
  let done = false;

  const step = (limit: number): boolean => {
    let left = limit;
    while (!done) {
      if (node === null) {
        if (++k >= top.length || out.budget.truncated) {
          done = true;
          break;
        }
        node = top[k] ?? null;
        continue;
      }
      if (left-- <= 0) return false;
      if (++nodes > budget.maxNodes) {
        out.budget.truncated = true;
        node = null;
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        const value = node.nodeValue;
        if (value) addText(value);
      } else if (type === 1) {
        const frame: Frame = { el: node as Element, flags, opened: 0, table: false };
        if (enter(node as Element, frame) && node.firstChild !== null) {
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
        if (frames.length === 0) node = null;
        else if (node.nextSibling !== null) {
          node = node.nextSibling;
          break;
        } else {
          const finished = frames.pop() as Frame;
          leave(finished);
          flags = frames.length > 0 ? (frames[frames.length - 1] as Frame).flags : 0;
          node = finished.el;
        }
      }
    }
    return true;
  };

  const result = (): PageSample => {
    // Anything still open when the budget ran out.
    for (let i = frames.length - 1; i >= 0; i--) leave(frames[i] as Frame);
    frames.length = 0;
    out.title = title;
    out.text = text.slice(1);
    out.editorText = editor.slice(1);
    out.budget.nodes = Math.min(nodes, budget.maxNodes);
    out.budget.chars = textLength;
    return out;
  };
  return { step, result };
}

function isHidden(el: Element, tag: string): boolean {
  if (el.hasAttribute('hidden') || lower(el.getAttribute('aria-hidden')) === 'true') return true;
  if (tag === 'input' && lower(el.getAttribute('type')) === 'hidden') return true;
  return hiddenStyle.test(el.getAttribute('style') ?? '');
}

/** schema.org types (Recipe, Product, NewsArticle…) say what kind of page this is; read a few, cheaply. */
function readLdTypes(el: Element, types: string[]): void {
  const json = (el.firstChild?.nodeValue ?? '').slice(0, 4000);
  const pattern = /"@type"\s*:\s*"([A-Za-z]{2,40})"/g;
  for (let m = pattern.exec(json); m !== null && types.length < 8; m = pattern.exec(json))
    types.push(m[1] as string);
}
