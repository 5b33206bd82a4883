import fs from 'node:fs';
import path from 'node:path';

/*
 * Pages for the Chromium benchmarks, generated at run time so the repository holds no multi-megabyte
 * fixtures. Content is deterministic (a fixed-seed generator), so two runs measure the same bytes.
 *
 * - large-page.html: a SharePoint-style project plan being edited, about 12,000 DOM nodes: an editable
 *   agenda, a long action log table, a risk register and a comment thread. A realistic big intranet page.
 * - hostile-page.html: 200,000+ DOM nodes, deep nesting, a 300,000-character text node, thousands of
 *   headings, labels and editable regions, built-ins replaced in the page's realm, and a script that
 *   keeps mutating the editor (simulated typing) for ten seconds. Detection must stay bounded and the page
 *   responsive.
 * - blank.html: an empty page on the same origin, to start tracing from before navigating.
 */

export interface GeneratedPages {
  dir: string;
  large: string;
  hostile: string;
  blank: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'outpatient clinic waiting list validation virtual pathway discharge referral milestone workstream ' +
  'budget estates digital governance assurance risk issue dependency owner deadline report board ' +
  'committee procurement recruitment rota training audit quality safety improvement capacity demand ' +
  'activity baseline trajectory metric dashboard escalation'
).split(' ');

function sentence(next: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(next() * words.length)] ?? 'plan');
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

const style = `<style>
  body { font-family: "Segoe UI", Arial, sans-serif; margin: 0; color: #242424; background: #faf9f8; }
  .suite-bar { background: #03787c; color: #fff; padding: 10px 20px; font-weight: 600; }
  .canvas { max-width: 1100px; margin: 24px auto; background: #fff; padding: 24px 32px; }
  [contenteditable] { outline: 1px dashed #c8c6c4; padding: 8px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #c8c6c4; padding: 4px 6px; text-align: left; }
</style>`;

/** About 12,000 nodes: a project plan and agenda being edited on an intranet. */
export function largePlanningPage(): string {
  const next = rng(1);
  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Outpatient transformation programme – project plan and agenda (draft) - Edit</title>
${style}</head><body>
<div class="suite-bar" role="banner">NHS SharePoint · Northbrook Community Health NHS Trust</div>
<nav aria-label="Site"><ul>`);
  for (let i = 0; i < 120; i++) parts.push(`<li><a href="#s${i}">Site page ${i}</a></li>`);
  parts.push(`</ul></nav>
<main class="canvas" data-sp-feature-tag="Rich Text Editor">
<h1>Outpatient Transformation Programme: project plan (draft)</h1>
<div contenteditable="true" role="textbox" aria-label="Page text editor" aria-multiline="true">
<h2>Agenda for the programme board, 14 January</h2>
<table><thead><tr><th>Item</th><th>Time</th><th>Topic</th><th>Lead</th><th>For</th></tr></thead><tbody>`);
  const topics = [
    'Welcome, apologies and declarations of interest',
    'Minutes of the last meeting and action log',
    'Waiting list validation: progress against milestones',
    'Virtual clinics: options appraisal for phase two',
    'Workstream risks and issues',
    'Any other business and date of next meeting',
  ];
  topics.forEach((topic, i) => {
    parts.push(
      `<tr><td>${i + 1}</td><td>10:${String(i * 10).padStart(2, '0')}</td><td>${topic}</td><td>Chair</td><td>Decision</td></tr>`,
    );
  });
  parts.push(`</tbody></table>
<h2>Project objectives and milestones</h2>`);
  for (let i = 0; i < 40; i++) parts.push(`<p>${sentence(next, 18)}</p>`);
  parts.push(`</div>
<h2>Action log</h2>
<table><thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>Notes</th></tr></thead><tbody>`);
  for (let i = 0; i < 700; i++) {
    parts.push(
      `<tr><td>A${i}</td><td>${sentence(next, 6)}</td><td>Lead ${i % 17}</td><td>2026-0${(i % 9) + 1}-1${i % 10}</td><td>${i % 3 ? 'Open' : 'Closed'}</td><td><span>${sentence(next, 4)}</span></td></tr>`,
    );
  }
  parts.push(`</tbody></table>
<h2>Risk register</h2><ul>`);
  for (let i = 0; i < 300; i++) parts.push(`<li><strong>R${i}</strong> ${sentence(next, 10)}</li>`);
  parts.push(`</ul><h2>Comments</h2>`);
  for (let i = 0; i < 250; i++) {
    parts.push(`<div class="comment"><p><b>Reviewer ${i % 11}</b> ${sentence(next, 12)}</p></div>`);
  }
  parts.push(`<label for="notes">Notes for the chair</label>
<textarea id="notes" placeholder="Add notes for the chair"></textarea>
</main></body></html>
`);
  return parts.join('\n');
}

/** 200,000+ nodes built to stress any DOM walker, plus a page that never stops changing. */
export function hostilePage(): string {
  const next = rng(2);
  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Board strategy – agenda and workshop plan (draft) - Edit</title>
${style}
<script>
  // Hostile realm: the page replaces built-ins. Content scripts run in their own world and must not care.
  Array.prototype.map = function () { throw new Error('hostile map'); };
  String.prototype.toLowerCase = function () { return 'hostile'; };
  RegExp.prototype.test = function () { return true; };
</script>
</head><body>
<h1>Board strategy: agenda and workshop plan (draft)</h1>
<div contenteditable="true" role="textbox" aria-label="Editor" id="editor">`);
  // 20,000 editable paragraphs with two inline children each: about 100,000 nodes.
  for (let i = 0; i < 20_000; i++) {
    parts.push(
      `<p>${i % 50 === 0 ? 'Agenda item ' : ''}<span>${words[i % words.length]}</span> <b>${i}</b></p>`,
    );
  }
  parts.push('</div>');
  // 4,000 headings and 2,000 labelled inputs: far over any heading or label budget.
  for (let i = 0; i < 4_000; i++) parts.push(`<h2>Workstream ${i} objectives</h2>`);
  for (let i = 0; i < 2_000; i++) {
    parts.push(
      `<label for="f${i}">Field ${i}</label><input id="f${i}" placeholder="Owner ${i}" aria-label="Owner of item ${i}">`,
    );
  }
  // One huge text node.
  parts.push(`<p>${sentence(next, 40_000)}</p>`);
  // Deep nesting: the HTML parser flattens past its own limit, but the tree is still very deep.
  parts.push('<div>'.repeat(3_000));
  parts.push('Deep text');
  parts.push('</div>'.repeat(3_000));
  // A wide table.
  parts.push('<table><tbody>');
  for (let r = 0; r < 1_000; r++) {
    parts.push('<tr>');
    for (let c = 0; c < 10; c++) parts.push(`<td>${r}.${c}</td>`);
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');
  // Filler to pass 200,000 nodes: div > span > text.
  for (let i = 0; i < 15_000; i++) parts.push(`<div><span>${i}</span></div>`);
  parts.push(`<script>
  // Simulated typing: the editor changes every 30 ms for ten seconds.
  (function () {
    var editor = document.getElementById('editor');
    var typed = [];
    var started = performance.now();
    var timer = setInterval(function () {
      if (performance.now() - started > 10000) { clearInterval(timer); return; }
      var p = document.createElement('p');
      p.appendChild(document.createTextNode('typing ' + typed.length));
      editor.appendChild(p);
      typed.push(p);
      if (typed.length > 20) editor.removeChild(typed.shift());
    }, 30);
  })();
</script>
</body></html>
`);
  return parts.join('');
}

/** Writes the generated pages into `dir` (created if missing) and returns their paths. */
export function writeBenchPages(dir: string): GeneratedPages {
  fs.mkdirSync(dir, { recursive: true });
  const pages: GeneratedPages = {
    dir,
    large: path.join(dir, 'large-page.html'),
    hostile: path.join(dir, 'hostile-page.html'),
    blank: path.join(dir, 'blank.html'),
  };
  fs.writeFileSync(pages.large, largePlanningPage());
  fs.writeFileSync(pages.hostile, hostilePage());
  fs.writeFileSync(
    pages.blank,
    '<!doctype html><html lang="en-GB"><title>Blank</title><body></body></html>\n',
  );
  return pages;
}
