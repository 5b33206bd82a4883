import type { DateRange } from '../reflections/appraisal-year';
import type { RevalidationReflection } from '../reflections/fields';
import { type AppraisalNote, appraisalHeadings, toAppraisalNotes } from './appraisal';
import { longDateOf } from './labels';
import { msg } from './messages';
import { type NmcAccount, type NmcAccountOptions, toNmcAccounts } from './nmc';

/**
 * A small document model shared by the Word export and the print view ("Save as PDF"), so every label
 * and sentence is written once here (the words themselves live in _locales). Text may contain line breaks: render it with white-space: pre-wrap
 * (HTML) or one paragraph per line (Word).
 */
export type PrintBlock =
  /** Body text, or a quieter note (render italic or muted). */
  | { kind: 'paragraph'; text: string; tone: 'body' | 'note' }
  /** A short label and value on one line; the label is bold. */
  | { kind: 'field'; label: string; value: string }
  /** A question or heading in bold, then the answer. `missing` means the answer is our placeholder. */
  | { kind: 'question'; label: string; answer: string; missing: boolean }
  /** A bold label, then every option with a ticked (☒) or empty (☐) box. */
  | { kind: 'checklist'; label: string; items: { label: string; checked: boolean }[] }
  /** A numbered or plain list of short lines. */
  | { kind: 'list'; items: string[] }
  /** A small table with a caption and column headings; the first cell of each row names the row. */
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] };

/** One account or note. Each starts on a new page. */
export interface PrintSection {
  heading: string;
  subheading: string | null;
  blocks: PrintBlock[];
}

export interface PrintDocument {
  title: string;
  subtitle: string | null;
  /** The cover: what this document is and what to check before using it. */
  intro: PrintBlock[];
  sections: PrintSection[];
}

export interface PrintOptions {
  /** The period the reflections were chosen from, shown under the title. */
  period?: DateRange;
}

export const checkedBox = '☒';
export const uncheckedBox = '☐';

export function periodLabel(period: DateRange | undefined): string | null {
  return period ? msg('exp_period', [longDateOf(period.from), longDateOf(period.to)]) : null;
}

export function question(label: string, answer: string): PrintBlock {
  const missing = answer.trim() === '';
  return { kind: 'question', label, answer: missing ? msg('exp_notWrittenYet') : answer, missing };
}

export function note(text: string): PrintBlock {
  return { kind: 'paragraph', text, tone: 'note' };
}

export function body(text: string): PrintBlock {
  return { kind: 'paragraph', text, tone: 'body' };
}

function contents(items: readonly { number: number; title: string; monthYear: string }[]): PrintBlock {
  if (items.length === 0) return note(msg('exp_noneYet'));
  return {
    kind: 'list',
    items: items.map((i) => msg('exp_listItem', [String(i.number), i.title, i.monthYear])),
  };
}

function nmcSection(account: NmcAccount): PrintSection {
  const blocks: PrintBlock[] = [
    note(account.reminder),
    { kind: 'field', label: msg('exp_monthYear'), value: account.monthYear },
  ];
  if (account.activities.length > 0) {
    blocks.push({ kind: 'field', label: msg('exp_nmc_about'), value: account.activities.join('; ') });
  }
  for (const { question: label, answer } of account.answers) blocks.push(question(label, answer));
  blocks.push({
    kind: 'checklist',
    label: account.code.question,
    items: account.code.themes.map((t) => ({ label: t.label, checked: t.ticked })),
  });
  if (account.code.note) blocks.push(note(account.code.note));
  blocks.push(question(account.code.relation.question, account.code.relation.answer));
  return { heading: account.heading, subheading: account.title, blocks };
}

/** NMC reflective accounts, laid out like the NMC's form, one account per page after a short cover. */
export function nmcAccountsPrintModel(
  accounts: readonly NmcAccount[],
  opts: PrintOptions = {},
): PrintDocument {
  const count = accounts.length;
  return {
    title: msg('exp_nmc_title'),
    subtitle: periodLabel(opts.period),
    intro: [
      body(count === 1 ? msg('exp_nmc_introOne') : msg('exp_nmc_introMany', String(count))),
      note(msg('exp_nmc_check')),
      contents(accounts),
    ],
    sections: accounts.map(nmcSection),
  };
}

function appraisalSection(n: AppraisalNote): PrintSection {
  const h = appraisalHeadings;
  const blocks: PrintBlock[] = [{ kind: 'field', label: h.date, value: n.monthYear }];
  if (n.roleScope) blocks.push({ kind: 'field', label: h.roleScope, value: n.roleScope });
  blocks.push(
    { kind: 'field', label: h.supportingInfo, value: n.supportingInfo ?? msg('exp_app_notChosen') },
    {
      kind: 'checklist',
      label: h.domains,
      items: n.domains.map((d) => ({ label: d.label, checked: d.ticked })),
    },
  );
  if (n.domainNote) blocks.push(note(n.domainNote));
  if (n.incidentNote) blocks.push(note(n.incidentNote));
  for (const section of n.sections) blocks.push(question(section.heading, section.text));
  blocks.push(
    { kind: 'field', label: h.pdp, value: n.pdpGoal ?? msg('exp_app_notLinked') },
    question(n.codeRelation.heading, n.codeRelation.text),
    { kind: 'field', label: h.discussed, value: n.discussed },
  );
  if (n.otherFramework) blocks.push({ kind: 'field', label: h.otherFramework, value: n.otherFramework });
  return { heading: n.title, subheading: null, blocks };
}

/** Reflective notes for a medical appraisal, one per page after a short cover. */
export function appraisalPrintModel(notes: readonly AppraisalNote[], opts: PrintOptions = {}): PrintDocument {
  const count = notes.length;
  return {
    title: msg('exp_app_title'),
    subtitle: periodLabel(opts.period),
    intro: [
      body(count === 1 ? msg('exp_app_introOne') : msg('exp_app_introMany', String(count))),
      note(msg('exp_app_reminder')),
      contents(notes.map((n, i) => ({ number: i + 1, title: n.title, monthYear: n.monthYear }))),
    ],
    sections: notes.map(appraisalSection),
  };
}

/** Convenience: reflections straight to the NMC print model (the chosen five, when given). */
export function nmcPrintModelOf(
  reflections: readonly RevalidationReflection[],
  opts: PrintOptions & NmcAccountOptions = {},
): PrintDocument {
  return nmcAccountsPrintModel(toNmcAccounts(reflections, opts), opts);
}

/** Convenience: reflections straight to the appraisal print model. */
export function appraisalPrintModelOf(
  reflections: readonly RevalidationReflection[],
  opts: PrintOptions = {},
): PrintDocument {
  return appraisalPrintModel(toAppraisalNotes(reflections), opts);
}
