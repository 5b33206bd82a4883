/*
 * How much each sum of evidence counts towards a planning page, in points: a signal's shown weight is
 * its lexicon weight times its source's multiplier times its sum's weight here, and a page at
 * `threshold` points scores 0.5. Written by tests/tools/fit-weights.ts (a logistic regression over
 * these sums, weights kept non-negative, ridge 0.5; setting held at its hand-set value)
 * from 174 labelled real-text train pages,
 * with the 130 synthetic pages at weight 0.25 each as a light prior;
 * the detector only reads it. Refit with `npx tsx tests/tools/fit-weights.ts --write`.
 */
export const weights = {
  topic: 0.27,
  working: 1.03,
  setting: 1,
  review: 0.39,
  join: 1.34,
  against: 0.91,
  threshold: 4.97,
  /** Points per unit of log-odds: a page `scale` points above the threshold scores 0.73. */
  scale: 3,
} as const;

export type EvidenceSum = 'topic' | 'working' | 'setting' | 'review' | 'join' | 'against';
