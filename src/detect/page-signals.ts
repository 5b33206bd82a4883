/**
 * The bounded, plain-data facts read from a page. The classifier sees only these, so the same
 * decision can be made in a content script, in Node, or from signals saved in a test.
 */
export interface PageSignals {
  url: { host: string; path: string; query: string };
  title: string;
  /** h1–h3 and role=heading text, in page order. */
  headings: string[];
  /** Form labels, legends, placeholders and aria-labels. */
  labels: string[];
  /** Column headers: th cells, first-row cells and grid column headers. */
  tableHeads: string[];
  /** Text inside editable regions and known editor surfaces (Google Docs canvas, Word, Confluence). */
  editorText: string;
  /** Characters the user can actually edit (contenteditable, textarea, textbox, text inputs). */
  editableChars: number;
  /** Capped sample of visible text, blocks separated by newlines. */
  text: string;
  meta: { generator: string; ogType: string; ldTypes: string[] };
  budget: { nodes: number; chars: number; truncated: boolean };
}

/** Limits that keep extraction cheap on any page; callers may tighten them (tests do). */
export interface SignalBudget {
  maxNodes: number;
  maxTextChars: number;
  maxEditorChars: number;
  maxHeadings: number;
  maxLabels: number;
  maxTableHeads: number;
  maxItemChars: number;
}

export const defaultSignalBudget: SignalBudget = {
  maxNodes: 20_000,
  maxTextChars: 12_000,
  maxEditorChars: 6_000,
  maxHeadings: 40,
  maxLabels: 80,
  maxTableHeads: 60,
  maxItemChars: 160,
};

/**
 * What the extension reads of a page (in the background, from the page's snapshot): fewer nodes than the
 * Node tools, the budget the detector's figures were tuned and measured with; planning cues sit in titles,
 * headings, tables and editors, which come early enough.
 */
export const inPageBudget: SignalBudget = { ...defaultSignalBudget, maxNodes: 8_000, maxTextChars: 8_000 };

/** What a page yields by itself: everything but the address, which the reader already knows. */
export type PageSample = Omit<PageSignals, 'url'>;

export function emptySample(): PageSample {
  return {
    title: '',
    headings: [],
    labels: [],
    tableHeads: [],
    editorText: '',
    editableChars: 0,
    text: '',
    meta: { generator: '', ogType: '', ldTypes: [] },
    budget: { nodes: 0, chars: 0, truncated: false },
  };
}

export function emptyPageSignals(): PageSignals {
  return { ...emptySample(), url: { host: '', path: '', query: '' } };
}
