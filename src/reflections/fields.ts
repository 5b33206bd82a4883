import type { NmcActivity, Reflection } from './model';

/** A reflection as readiness and the exports read it; the revalidation fields are optional in stored records. */
export type RevalidationReflection = Reflection;

const text = (value: string | undefined): string => value ?? '';

export const changedOf = (r: RevalidationReflection): string => text(r.changed);
export const codeRelationOf = (r: RevalidationReflection): string => text(r.codeRelation);
export const feelingsOf = (r: RevalidationReflection): string => text(r.feelings);
export const roleScopeOf = (r: RevalidationReflection): string => text(r.roleScope);
export const pdpGoalOf = (r: RevalidationReflection): string => text(r.pdpGoal).trim();

/** Every kind of activity the account covers: the NMC form allows CPD, feedback and an event together. */
export function activitiesOf(r: RevalidationReflection): NmcActivity[] {
  return [...(r.nmc.activities ?? [])];
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
