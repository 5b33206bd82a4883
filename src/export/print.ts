import type { DateRange } from '../reflections/appraisal-year';
import type { Reflection } from '../reflections/model';
import {
  type AppraisalNote,
  appraisalAnonymityReminder,
  appraisalHeadings,
  appraisalNoSupportingInfoNote,
  toAppraisalNotes,
} from './appraisal';
import { longDateOf } from './labels';
import { type NmcAccount, toNmcAccounts } from './nmc';

/**
 * A small document model shared by the Word export and the print view ("Save as PDF"), so every label
 * and sentence is written once here. Text may contain line breaks: render it with white-space: pre-wrap
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
  | { kind: 'list'; items: string[] };

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

export const notWrittenYet = 'Not written yet.';
export const checkedBox = '☒';
export const uncheckedBox = '☐';

function periodLabel(period: DateRange | undefined): string | null {
  return period ? `From ${longDateOf(period.from)} to ${longDateOf(period.to)}` : null;
}

function question(label: string, answer: string): PrintBlock {
  const missing = answer.trim() === '';
  return { kind: 'question', label, answer: missing ? notWrittenYet : answer, missing };
}

function note(text: string): PrintBlock {
  return { kind: 'paragraph', text, tone: 'note' };
}

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function nmcSection(account: NmcAccount): PrintSection {
  const blocks: PrintBlock[] = [
    note(account.reminder),
    { kind: 'field', label: 'Month and year', value: account.monthYear },
  ];
  if (account.activity)
    blocks.push({ kind: 'field', label: 'This account is about', value: account.activity });
  for (const { question: label, answer } of account.answers) blocks.push(question(label, answer));
  blocks.push({
    kind: 'checklist',
    label: account.code.question,
    items: account.code.themes.map((t) => ({ label: t.label, checked: t.ticked })),
  });
  if (account.code.note) blocks.push(note(account.code.note));
  return { heading: account.heading, subheading: account.title, blocks };
}

/** NMC reflective accounts, laid out like the NMC's form, one account per page after a short cover. */
export function nmcAccountsPrintModel(
  accounts: readonly NmcAccount[],
  opts: PrintOptions = {},
): PrintDocument {
  const intro: PrintBlock[] = [
    {
      kind: 'paragraph',
      tone: 'body',
      text:
        `${countOf(accounts.length, 'reflective account', 'reflective accounts')} for NMC revalidation, ` +
        'set out under the questions of the NMC reflective accounts form. You need five written reflective ' +
        'accounts in each three-year revalidation period.',
    },
    note(
      'Before you use these accounts, read each one again and remove anything that might identify a patient, ' +
        'service user, colleague or other individual. Dates are given as month and year only.',
    ),
  ];
  if (accounts.length === 0) intro.push(note('There are no reflections to include yet.'));
  else intro.push({ kind: 'list', items: accounts.map((a) => `${a.number}. ${a.title} (${a.monthYear})`) });
  return {
    title: 'NMC reflective accounts',
    subtitle: periodLabel(opts.period),
    intro,
    sections: accounts.map(nmcSection),
  };
}

function appraisalSection(n: AppraisalNote): PrintSection {
  const blocks: PrintBlock[] = [
    { kind: 'field', label: appraisalHeadings.date, value: n.monthYear },
    {
      kind: 'field',
      label: appraisalHeadings.supportingInfo,
      value: n.supportingInfo ?? appraisalNoSupportingInfoNote,
    },
    {
      kind: 'checklist',
      label: appraisalHeadings.domains,
      items: n.domains.map((d) => ({ label: d.label, checked: d.ticked })),
    },
  ];
  if (n.domainNote) blocks.push(note(n.domainNote));
  for (const section of n.sections) blocks.push(question(section.heading, section.text));
  blocks.push({ kind: 'field', label: appraisalHeadings.discussed, value: n.discussed });
  if (n.otherFramework)
    blocks.push({ kind: 'field', label: appraisalHeadings.otherFramework, value: n.otherFramework });
  return { heading: n.title, subheading: null, blocks };
}

/** Reflective notes for a medical appraisal, one per page after a short cover. */
export function appraisalPrintModel(notes: readonly AppraisalNote[], opts: PrintOptions = {}): PrintDocument {
  const intro: PrintBlock[] = [
    {
      kind: 'paragraph',
      tone: 'body',
      text:
        `${countOf(notes.length, 'reflective note', 'reflective notes')} for your medical appraisal, each with its ` +
        'type of supporting information and the Good medical practice 2024 domains it relates to. You can upload ' +
        'this document to your appraisal toolkit or copy each note into it.',
    },
    note(appraisalAnonymityReminder),
  ];
  if (notes.length === 0) intro.push(note('There are no reflections to include yet.'));
  else intro.push({ kind: 'list', items: notes.map((n, i) => `${i + 1}. ${n.title} (${n.monthYear})`) });
  return {
    title: 'Reflective notes for appraisal',
    subtitle: periodLabel(opts.period),
    intro,
    sections: notes.map(appraisalSection),
  };
}

/** Convenience: reflections straight to the NMC print model. */
export function nmcPrintModelOf(reflections: readonly Reflection[], opts: PrintOptions = {}): PrintDocument {
  return nmcAccountsPrintModel(toNmcAccounts(reflections), opts);
}

/** Convenience: reflections straight to the appraisal print model. */
export function appraisalPrintModelOf(
  reflections: readonly Reflection[],
  opts: PrintOptions = {},
): PrintDocument {
  return appraisalPrintModel(toAppraisalNotes(reflections), opts);
}
