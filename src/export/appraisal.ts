import { type GmcDomain, gmcDomains, type Reflection } from '../reflections/model';
import { byOccurrence, gmcDomainLabels, monthYearOf, supportingInfoLabels, titleOf } from './labels';

/**
 * Headings of a medical appraisal reflective note. "So what?" is both the reflection and the learning in
 * Rolfe's model, and a reflection has no clean seam between the two, so they share one heading.
 */
export const appraisalHeadings = {
  activity: 'The activity or event',
  reflection: 'Reflection and learning',
  action: 'Planned action',
  supportingInfo: 'Type of supporting information',
  domains: 'Good medical practice 2024 domains',
  discussed: 'Discussed with a colleague',
  otherFramework: 'Other framework',
  date: 'Month and year',
} as const;

export const appraisalAnonymityReminder =
  'Keep this note anonymous: leave out anything that could identify a patient, colleague or other person, ' +
  'such as names, exact dates, ages or places. Record what you learned and what you will do, not every detail.';

export const appraisalNoDomainNote = 'No Good medical practice domain chosen yet.';
export const appraisalNoSupportingInfoNote = 'Not chosen yet';

export interface AppraisalDomainTick {
  domain: GmcDomain;
  label: string;
  ticked: boolean;
}

export interface AppraisalSection {
  heading: string;
  /** The reflection's own text, unchanged; may be empty or span several lines. */
  text: string;
}

export interface AppraisalNote {
  reflectionId: string;
  title: string;
  /** Month and year only, following GMC anonymisation advice. */
  monthYear: string;
  /** One of the GMC's six types, or null when the user has not chosen. */
  supportingInfo: string | null;
  /** All four domains in the GMC's order, ticked or not. */
  domains: AppraisalDomainTick[];
  domainNote: string | null;
  /** The activity or event (what), reflection and learning (so what), planned action (now what). */
  sections: [AppraisalSection, AppraisalSection, AppraisalSection];
  /** "Yes (ward manager)", "Yes" or "No": the colleague's role only, never a name. */
  discussed: string;
  otherFramework: string | null;
  reminder: string;
}

function discussedOf(reflection: Reflection): string {
  if (!reflection.discussed.withColleague) return 'No';
  const role = reflection.discussed.role?.replace(/\s+/g, ' ').trim();
  return role ? `Yes (${role})` : 'Yes';
}

/** Reflective notes for a doctor's appraisal, one per reflection, oldest event first. */
export function toAppraisalNotes(reflections: readonly Reflection[]): AppraisalNote[] {
  return [...reflections].sort(byOccurrence).map((reflection) => {
    const ticked = new Set(reflection.gmc.domains);
    const otherFramework = reflection.otherFramework?.trim();
    return {
      reflectionId: reflection.id,
      title: titleOf(reflection.title),
      monthYear: monthYearOf(reflection.occurredOn),
      supportingInfo: reflection.gmc.supportingInfo
        ? supportingInfoLabels[reflection.gmc.supportingInfo]
        : null,
      domains: gmcDomains.map((domain) => ({
        domain,
        label: gmcDomainLabels[domain],
        ticked: ticked.has(domain),
      })),
      domainNote: ticked.size === 0 ? appraisalNoDomainNote : null,
      sections: [
        { heading: appraisalHeadings.activity, text: reflection.what },
        { heading: appraisalHeadings.reflection, text: reflection.soWhat },
        { heading: appraisalHeadings.action, text: reflection.nowWhat },
      ],
      discussed: discussedOf(reflection),
      otherFramework: otherFramework ? otherFramework : null,
      reminder: appraisalAnonymityReminder,
    };
  });
}
