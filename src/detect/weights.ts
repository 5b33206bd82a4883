/*
 * How much each sum of evidence counts towards a planning page, in points: a signal's shown weight is
 * its lexicon weight times its source's multiplier times its sum's weight here, and a page at
 * `threshold` points scores 0.5. Written by tests/tools/fit-weights.ts from the labelled train pages
 * (a logistic regression over these sums); the detector only reads it.
 */
export const weights = {
  topic: 1,
  working: 1,
  review: 1,
  join: 1,
  against: 1,
  threshold: 7,
  /** Points per unit of log-odds: a page `scale` points above the threshold scores 0.73. */
  scale: 3,
} as const;

export type EvidenceSum = 'topic' | 'working' | 'review' | 'join' | 'against';
