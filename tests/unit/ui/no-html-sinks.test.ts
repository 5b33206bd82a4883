import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
// Reading a page's outerHTML is how the watcher hands its markup over (read-page.ts); writing it is a sink.
const sinks =
  /\binnerHTML\b|\bouterHTML\s*=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\(/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('page and user text never reaches an HTML sink', () => {
  const files = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'entrypoints'))];
  it('scans the extension source', () => expect(files.length).toBeGreaterThan(20));
  it('has no innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write or eval', () => {
    const offenders = files
      .filter((f) => sinks.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
  it('the pattern catches each sink', () => {
    for (const s of [
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.outerHTML=x',
      'insertAdjacentHTML(',
      '<div dangerouslySetInnerHTML={x} />',
      'eval(code)',
    ])
      expect(sinks.test(s)).toBe(true);
    expect(sinks.test('html += el.outerHTML;')).toBe(false);
    expect(sinks.test('if (el.outerHTML === x)')).toBe(false);
  });
});

describe('no network calls in the extension source', () => {
  const files = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'entrypoints'))];
  it('has no fetch, XMLHttpRequest, WebSocket or sendBeacon', () => {
    const net = /\bfetch\(|XMLHttpRequest|new WebSocket\(|sendBeacon|EventSource\(/;
    const offenders = files
      .filter((f) => net.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});
