/*
 * The detector's fixed vocabularies as plain arrays, with no zod, so the content script can use them
 * without bundling a schema library. detection.ts builds its schemas from these and re-exports them.
 */

/** The kinds of planning work the detector can name; prompts and filters key on these. */
export const planningContexts = [
  'agenda',
  'strategy',
  'project',
  'coproduction',
  'engagement',
  'workshop',
  'board',
] as const;

export const voiceKinds = ['patients', 'carers', 'public', 'staff'] as const;

export const signalSources = [
  'url',
  'platform',
  'title',
  'heading',
  'label',
  'editor',
  'text',
  'structure',
] as const;
