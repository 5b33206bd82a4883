/*
 * Plain facts about what a planning page says or leaves out, read from the detector's bounded sample.
 * Each is one explainable wording rule, so a prompt that states a fact ("there's no step yet for telling
 * people what changed") rests on something the page was checked for. Zod-free, like vocabulary.ts, so the
 * content script can compute them without bundling a schema library.
 */
import type { PageSignals } from './page-signals';

export const pageFactKeys = [
  'livedExperienceMentioned',
  'paymentOrExpensesMentioned',
  'consultationOrSurvey',
  'feedbackStepPresent',
  'returnDateToPeople',
  'agendaItemsMarkedForDecision',
  'ppiOrEqualitySectionNotApplicable',
  'equalityConsidered',
  'accessibilityMentioned',
  'existingInsightMentioned',
] as const;
export type PageFactKey = (typeof pageFactKeys)[number];
export type PageFacts = Record<PageFactKey, boolean>;

const months =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const fullMonths =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** People who bring their own experience of using services into the work. */
const livedExperience =
  /\blived experience\b|\bexperts? by experience\b|\bpatient (?:and public )?(?:partners?|representatives?|reps?|leaders?|voice partners?)\b|\bservice users? (?:reps?|representatives?|partners?|members?)\b|\bppv partners?\b|\bpeer (?:leaders?|researchers?|supporters?)\b/i;

/** Money for people's time or costs; a finance page's "expenses" also counts, which only keeps a prompt quiet. */
const payment =
  /\binvolvement payments?\b|\bexpenses\b|\breimburs\w*|\bhonorari(?:um|a)\b|\bpaid for (?:their|your) time\b|\bpayments? for (?:their|your) time\b|\bvouchers?\b|\btravel costs?\b|\bremunerat\w*/i;

/** Asking people for their views. A clinical "consultation" (an appointment) is deliberately not enough. */
const consultation =
  /\b(?:public|formal|staff|stakeholder|community|patient|online) consultation\b|\bconsultation (?:on|period|document|questions?|responses?|closes|exercise|process|events?|survey)\b|\bconsult(?:ing)? (?:with )?(?:patients|the public|staff|people|carers|communities|residents|stakeholders)\b|\bsurveys?\b|\bquestionnaires?\b|\bfocus groups?\b|\blistening (?:events?|exercises?|sessions?)\b|\bengagement (?:events?|sessions?|exercises?)\b|\bcall for (?:views|evidence)\b|\bhave your say\b/i;

/** A step that goes back to the people who took part, rather than feedback they give. */
const feedbackStep =
  /\byou said,? we (?:did|have done|will)\b|\bwe asked,? you said\b|\bfeed(?:ing)? ?back to (?:participants|people|everyone|respondents|those|attendees|the group|patients|carers|staff|contributors|communities)\b|\breport(?:ing)? back to\b|\bclos(?:e|ing) the (?:feedback )?loop\b|\bshare (?:the )?(?:results|findings|outcomes?|what we (?:heard|learned|learnt)) with\b|\blet (?:people|participants|everyone|respondents) know (?:what|how)\b|\bwhat we did with (?:your|their) (?:views|feedback|comments)\b/i;

/** A calendar date or a bounded time, as a return step would give one. */
const dateLike = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)? ${months}\\b`,
    `\\b${months} \\d{4}\\b`,
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
    `\\b(?:by|in|before|during|end of|early|mid|late) ${fullMonths}\\b`,
    '\\bwithin \\d+ (?:days|weeks|months)\\b',
    '\\bby (?:the )?end of (?:q[1-4]|the (?:month|quarter))\\b',
  ].join('|'),
  'i',
);

/** How much say an item gives: the usual cover-sheet and agenda labels. */
const itemPurpose =
  /\bfor (?:decision|approval|information|discussion|noting|note|assurance|ratification|agreement|endorsement|input|influence)\b/i;
const purposeColumn = /^(?:purpose|action(?: required)?|decision(?: required)?|for|status)$/i;

/** A section about involvement or equality; followed by a dismissal it is the N/A pattern. */
const involvementOrEquality =
  /\b(?:patient and public (?:involvement|engagement|participation)|ppie?|public involvement|involvement|engagement|equality(?: and diversity)?(?: impact)?(?: analysis| assessment)?|eqia|health inequalities|inclusion)\b/i;
const dismissal = /^[\s:–—-]*(?:n\/a|n\.a\.?|not applicable|none(?: identified)?|nil|not relevant)\b/i;

const equality =
  /\bequalit(?:y|ies)\b|\beqia\b|\binequalit(?:y|ies)\b|\bprotected characteristics?\b|\binclusion\b|\bdiversity\b|\bcore20plus5\b/i;

const accessibility =
  /\beasy read\b|\bplain english\b|\bbsl\b|\bbritish sign language\b|\binterpret(?:er|ers|ing)\b|\blarge print\b|\bbraille\b|\bhearing loop\b|\bcaptions?\b|\bsubtitles?\b|\baccessible (?:formats?|venues?|information|versions?)\b|\breasonable adjustments?\b|\baccessibility\b|\bstep-free\b|\btranslat(?:ion|ions|ed|ors?)\b/i;

/** What people have already told the organisation through its routine channels. */
const existingInsight =
  /\bfriends and family test\b|\bfft\b|\bpals\b|\bpatient advice and liaison\b|\bcomplaints?\b|\bhealthwatch\b|\bpatient surveys?\b|\bstaff survey\b|\bpatient experience (?:data|feedback|insight)\b|\bcare opinion\b|\bwhat (?:people|patients|carers|you) (?:have )?(?:told|said to) us\b/i;

/** Every short piece of text the sample holds, one entry per heading, label, cell or text block. */
function linesOf(signals: PageSignals): string[] {
  return [
    signals.title,
    ...signals.headings,
    ...signals.labels,
    ...signals.tableHeads,
    ...signals.editorText.split('\n'),
    ...signals.text.split('\n'),
  ]
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "Equality impact: N/A", or an "Equality impact" line whose next line is just "N/A". */
function hasDismissedSection(lines: readonly string[]): boolean {
  return lines.some((line, index) => {
    const match = involvementOrEquality.exec(line);
    if (match === null) return false;
    if (dismissal.test(line.slice(match.index + match[0].length, match.index + match[0].length + 40)))
      return true;
    const next = lines[index + 1];
    return line.length <= 60 && next !== undefined && dismissal.test(next) && next.length <= 40;
  });
}

/** Pure: the same sample always gives the same facts. */
export function pageFacts(signals: PageSignals): PageFacts {
  const lines = linesOf(signals);
  const all = lines.join('\n');
  const feedbackStepPresent = feedbackStep.test(all);
  return {
    livedExperienceMentioned: livedExperience.test(all),
    paymentOrExpensesMentioned: payment.test(all),
    consultationOrSurvey: consultation.test(all),
    feedbackStepPresent,
    returnDateToPeople:
      feedbackStepPresent && lines.some((line) => feedbackStep.test(line) && dateLike.test(line)),
    agendaItemsMarkedForDecision:
      itemPurpose.test(all) || signals.tableHeads.some((head) => purposeColumn.test(head.trim())),
    ppiOrEqualitySectionNotApplicable: hasDismissedSection(lines),
    equalityConsidered: equality.test(all),
    accessibilityMentioned: accessibility.test(all),
    existingInsightMentioned: existingInsight.test(all),
  };
}
