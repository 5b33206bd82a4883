/**
 * npx tsx tests/tools/build-real-pages.ts tests/fixtures/real-pages/train
 *
 * Turns a folder's `raw.jsonl` (one collected public excerpt and its rubric labels a line) into HTML pages
 * and `labels.jsonl`. The platform shell and address come from the line's position only (see RUBRIC.md),
 * so nothing about a page's label can leak into where it appears to live.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawPage {
  /** File name stem, lower-case words and hyphens. */
  slug: string;
  /** Public address the text came from. */
  source: string;
  /** One or more excerpts of that source, in order. */
  excerpts: string[];
  planning: boolean;
  context: string | null;
  mode: string | null;
  note: string;
}

interface Platform {
  site: string;
  address(slug: string, edit: boolean, n: number): string;
}

const platforms: Platform[] = [
  {
    site: 'Trust SharePoint',
    address: (slug, edit) =>
      `https://nhs.sharepoint.com/sites/RXQ_Corporate/SitePages/${slug}.aspx${edit ? '?Mode=Edit' : ''}`,
  },
  {
    site: 'Confluence',
    address: (slug, edit, n) =>
      edit
        ? `https://northbrook.atlassian.net/wiki/spaces/QI/pages/resumedraft/${40100 + n}`
        : `https://northbrook.atlassian.net/wiki/spaces/QI/pages/${40100 + n}/${slug}`,
  },
  {
    site: 'Google Docs',
    address: (_slug, edit, n) =>
      `https://docs.google.com/document/d/1RealCorpus${n}Xq7/${edit ? 'edit' : 'view'}`,
  },
  {
    site: 'FutureNHS',
    address: (slug, edit, n) =>
      `https://future.nhs.uk/${slug.split('-').slice(0, 2).join('')}/view?objectId=${51000 + n}${edit ? '&mode=edit' : ''}`,
  },
  {
    site: 'Staff intranet',
    address: (slug, edit) => `https://staffnet.northgate.nhs.uk/teams/${slug}${edit ? '/edit' : ''}`,
  },
  {
    site: 'Community site',
    address: (slug, edit) => `https://www.example-community.org.uk/${slug}${edit ? '?action=edit' : ''}`,
  },
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const bullet = /^\s*(?:[•·▪◦*-]|\d+(?:\.\d+)*[.)]?)\s+/;

/** Keeps the excerpt's own structure: short unpunctuated lines read as headings, bullets as lists. */
export function excerptToHtml(excerpt: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) out.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const raw of excerpt.split(/\n+/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^\s*[•·▪◦*-]\s+/.test(raw)) {
      list.push(line.replace(bullet, ''));
      continue;
    }
    flush();
    const heading = line.length <= 80 && !/[.,;:]$/.test(line) && !/^\d+(\.\d+)+\s/.test(line);
    out.push(heading ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`);
  }
  flush();
  return out.join('\n');
}

export function pageFor(raw: RawPage, n: number): { html: string; url: string } {
  const platform = platforms[n % platforms.length] as Platform;
  const edit = Math.floor(n / platforms.length) % 2 === 1;
  const body = raw.excerpts.map(excerptToHtml).join('\n');
  const first = raw.excerpts[0]?.split('\n').find((line) => line.trim() !== '') ?? raw.slug;
  const title = `${first.trim().slice(0, 90)} - ${platform.site}`;
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<header><p>${escapeHtml(platform.site)}</p><nav aria-label="Breadcrumb"><a href="#">Home</a> › <a href="#">Pages</a></nav></header>
<main>
${body}
</main>
<footer><p>${escapeHtml(platform.site)}</p></footer>
</body></html>
`;
  return { html, url: platform.address(raw.slug, edit, n) };
}

function main(folder: string): void {
  const lines = readFileSync(join(folder, 'raw.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const labels: string[] = [];
  lines.forEach((line, n) => {
    const raw = JSON.parse(line) as RawPage;
    const { html, url } = pageFor(raw, n);
    const file = `${raw.slug}.html`;
    writeFileSync(join(folder, file), html);
    labels.push(
      JSON.stringify({
        file,
        url,
        planning: raw.planning,
        context: raw.context,
        mode: raw.mode,
        source: raw.source,
        labelledBy: 'rubric v1',
        note: raw.note,
      }),
    );
  });
  writeFileSync(join(folder, 'labels.jsonl'), `${labels.join('\n')}\n`);
  process.stdout.write(`${lines.length} pages written to ${folder}\n`);
}

if (process.argv[1]?.endsWith('build-real-pages.ts')) {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('Usage: tsx tests/tools/build-real-pages.ts FOLDER (holding raw.jsonl)\n');
    process.exitCode = 1;
  } else main(folder);
}
