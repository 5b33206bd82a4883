import type { NmcActivity, Reflection } from './model';

/*
 * The revalidation fields a reflection may carry. Readiness and the exports read them only through these
 * accessors, so a reflection written before they existed reads as "not answered yet" rather than failing.
 */
export type RevalidationReflection = Reflection & {
  /** "What I changed": what was done as a result, in the past tense (NMC question 3). */
  changed?: string;
  /** How the reflection relates to the Code, Good medical practice or the HCPC standards, in the user's words. */
  codeRelation?: string;
  /** How the event affected the user (appraisal). */
  feelings?: string;
  /** The user's role and scope of work when it happened. */
  roleScope?: string;
  /** The personal development plan goal the next step belongs to. */
  pdpGoal?: string;
  nmc: Reflection['nmc'] & { activities?: NmcActivity[] };
};

const text = (value: string | undefined): string => value ?? '';

export const changedOf = (r: RevalidationReflection): string => text(r.changed);
export const codeRelationOf = (r: RevalidationReflection): string => text(r.codeRelation);
export const feelingsOf = (r: RevalidationReflection): string => text(r.feelings);
export const roleScopeOf = (r: RevalidationReflection): string => text(r.roleScope);
export const pdpGoalOf = (r: RevalidationReflection): string => text(r.pdpGoal).trim();

/** Every kind of activity the account covers: the NMC form allows CPD, feedback and an event together. */
export function activitiesOf(r: RevalidationReflection): NmcActivity[] {
  if (r.nmc.activities) return [...r.nmc.activities];
  const legacy = (r.nmc as { activity?: NmcActivity }).activity;
  return legacy ? [legacy] : [];
}

const answered = (value: string): boolean => value.trim() !== '';

export type AccountGap = 'q1' | 'q2' | 'q3' | 'theme' | 'codeRelation';

/**
 * What an NMC written reflective account still lacks: questions 1 to 3 answered, at least one Code theme
 * ticked and a note of how it relates to the Code. An empty list means the account is complete.
 */
export function accountGaps(r: RevalidationReflection): AccountGap[] {
  const gaps: AccountGap[] = [];
  if (!answered(r.what)) gaps.push('q1');
  if (!answered(r.soWhat)) gaps.push('q2');
  if (!answered(changedOf(r))) gaps.push('q3');
  if (r.nmc.themes.length === 0) gaps.push('theme');
  if (!answered(codeRelationOf(r))) gaps.push('codeRelation');
  return gaps;
}

export const isCompleteAccount = (r: RevalidationReflection): boolean => accountGaps(r).length === 0;
