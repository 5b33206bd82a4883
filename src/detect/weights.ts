/*
 * How much each sum of evidence counts towards a planning page, in points: a signal's shown weight is
 * its lexicon weight times its source's multiplier times its sum's weight here, and a page at
 * `threshold` points scores 0.5. Written by tests/tools/fit-weights.ts (a logistic regression over
 * these sums, weights kept non-negative, ridge 0.5; setting held at a small hand-set value, because
 * the labelled pages' addresses say nothing about their labels) from 279 labelled real-text pages
 * (train and seen), with the 130 synthetic pages at weight 0.25 each as a light prior;
 * the detector only reads it. Refit with `npx tsx tests/tools/fit-weights.ts --write`.
 */
export const weights = {
  topic: 0.13,
  working: 0.87,
  setting: 0.5,
  review: 0,
  join: 1.16,
  group: 0.51,
  against: 0.52,
  record: 1.32,
  guide: 1.18,
  worked: 2.56,
  invited: 2.81,
  planShaped: 3.61,
  groupPage: 3.89,
  meeting: 3.92,
  threshold: 5,
  /** Points per unit of log-odds: a page `scale` points above the threshold scores 0.73. */
  scale: 3,
} as const;

/** The ways a page shows it is open to influence, each a sum of 1 or 0 (classify.ts). */
export type OpenRoute = 'worked' | 'invited' | 'planShaped' | 'groupPage' | 'meeting';

export type EvidenceSum =
  | 'topic'
  | 'working'
  | 'setting'
  | 'review'
  | 'join'
  | 'group'
  | 'against'
  | 'record'
  | 'guide'
  | OpenRoute;
