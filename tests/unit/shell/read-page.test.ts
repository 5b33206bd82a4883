import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaultSignalBudget } from '../../../src/detect/page-signals';
import { sampleSnapshot } from '../../../src/detect/page-snapshot';
import { samplePage } from '../../../src/detect/sample-page';
import { MAX_SNAPSHOT_CHARS } from '../../../src/detect/snapshot-shape';
import { readPage } from '../../../src/shell/read-page';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
/**
 * Node counts differ (the head's scripts and links are not handed over), and linkedom, standing in for
 * the browser here, reads an escaped "<" as "< ", so spaces beside angle brackets are not compared.
 */
const comparable = <T extends { budget: object }>(sample: T) =>
  JSON.parse(JSON.stringify({ ...sample, budget: null }).replace(/ ?([<>]) ?/g, '$1'));

describe('readPage: the markup a page hands over reads the same in the background', () => {
  const dirs = ['tests/fixtures/site', 'tests/fixtures/pages'];
  const files = dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(dir, f)),
  );

  it.each(files)('%s', (file) => {
    const doc = parse(fs.readFileSync(file, 'utf8'));
    const direct = samplePage(doc, defaultSignalBudget);
    const handedOver = sampleSnapshot(readPage(doc), defaultSignalBudget);
    if (!direct.budget.truncated) expect(comparable(handedOver)).toEqual(comparable(direct));
    else expect(handedOver.title).toBe(direct.title);
  });

  it('carries typed values that markup does not, and never a password', () => {
    const doc = parse(
      '<html><body><label>Notes<textarea id="a"></textarea></label><input type="password" id="p"><input id="t"></body></html>',
    );
    (doc.getElementById('a') as HTMLTextAreaElement).textContent = '';
    const snapshot = readPage(doc);
    expect(snapshot.fields).toEqual([]);
    // linkedom's value is the markup's; in a browser it is what the user typed, which is what readPage sends.
    const typed = {
      ...snapshot,
      fields: ['Our winter plan: who will we ask first?', 'hunter2', 'Agenda item 3'],
    };
    const sample = sampleSnapshot(typed, defaultSignalBudget);
    expect(sample.editorText).toContain('Our winter plan: who will we ask first?');
    expect(sample.editorText).toContain('Agenda item 3');
    expect(sample.text).not.toContain('hunter2');
  });

  it('keeps an editor frame whose body is the contenteditable element', () => {
    const doc = parse('<html><body contenteditable="true"><p>Draft strategy for carers</p></body></html>');
    expect(sampleSnapshot(readPage(doc), defaultSignalBudget).editorText).toBe('Draft strategy for carers');
  });

  it('hands over at most its limit of markup, however big the page', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `<p>Paragraph ${i} of a very long page.</p>`);
    const snapshot = readPage(parse(`<html><body>${rows.join('')}</body></html>`));
    expect(snapshot.html.length).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    expect(snapshot.html.length).toBeGreaterThan(MAX_SNAPSHOT_CHARS / 2);
  });

  it('escapes text lying directly in the body, so it cannot become markup', () => {
    const doc = parse('<html><body></body></html>');
    doc.body.appendChild(doc.createTextNode('<img src=x onerror=alert(1)> plan'));
    const sample = sampleSnapshot(readPage(doc), defaultSignalBudget);
    expect(comparable(sample).text).toBe('<img src=x onerror=alert(1)>plan');
  });
});
