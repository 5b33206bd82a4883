import {
  changedOf,
  codeRelationOf,
  feelingsOf,
  pdpGoalOf,
  type RevalidationReflection,
  roleScopeOf,
} from '../reflections/fields';
import { withGroupPreface } from '../together/export-lines';
import { type GmcDomain, gmcDomains } from '../vocabulary';
import { byOccurrence, gmcDomainLabels, monthYearOf, supportingInfoLabels, titleOf } from './labels';
import { msg } from './messages';

/**
 * Headings of a medical appraisal reflective note, in order. "So what?" is both the reflection and the
 * learning in Rolfe's model, and a reflection has no clean seam between the two, so they share one heading.
 */
export const appraisalHeadings = {
  date: msg('exp_monthYear'),
  roleScope: msg('exp_app_roleScope'),
  supportingInfo: msg('exp_app_supportingInfo'),
  domains: msg('exp_app_domains'),
  activity: msg('exp_app_activity'),
  feelings: msg('exp_app_feelings'),
  reflection: msg('exp_app_reflection'),
  changed: msg('exp_app_changed'),
  action: msg('exp_app_action'),
  pdp: msg('exp_app_pdp'),
  codeRelation: msg('exp_app_codeRelation'),
  discussed: msg('exp_app_discussed'),
  otherFramework: msg('exp_app_otherFramework'),
} as const;

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
  roleScope: string;
  /** One of the GMC's six types, in the GMC's words, or null when the user has not chosen. */
  supportingInfo: string | null;
  /** All four domains in the GMC's order, ticked or not. */
  domains: AppraisalDomainTick[];
  domainNote: string | null;
  /** What happened, how it affected me, reflection and learning, what I changed, planned action. */
  sections: AppraisalSection[];
  /** The PDP goal the planned action belongs to, or null. */
  pdpGoal: string | null;
  codeRelation: AppraisalSection;
  /** "Yes (ward manager)", "Yes" or "No": the colleague's role only, never a name. */
  discussed: string;
  otherFramework: string | null;
  /** Set on significant-event reflections: reflecting does not replace reporting. */
  incidentNote: string | null;
  reminder: string;
}

function discussedOf(reflection: RevalidationReflection): string {
  if (!reflection.discussed.withColleague) return msg('exp_app_no');
  const role = reflection.discussed.role?.replace(/\s+/g, ' ').trim();
  return role ? msg('exp_app_yesRole', role) : msg('exp_app_yes');
}

function noteOf(reflection: RevalidationReflection): AppraisalNote {
  const ticked = new Set(reflection.gmc.domains);
  const otherFramework = reflection.otherFramework?.trim();
  const si = reflection.gmc.supportingInfo;
  return {
    reflectionId: reflection.id,
    title: titleOf(reflection.title),
    monthYear: monthYearOf(reflection.occurredOn),
    roleScope: roleScopeOf(reflection).replace(/\s+/g, ' ').trim(),
    supportingInfo: si ? supportingInfoLabels[si] : null,
    domains: gmcDomains.map((domain) => ({
      domain,
      label: gmcDomainLabels[domain],
      ticked: ticked.has(domain),
    })),
    domainNote: ticked.size === 0 ? msg('exp_app_noDomain') : null,
    sections: [
      { heading: appraisalHeadings.activity, text: withGroupPreface(reflection.what, reflection) },
      { heading: appraisalHeadings.feelings, text: feelingsOf(reflection) },
      { heading: appraisalHeadings.reflection, text: reflection.soWhat },
      { heading: appraisalHeadings.changed, text: changedOf(reflection) },
      { heading: appraisalHeadings.action, text: reflection.nowWhat },
    ],
    pdpGoal: pdpGoalOf(reflection) || null,
    codeRelation: { heading: appraisalHeadings.codeRelation, text: codeRelationOf(reflection) },
    discussed: discussedOf(reflection),
    otherFramework: otherFramework ? otherFramework : null,
    incidentNote: si === 'significant-event' ? msg('exp_app_incident') : null,
    reminder: msg('exp_app_reminder'),
  };
}

/** Reflective notes for a doctor's appraisal, one per reflection, oldest event first. */
export function toAppraisalNotes(reflections: readonly RevalidationReflection[]): AppraisalNote[] {
  return [...reflections].sort(byOccurrence).map(noteOf);
}
