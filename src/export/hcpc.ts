import { type DateRange, inDateRange } from '../reflections/appraisal-year';
import { activitiesOf, changedOf, codeRelationOf, type RevalidationReflection } from '../reflections/fields';
import { activityGaps, HCPC_ACTIVITIES_MAX, hcpcStandards } from '../reflections/hcpc-readiness';
import { HCPC_SUMMARY_WORDS, wordCount } from '../reflections/revalidation';
import { byOccurrence, monthYearOf, nmcActivityLabels, titleOf } from './labels';
import { msg } from './messages';
import {
  body,
  note,
  type PrintBlock,
  type PrintDocument,
  type PrintSection,
  periodLabel,
  question,
} from './print';

export interface HcpcProfileOptions {
  /** The two years the profile covers (up to the renewal date). */
  period: DateRange;
  /** The summary of practice history, in the registrant's words. */
  summary?: string;
  /** The four to six activities to describe in full, in order; by default the latest that say what changed. */
  described?: readonly string[];
}

/** The HCPC's five standards for CPD, word for word (kept in _locales). */
export const hcpcStandardTexts = [
  msg('exp_hcpc_std1'),
  msg('exp_hcpc_std2'),
  msg('exp_hcpc_std3'),
  msg('exp_hcpc_std4'),
  msg('exp_hcpc_std5'),
] as const;

const kindsOf = (r: RevalidationReflection): string =>
  activitiesOf(r)
    .map((a) => nmcActivityLabels[a])
    .join('; ') || msg('exp_hcpc_kindUnknown');

function describedOf(activities: readonly RevalidationReflection[], ids?: readonly string[]) {
  if (ids) {
    const byId = new Map(activities.map((r) => [r.id, r]));
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []).slice(0, HCPC_ACTIVITIES_MAX);
  }
  const withChange = activities.filter((r) => changedOf(r).trim() !== '');
  return withChange.slice(-HCPC_ACTIVITIES_MAX);
}

function evidenceLines(rs: readonly RevalidationReflection[], text: (r: RevalidationReflection) => string) {
  return rs
    .map((r) => msg('exp_hcpc_evItem', [titleOf(r.title), monthYearOf(r.occurredOn), text(r).trim()]))
    .join('\n');
}

function statement(
  activities: readonly RevalidationReflection[],
  described: readonly RevalidationReflection[],
  period: DateRange,
): PrintSection {
  const first = activities[0];
  const last = activities.at(-1);
  const record =
    first && last
      ? msg('exp_hcpc_ev1', [
          String(activities.length),
          monthYearOf(first.occurredOn),
          monthYearOf(last.occurredOn),
        ])
      : msg('exp_hcpc_ev1None');
  const gaps = activityGaps(
    activities.map((r) => r.occurredOn),
    period,
  ).map((g) => msg('exp_hcpc_gap', [monthYearOf(g.from), monthYearOf(g.to)]));
  const counts = new Map<string, number>();
  for (const r of activities) for (const a of activitiesOf(r)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const mixture = [...counts].map(
    ([a, n]) => `${nmcActivityLabels[a as keyof typeof nmcActivityLabels]} (${n})`,
  );
  const evidence: Record<(typeof hcpcStandards)[number], string> = {
    1: [record, ...gaps].join('\n'),
    2: mixture.length ? msg('exp_hcpc_ev2', mixture.join(', ')) : msg('exp_hcpc_ev2None'),
    3: evidenceLines(
      described.filter((r) => changedOf(r).trim()),
      changedOf,
    ),
    4: evidenceLines(
      described.filter((r) => codeRelationOf(r).trim()),
      codeRelationOf,
    ),
    5: msg('exp_hcpc_ev5'),
  };
  return {
    heading: msg('exp_hcpc_statement'),
    subheading: null,
    blocks: [
      note(msg('exp_hcpc_heart')),
      ...hcpcStandards.map((n) =>
        question(msg('exp_hcpc_standard', [String(n), hcpcStandardTexts[n - 1] ?? '']), evidence[n]),
      ),
    ],
  };
}

function activitySection(r: RevalidationReflection, n: number): PrintSection {
  return {
    heading: msg('exp_hcpc_activity', [String(n), titleOf(r.title)]),
    subheading: monthYearOf(r.occurredOn),
    blocks: [
      question(msg('exp_hcpc_whatActivity'), r.what),
      question(msg('exp_hcpc_whatLearnt'), r.soWhat),
      question(msg('exp_hcpc_quality'), changedOf(r)),
      question(msg('exp_hcpc_benefit'), codeRelationOf(r)),
    ],
  };
}

function summarySection(summary: string): PrintSection {
  const words = wordCount(summary);
  const blocks: PrintBlock[] = [
    note(msg('exp_hcpc_summaryHint')),
    question(msg('exp_hcpc_summary'), summary),
  ];
  blocks.push(
    note(
      words > HCPC_SUMMARY_WORDS
        ? msg('exp_hcpc_summaryTooLong', String(words))
        : msg('exp_hcpc_summaryWords', String(words)),
    ),
  );
  return { heading: msg('exp_hcpc_summary'), subheading: null, blocks };
}

/**
 * An HCPC CPD profile in the four parts the HCPC asks for: summary of practice history, statement of how
 * the standards are met (with the activities described in full), dated list of activities, and evidence.
 */
export function hcpcProfilePrintModel(
  reflections: readonly RevalidationReflection[],
  opts: HcpcProfileOptions,
): PrintDocument {
  const activities = reflections.filter((r) => inDateRange(r.occurredOn, opts.period)).sort(byOccurrence);
  const described = describedOf(activities, opts.described);
  const list: PrintBlock = activities.length
    ? {
        kind: 'list',
        items: activities.map((r) =>
          msg('exp_hcpc_listItem', [monthYearOf(r.occurredOn), titleOf(r.title), kindsOf(r)]),
        ),
      }
    : note(msg('exp_noneYet'));
  const evidence: PrintBlock = {
    kind: 'list',
    items: described.map((r, i) =>
      msg('exp_hcpc_evidenceItem', [String(i + 1), titleOf(r.title), monthYearOf(r.occurredOn)]),
    ),
  };
  return {
    title: msg('exp_hcpc_title'),
    subtitle: periodLabel(opts.period),
    intro: [body(msg('exp_hcpc_intro')), note(msg('exp_hcpc_check'))],
    sections: [
      summarySection(opts.summary ?? ''),
      statement(activities, described, opts.period),
      ...described.map((r, i) => activitySection(r, i + 1)),
      { heading: msg('exp_hcpc_list'), subheading: null, blocks: [list] },
      {
        heading: msg('exp_hcpc_evidence'),
        subheading: null,
        blocks: [note(msg('exp_hcpc_evidenceHint')), evidence],
      },
    ],
  };
}
