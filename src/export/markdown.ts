import { activitiesOf, changedOf, codeRelationOf, type RevalidationReflection } from '../reflections/fields';
import type { Reflection } from '../reflections/model';
import { commitmentLine, groupLine } from '../together/export-lines';
import {
  byOccurrence,
  gmcDomainLabels,
  longDateOf,
  movementRoleLabels,
  nmcActivityLabels,
  nmcThemeLabels,
  planningContextLabels,
  reflectionSectionLabels,
  supportingInfoLabels,
  titleOf,
} from './labels';
import { msg } from './messages';

// Plain-text readers see the text almost as typed: only what would change a Markdown document's structure
// (headings, lists, quotes, code, tables, raw HTML) or make something live is escaped.

/**
 * Inline text (one line): raw HTML, autolinks, character references, backslash escapes and hard breaks made
 * literal. Every square bracket is escaped too, so no image (which a previewer would fetch), link
 * (javascript: or any other) or reference can form from what the user typed.
 */
function escapeInline(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(/[<[\]]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** One line of user text that must stay a plain paragraph line. */
function escapeLine(line: string): string {
  // Four spaces or a tab would start a code block; non-breaking spaces keep the look without that.
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const rest = escapeInline(line.slice(indent.length));
  const safeIndent = indent.replace(/\t/g, '\u00A0\u00A0\u00A0\u00A0').replace(/ /g, '\u00A0');
  // A heading, quote, list marker, thematic break, setext underline, code fence, table row, link definition.
  if (/^[#>+\-*_=`~|:[]/.test(rest)) return `${safeIndent}\\${rest}`;
  // An ordered list item: "1. " or "1) ".
  const ordered = /^(\d{1,9})([.)])/.exec(rest);
  if (ordered) return `${safeIndent}${ordered[1]}\\${rest.slice(ordered[1]?.length ?? 0)}`;
  return `${safeIndent}${rest}`;
}

/** User text of any length as Markdown paragraphs, every line kept as written. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => (line.trim() === '' ? '' : escapeLine(line)))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Text for a single line, such as a heading or a list item: line breaks become spaces, every # is literal. */
export function escapeMarkdownLine(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim()).replace(/(?<!\\)#/g, '\\#');
}

function field(label: string, value: string): string {
  return `- **${label}:** ${escapeMarkdownLine(value)}`;
}

function discussedOf(r: RevalidationReflection): string {
  if (!r.discussed.withColleague) return msg('exp_md_no');
  return r.discussed.role?.trim() ? msg('exp_md_yesRole', r.discussed.role) : msg('exp_md_yes');
}

function reflectionToMarkdown(r: RevalidationReflection): string {
  const parts: string[] = [
    `## ${escapeMarkdownLine(titleOf(r.title))}`,
    '',
    `*${longDateOf(r.occurredOn)}*`,
    '',
  ];
  const sections = { what: r.what, soWhat: r.soWhat, changed: changedOf(r), nowWhat: r.nowWhat };
  for (const key of ['what', 'soWhat', 'changed', 'nowWhat'] as const) {
    const body = escapeMarkdownBlock(sections[key]);
    parts.push(
      `### ${reflectionSectionLabels[key]}`,
      '',
      body === '' ? `*${msg('exp_notWrittenYet')}*` : body,
      '',
    );
  }
  const fields: string[] = [];
  if (r.group) {
    fields.push(field(msg('exp_md_madeTogether'), groupLine(r)));
    if (r.group.decided.trim()) fields.push(field(msg('exp_md_groupDecided'), r.group.decided));
  }
  if (r.commitment) fields.push(field(msg('exp_md_commitment'), commitmentLine(r)));
  const activities = activitiesOf(r);
  if (activities.length > 0) {
    fields.push(field(msg('exp_md_activity'), activities.map((a) => nmcActivityLabels[a]).join(', ')));
  }
  if (codeRelationOf(r).trim()) fields.push(field(msg('exp_md_codeRelation'), codeRelationOf(r)));
  if (r.nmc.themes.length > 0) {
    fields.push(field(msg('exp_md_themes'), r.nmc.themes.map((t) => nmcThemeLabels[t]).join(', ')));
  }
  if (r.gmc.domains.length > 0) {
    fields.push(field(msg('exp_md_domains'), r.gmc.domains.map((d) => gmcDomainLabels[d]).join(', ')));
  }
  if (r.gmc.supportingInfo)
    fields.push(field(msg('exp_md_supportingInfo'), supportingInfoLabels[r.gmc.supportingInfo]));
  if (r.otherFramework?.trim()) fields.push(field(msg('exp_md_otherFramework'), r.otherFramework));
  if (r.movementRole) fields.push(field(msg('exp_md_movementRole'), movementRoleLabels[r.movementRole]));
  fields.push(field(msg('exp_md_discussed'), discussedOf(r)));
  if (r.tags.length > 0) fields.push(field(msg('exp_md_tags'), r.tags.join(', ')));
  if (r.context) fields.push(field(msg('exp_md_context'), planningContextLabels[r.context]));
  // The address stays plain text: never a link, as it could be any scheme.
  if (r.page)
    fields.push(
      field(
        msg('exp_md_startedFrom'),
        r.page.url ? msg('exp_md_pageWithUrl', [r.page.title, r.page.url]) : r.page.title,
      ),
    );
  parts.push(...fields, '');
  return parts.join('\n');
}

/** Reflections as one Markdown document for people who keep notes in plain text, oldest event first. */
export function toMarkdown(reflections: readonly Reflection[]): string {
  const sorted = [...reflections].sort(byOccurrence);
  const header = [
    `# ${msg('exp_md_title')}`,
    '',
    sorted.length === 1 ? msg('exp_md_countOne') : msg('exp_md_countMany', String(sorted.length)),
    '',
  ];
  return [...header, ...sorted.map(reflectionToMarkdown)].join('\n');
}
