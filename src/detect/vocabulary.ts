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

/**
 * How the user meets the planning work: writing it, reading someone else's before it is final, or taking
 * part in it (a consultation, a patient group's page, an engagement event). Prompts key on it.
 */
export const detectionModes = ['drafting', 'reviewing', 'taking-part'] as const;

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
