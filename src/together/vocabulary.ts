/*
 * Words shared by the "power of many" features, as plain arrays so any part of the extension can use
 * them without zod. The schemas in this folder build on them.
 */

/** Who an invitation to answer a prompt is written for. */
export const invitationAudiences = ['co-authors', 'patient-partner', 'group'] as const;
export type InvitationAudience = (typeof invitationAudiences)[number];

/** How a commitment turned out, as the user says when asked. */
export const commitmentOutcomes = ['done', 'partly', 'not-yet', 'no-longer-relevant'] as const;
export type CommitmentOutcome = (typeof commitmentOutcomes)[number];

/** Outcomes after which the card stops asking. */
export const settledOutcomes: readonly CommitmentOutcome[] = ['done', 'no-longer-relevant'];
