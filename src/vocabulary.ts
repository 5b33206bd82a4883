/*
 * The ids the whole extension shares, as plain arrays with no zod, so that settings, prompts, reflections
 * and the UI can agree on them without importing each other's schemas. Each schema builds its z.enum from
 * these; the UI looks up a label for every id (the i18n coverage test checks that each has one).
 */
import { detectionModes, planningContexts } from './detect/vocabulary';

export { detectionModes, planningContexts };
export type PlanningContext = (typeof planningContexts)[number];
export type DetectionMode = (typeof detectionModes)[number];

export const professions = ['nurse-midwife', 'doctor', 'ahp', 'other'] as const;
export type Profession = (typeof professions)[number];

/** Themes a user (or organisation) can switch on or off as a group. */
export const promptCategories = [
  'what-matters',
  'who-is-missing',
  'sharing-power',
  'relationships',
  'organising',
  'peer-support',
  'story',
  'collective-action',
  // Added later as new kinds of move; the original ids above keep working in settings and policies.
  'access-and-equality',
  'strengths-and-assets',
  'recognition-and-momentum',
] as const;
export type PromptCategory = (typeof promptCategories)[number];

export const exportFormats = ['nmc-docx', 'appraisal-docx', 'hcpc-docx', 'csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The NMC Code (2015, updated 2018): four themes. */
export const nmcThemes = [
  'prioritise-people',
  'practise-effectively',
  'preserve-safety',
  'promote-professionalism',
] as const;
export type NmcTheme = (typeof nmcThemes)[number];

/** What an NMC reflective account is about (question 1 of the form); one account may combine them. */
export const nmcActivities = ['cpd', 'feedback', 'experience'] as const;
export type NmcActivity = (typeof nmcActivities)[number];

/** GMC Good medical practice 2024: four domains. */
export const gmcDomains = [
  'knowledge-skills-development',
  'patients-partnership-communication',
  'colleagues-culture-safety',
  'trust-professionalism',
] as const;
export type GmcDomain = (typeof gmcDomains)[number];

/** GMC's six types of supporting information for appraisal. */
export const supportingInfoTypes = [
  'cpd',
  'quality-improvement',
  'significant-event',
  'patient-feedback',
  'colleague-feedback',
  'compliments-complaints',
] as const;
export type SupportingInfoType = (typeof supportingInfoTypes)[number];

/** Hahrie Han's three ways of working, as a self-assessment. */
export const movementRoles = ['lone-wolf', 'mobiliser', 'organiser'] as const;
export type MovementRole = (typeof movementRoles)[number];

export const piiKinds = [
  'nhs-number',
  'postcode',
  'date',
  'age',
  'phone',
  'email',
  'record-number',
  'name',
] as const;
export type PiiKind = (typeof piiKinds)[number];
