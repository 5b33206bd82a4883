import { z } from 'zod';
import { type MessageKey, t } from '../ui/i18n';
import { PiiKind } from './pii-kind';

/** One stretch of text the guard thinks could identify someone. start/end are JS string offsets, end exclusive. */
export const PiiFinding = z
  .object({
    kind: PiiKind,
    text: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    explanation: z.string().min(1),
  })
  .strict();
export type PiiFinding = z.infer<typeof PiiFinding>;

/** Why each finding matters and what to do, from _locales (read when a finding is made). Shown beside the highlight. */
export const piiExplanations = {
  get nhsNumber() {
    return t('pii_explain_nhsNumber');
  },
  get nhsNumberNearCue() {
    return t('pii_explain_nhsNumberNearCue');
  },
  get postcode() {
    return t('pii_explain_postcode');
  },
  get date() {
    return t('pii_explain_date');
  },
  get dateOfBirth() {
    return t('pii_explain_dateOfBirth');
  },
  get age() {
    return t('pii_explain_age');
  },
  get ageDecade() {
    return t('pii_explain_ageDecade');
  },
  get phone() {
    return t('pii_explain_phone');
  },
  get email() {
    return t('pii_explain_email');
  },
  get recordNumber() {
    return t('pii_explain_recordNumber');
  },
  get name() {
    return t('pii_explain_name');
  },
  get nameInEmail() {
    return t('pii_explain_nameInEmail');
  },
};

/** What one-click redaction puts in place of a finding: neutral, and still readable in a sentence. */
export function piiPlaceholder(kind: PiiKind): string {
  return t(`pii_placeholder_${kind.replaceAll('-', '_')}` as MessageKey);
}

/** Builds a finding from a match span, so detectors never get text and offsets out of step. */
export function findingAt(
  source: string,
  kind: PiiKind,
  start: number,
  end: number,
  explanation: string,
): PiiFinding {
  return { kind, text: source.slice(start, end), start, end, explanation };
}
