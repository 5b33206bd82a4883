import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaultSignalBudget } from '../../../src/detect/page-signals';
import { extractSignals } from '../../../src/detect/signals';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;
const url = 'https://intranet.example.nhs.uk/teams/ward-7/page';

describe('extractSignals: what it reads', () => {
  const doc = page(`<!DOCTYPE html><html><head>
    <title>Ward 7 agenda</title>
    <meta property="og:type" content="Article">
    <meta name="generator" content="Microsoft SharePoint">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person"}}</script>
  </head><body>
    <h1>Ward 7 <em>team</em> meeting</h1>
    <div role="heading" aria-level="2">Apologies</div>
    <div role="heading" aria-level="5">Too deep to count</div>
    <label for="a">Item owner</label><input id="a" type="text" placeholder="Name of lead" value="Sam Lee">
    <input type="password" value="hunter2"><input type="email" value="a@b.nhs.net">
    <button aria-label="Add an item">+</button>
    <table><tr><td>Item</td><td>Time</td></tr><tr><td>Welcome</td><td>14:00</td></tr></table>
    <div role="columnheader">Status</div>
    <div contenteditable="true">Draft notes for Thursday</div>
    <textarea>Please add items by Monday</textarea>
    <div class="kix-canvas-tile-content"><svg><g role="paragraph"><rect aria-label="Matters arising"></rect></g><title>icon</title></svg></div>
    <p>Visible paragraph</p>
  </body></html>`);
  const signals = extractSignals(doc, url);

  it('reads the address, title and page metadata', () => {
    expect(signals.url).toEqual({ host: 'intranet.example.nhs.uk', path: '/teams/ward-7/page', query: '' });
    expect(signals.title).toBe('Ward 7 agenda');
    expect(signals.meta.ogType).toBe('article');
    expect(signals.meta.generator).toBe('Microsoft SharePoint');
    expect(signals.meta.ldTypes).toEqual(['NewsArticle', 'Person']);
  });

  it('collects h1–h3 and role=heading up to level 3, with inline children joined', () => {
    expect(signals.headings).toEqual(['Ward 7 team meeting', 'Apologies']);
  });

  it('collects labels, placeholders and aria-labels', () => {
    expect(signals.labels).toEqual(expect.arrayContaining(['Item owner', 'Name of lead', 'Add an item']));
  });

  it('collects column headers from th, first-row cells and grid column headers', () => {
    expect(signals.tableHeads).toEqual(['Item', 'Time', 'Status']);
  });

  it('reads editable text, text inputs and the Google Docs canvas, but never password or email fields', () => {
    expect(signals.editorText).toContain('Draft notes for Thursday');
    expect(signals.editorText).toContain('Please add items by Monday');
    expect(signals.editorText).toContain('Sam Lee');
    expect(signals.editorText).toContain('Matters arising');
    expect(signals.editableChars).toBe(
      'Draft notes for Thursday'.length + 'Please add items by Monday'.length + 7,
    );
    expect(signals.text).not.toContain('hunter2');
    expect(signals.text).not.toContain('a@b.nhs.net');
    expect(signals.text).not.toContain('icon');
  });

  it('separates blocks with newlines so phrases do not run across table cells', () => {
    expect(signals.text).toContain('Item\nTime');
    expect(signals.text).toContain('Ward 7 team meeting');
  });
});

describe('extractSignals: what it ignores', () => {
  const doc = page(`<html><head><title>T</title><style>.x{content:"SECRET"}</style></head><body>
    <script>var s = "SECRET";</script><noscript>SECRET</noscript><template><p>SECRET</p></template>
    <div hidden><h1>SECRET</h1></div>
    <div aria-hidden="true"><label>SECRET</label></div>
    <div style="color: red; DISPLAY: none"><p>SECRET</p></div>
    <div style="visibility:hidden">SECRET</div>
    <input type="hidden" value="SECRET">
    <nav><h2>SECRET menu</h2></nav><footer>SECRET footer</footer><aside>SECRET</aside>
    <div role="navigation">SECRET</div><div role="toolbar"><button aria-label="SECRET">B</button></div>
    <select><option>SECRET</option></select>
    <h2>VISIBLE heading</h2><p>VISIBLE text</p>
  </body></html>`);
  const signals = extractSignals(doc, url);

  it('skips script, style, hidden, aria-hidden, display:none and page chrome', () => {
    const everything = [
      signals.text,
      signals.editorText,
      ...signals.headings,
      ...signals.labels,
      ...signals.tableHeads,
    ].join(' ');
    expect(everything).not.toContain('SECRET');
    expect(signals.headings).toEqual(['VISIBLE heading']);
    expect(signals.text).toContain('VISIBLE text');
  });
});

describe('extractSignals: bounded cost on hostile pages', () => {
  // Parsing the page in linkedom takes seconds on a busy machine; the walk itself is bounded by the budget.
  it('stays within the node and character budgets on a 200,000-node page', { timeout: 60_000 }, () => {
    const rows = '<div><h2>Heading</h2><p>Some words about the plan and the agenda.</p></div>'.repeat(50_000);
    const doc = page(`<html><head><title>Huge</title></head><body>${rows}</body></html>`);
    const signals = extractSignals(doc, url);
    expect(signals.budget.truncated).toBe(true);
    expect(signals.budget.nodes).toBeLessThanOrEqual(defaultSignalBudget.maxNodes);
    expect(signals.text.length).toBeLessThanOrEqual(defaultSignalBudget.maxTextChars);
    expect(signals.headings.length).toBeLessThanOrEqual(defaultSignalBudget.maxHeadings);
  });

  it('honours a tighter budget passed by the caller', () => {
    const doc = page(`<html><body>${'<p>word word word</p>'.repeat(1_000)}</body></html>`);
    const budget = { ...defaultSignalBudget, maxNodes: 100, maxTextChars: 50 };
    const signals = extractSignals(doc, url, budget);
    expect(signals.budget.nodes).toBeLessThanOrEqual(100);
    expect(signals.text.length).toBeLessThanOrEqual(50);
  });

  it('walks 50,000 levels of nesting without overflowing the stack', () => {
    const depth = 50_000;
    const doc = page('<html><body><div id="top"></div></body></html>');
    let parent = doc.getElementById('top') as Element;
    for (let i = 0; i < depth; i++) {
      const child = doc.createElement(i % 2 === 0 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('deep agenda text'));
    const signals = extractSignals(doc, url, { ...defaultSignalBudget, maxNodes: depth * 2 });
    expect(signals.text).toContain('deep agenda text');
    expect(signals.budget.truncated).toBe(false);
  });

  it('caps a single enormous text node and an enormous heading', () => {
    const huge = 'agenda '.repeat(400_000);
    const doc = page(`<html><body><h1>${huge}</h1><p>${huge}</p></body></html>`);
    const signals = extractSignals(doc, url);
    expect(signals.text.length).toBeLessThanOrEqual(defaultSignalBudget.maxTextChars);
    expect(signals.headings[0]?.length).toBeLessThanOrEqual(defaultSignalBudget.maxItemChars);
  });

  it('copes with a document without a body, and with a malformed address', () => {
    const signals = extractSignals(page('<html></html>'), 'not a url');
    expect(signals.url).toEqual({ host: '', path: '', query: '' });
    expect(signals.text).toBe('');
  });
});
