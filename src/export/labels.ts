import type { PlanningContext } from '../detect/detection';
import type {
  GmcDomain,
  MovementRole,
  NmcActivity,
  NmcTheme,
  PiiKind,
  SupportingInfoType,
} from '../reflections/model';

// Every export names things with these words, so a label changes in one place.

/** The NMC Code's four themes, as printed on the reflective accounts form. */
export const nmcThemeLabels: Record<NmcTheme, string> = {
  'prioritise-people': 'Prioritise people',
  'practise-effectively': 'Practise effectively',
  'preserve-safety': 'Preserve safety',
  'promote-professionalism': 'Promote professionalism and trust',
};

/** What question 1 of the NMC form can be about. */
export const nmcActivityLabels: Record<NmcActivity, string> = {
  cpd: 'CPD activity',
  feedback: 'Practice-related feedback',
  experience: 'An event or experience in my practice',
};

/** GMC Good medical practice 2024 domains. */
export const gmcDomainLabels: Record<GmcDomain, string> = {
  'knowledge-skills-development': 'Knowledge, skills and development',
  'patients-partnership-communication': 'Patients, partnership and communication',
  'colleagues-culture-safety': 'Colleagues, culture and safety',
  'trust-professionalism': 'Trust and professionalism',
};

/** The GMC's six types of supporting information for appraisal. */
export const supportingInfoLabels: Record<SupportingInfoType, string> = {
  cpd: 'CPD',
  'quality-improvement': 'Quality improvement activity',
  'significant-event': 'Significant events',
  'patient-feedback': 'Feedback from patients',
  'colleague-feedback': 'Feedback from colleagues',
  'compliments-complaints': 'Compliments and complaints',
};

export const movementRoleLabels: Record<MovementRole, string> = {
  'lone-wolf': 'Working alone',
  mobiliser: 'Mobiliser',
  organiser: 'Organiser',
};

export const planningContextLabels: Record<PlanningContext, string> = {
  agenda: 'Meeting agenda',
  strategy: 'Strategy or plan',
  project: 'Project',
  coproduction: 'Co-production',
  engagement: 'Engagement',
  workshop: 'Workshop',
  board: 'Board paper',
};

export const piiKindLabels: Record<PiiKind, string> = {
  'nhs-number': 'NHS number',
  postcode: 'postcode',
  date: 'date',
  age: 'age',
  phone: 'phone number',
  email: 'email address',
  'record-number': 'record number',
  name: 'name',
};

/** Headings for the three parts of a reflection ("What? So what? Now what?"). */
export const reflectionSectionLabels = {
  what: 'What happened',
  soWhat: 'What I learned',
  nowWhat: 'What I will do',
} as const;

export const UNTITLED = 'Untitled reflection';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "June 2025" from "2025-06-14": regulators advise month and year only, never the full date. */
export function monthYearOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : isoDate;
}

/** "14 June 2025" from "2025-06-14", for the user's own notes. */
export function longDateOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** A title fit for one line: line breaks and runs of spaces become single spaces. */
export function titleOf(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine === '' ? UNTITLED : oneLine;
}

/** Oldest event first, then oldest written first, so numbering is stable between exports. */
export function byOccurrence<T extends { occurredOn: string; createdAt: string; id: string }>(
  a: T,
  b: T,
): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  const written = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (written !== 0) return written;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
