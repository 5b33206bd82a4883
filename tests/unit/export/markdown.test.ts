import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownBlock, toMarkdown } from '../../../src/export/markdown';
import type { Reflection } from '../../../src/reflections/model';
import { makeReflection } from '../../support/factory';
import { reflectionArb } from './arbitraries';
import { opensBlock, readMarkdownExport, unescapeMarkdown } from './markdown-read';

/** Our own block lines: the document heading, reflection and section headings, and field list items. */
const ours = /^(?:# Reflections$|## |### |- \*\*[^*]+:\*\* )/;

/** Text as a plain-text reader would compare it: lines without leading indentation, no blank ends. */
function comparable(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => (l.trim() === '' ? '' : l.replace(/^[ \t\u00A0]+/, '')));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

describe('toMarkdown', () => {
  const hostile = makeReflection({
    occurredOn: '2025-07-04',
    title: '# Not a heading ## really\nsecond line',
    what: '# heading?\n> quote?\n- list?\n1. ordered?\n```\ncode?\n    indented?\n---\n<script>alert(1)</script>\n[x]: http://example.com',
    soWhat: 'Plain text\n===\nwith a setext underline, a \\ backslash, and &amp; an entity',
    nowWhat: '| a | b |\n| --- | --- |\n| table? | yes |',
    tags: ['#tag', 'teamwork'],
    nmc: { activities: ['feedback'], themes: ['preserve-safety'] },
    gmc: { domains: ['colleagues-culture-safety'], supportingInfo: 'significant-event' },
    otherFramework: '*HCPC* standard 4',
    discussed: { withColleague: true, role: 'Practice educator' },
    page: { title: 'Plan', url: 'javascript:alert(1)' },
  });
  const plain = makeReflection({ occurredOn: '2025-06-01', title: 'Plain one', soWhat: '' });
  const md = toMarkdown([hostile, plain]);
  const read = readMarkdownExport(md);

  it('has one heading per reflection, oldest first, with the date', () => {
    expect(md.startsWith('# Reflections\n')).toBe(true);
    expect(read.reflections.map((r) => [r.title, r.date])).toEqual([
      ['Plain one', '1 June 2025'],
      ['# Not a heading ## really second line', '4 July 2025'],
    ]);
  });

  it('lets no user text open a heading, list, quote, code block, table or HTML block', () => {
    for (const line of read.blockLines) expect(line).toMatch(ours);
    expect(read.blockLines.filter((l) => l.startsWith('## '))).toHaveLength(2);
    expect(read.blockLines.filter((l) => l.startsWith('### '))).toHaveLength(8);
    expect(md).not.toMatch(/(^|[^\\])<script>/);
  });

  it('keeps the three sections word for word once unescaped', () => {
    const r = read.reflections[1];
    expect(comparable(r?.sections['What happened'] ?? '')).toBe(comparable(hostile.what));
    expect(r?.sections['What I learned']).toBe(hostile.soWhat);
    expect(r?.sections["What I'll do next"]).toBe(hostile.nowWhat);
    expect(read.reflections[0]?.sections['What I learned']).toBe('');
  });

  it('lists frameworks, discussion, tags and the page as plain text, never as a link', () => {
    expect(read.reflections[1]?.fields).toEqual({
      'NMC activity': 'Practice-related feedback',
      'NMC Code themes': 'Preserve safety',
      'GMC domains': 'Colleagues, culture and safety',
      'Supporting information': 'Significant events',
      'Other framework': '*HCPC* standard 4',
      'Discussed with a colleague': 'Yes (Practice educator)',
      Tags: '#tag, teamwork',
      'Started from': 'Plan (javascript:alert(1))',
    });
    expect(md).not.toMatch(/\]\(javascript:|<javascript:/);
  });

  it('leaves no image, link, autolink or raw HTML live in user text', () => {
    const hostileInline = [
      'See ![x](https://evil.example/pixel.png) here',
      '[click me](javascript:alert(1)) and [ref][1] and [1]: https://evil.example',
      '<img src=x onerror=alert(1)> <https://evil.example> <a href="javascript:alert(1)">a</a>',
      '![a]( <https://evil.example/p.png> "t")',
    ];
    const r = makeReflection({
      title: '![t](https://evil.example/t.png)',
      what: hostileInline.join('\n'),
      soWhat: hostileInline.join(' '),
      nowWhat: 'x',
      tags: ['[t](javascript:alert(1))'],
      otherFramework: '![f](https://evil.example/f.png)',
      discussed: { withColleague: true, role: '<b>[r](https://evil.example)</b>' },
      page: { title: '[p](javascript:alert(1))' },
    });
    const out = toMarkdown([r]);
    // Every bracket and angle bracket the user typed is escaped, so no inline link or HTML can form.
    const live = [...out.matchAll(/(\\*)([[\]<])/g)].filter((m) => (m[1] ?? '').length % 2 === 0);
    expect(live.map((m) => m.index)).toEqual([]);
    const back = readMarkdownExport(out).reflections[0];
    expect(back?.sections['What I learned']).toBe(hostileInline.join(' '));
    expect(back?.title).toBe('![t](https://evil.example/t.png)');
  });

  it('escapes only where structure would change', () => {
    expect(escapeMarkdownBlock('Ward 7 did well')).toBe('Ward 7 did well');
    expect(escapeMarkdownBlock('# Title')).toBe('\\# Title');
    expect(escapeMarkdownBlock('2. second')).toBe('2\\. second');
    expect(escapeMarkdownBlock('a\\')).toBe('a\\\\');
    expect(escapeMarkdownBlock('\tindented')).toBe('\u00A0\u00A0\u00A0\u00A0indented');
  });

  it('round-trips any reflection without opening a block of its own', () => {
    fc.assert(
      fc.property(fc.array(reflectionArb, { minLength: 1, maxLength: 3 }), (reflections: Reflection[]) => {
        const out = readMarkdownExport(toMarkdown(reflections));
        for (const line of out.blockLines) expect(line).toMatch(ours);
        expect(out.reflections).toHaveLength(reflections.length);
        const byTitleAndText = new Set(
          out.reflections.map((r) =>
            JSON.stringify([
              comparable(r.sections['What happened'] ?? ''),
              comparable(r.sections["What I'll do next"] ?? ''),
            ]),
          ),
        );
        for (const r of reflections) {
          expect(byTitleAndText.has(JSON.stringify([comparable(r.what), comparable(r.nowWhat)]))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('has a reader that does spot structure, so the checks above can fail', () => {
    expect(opensBlock('# x')).toBe(true);
    expect(opensBlock('    code')).toBe(true);
    expect(opensBlock('\\# x')).toBe(false);
    expect(unescapeMarkdown('\\# a \\\\ b')).toBe('# a \\ b');
  });
});
