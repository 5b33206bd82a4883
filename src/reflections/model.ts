import { z } from 'zod';
import { PlanningContext } from '../detect/detection';
import { ReflectionGroup } from '../together/participants';
import { Commitment } from '../together/record';
import {
  gmcDomains,
  movementRoles,
  nmcActivities,
  nmcThemes,
  professions,
  supportingInfoTypes,
} from '../vocabulary';
import { PiiKind, piiKinds } from './pii-kind';

export const REFLECTION_SCHEMA_VERSION = 2;

export const Profession = z.enum(professions);
export type Profession = z.infer<typeof Profession>;
export const NmcTheme = z.enum(nmcThemes);
export type NmcTheme = z.infer<typeof NmcTheme>;
export const GmcDomain = z.enum(gmcDomains);
export type GmcDomain = z.infer<typeof GmcDomain>;
export const SupportingInfoType = z.enum(supportingInfoTypes);
export type SupportingInfoType = z.infer<typeof SupportingInfoType>;
export const NmcActivity = z.enum(nmcActivities);
export type NmcActivity = z.infer<typeof NmcActivity>;
export const MovementRole = z.enum(movementRoles);
export type MovementRole = z.infer<typeof MovementRole>;

export { PiiKind, piiKinds };

export const reflectionTextFields = [
  'title',
  'what',
  'soWhat',
  'nowWhat',
  'changed',
  'codeRelation',
  'feelings',
  'roleScope',
] as const;
export const ReflectionTextField = z.enum(reflectionTextFields);
export type ReflectionTextField = z.infer<typeof ReflectionTextField>;

/** Every stored text the guard checks; tags are checked as one text, joined with ", ". */
export const piiCheckedFields = [
  ...reflectionTextFields,
  'pageTitle',
  'pageUrl',
  'tags',
  'discussedRole',
  'otherFramework',
] as const;
export const PiiCheckedField = z.enum(piiCheckedFields);
export type PiiCheckedField = z.infer<typeof PiiCheckedField>;

/** What the guard flagged when the reflection was saved: where and what kind, never the text itself. */
export const PiiFlag = z
  .object({
    kind: PiiKind,
    field: PiiCheckedField,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict();
export type PiiFlag = z.infer<typeof PiiFlag>;

const isoDate = z.iso.date({ message: 'use YYYY-MM-DD' });
const isoDateTime = z.string().datetime({ offset: true });
const longText = z.string().max(20_000);

export const Reflection = z
  .object({
    schemaVersion: z.literal(REFLECTION_SCHEMA_VERSION),
    id: z.string().uuid(),
    /**
     * Counts this reflection's saved versions on this device. A save names the revision it started from and
     * is refused if the stored one has moved on (another tab saved first), so no edit is overwritten unseen.
     * Absent means 1 (reflections from older versions and backups).
     */
    revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** When the event happened, which may differ from when it was written down. */
    occurredOn: isoDate,
    title: z.string().max(200),
    /** "What? So what? Now what?": what happened, what I learned, what I'll do next (an intention). */
    what: longText,
    soWhat: longText,
    nowWhat: longText,
    /** What I changed: what was done as a result, in the past tense (NMC question 3); never the intention. */
    changed: longText.optional(),
    /** How this relates to the Code, Good medical practice or the HCPC standards, in the user's words. */
    codeRelation: longText.optional(),
    /** How it affected me, for appraisal. */
    feelings: longText.optional(),
    /** My role and scope of work when it happened. */
    roleScope: z.string().max(500).optional(),
    /** The personal development plan goal the next step belongs to. */
    pdpGoal: z.string().max(200).optional(),
    promptId: z.string().max(63).optional(),
    context: PlanningContext.optional(),
    page: z
      .object({
        title: z.string().max(500),
        // Only web addresses: a javascript: or data: URL must never be stored, let alone linked.
        url: z
          .url({ protocol: /^https?$/ })
          .max(2048)
          .optional(),
      })
      .strict()
      .optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(30),
    nmc: z
      .object({
        /** Absent means none chosen yet. */
        activities: z.array(NmcActivity).max(nmcActivities.length).optional(),
        themes: z.array(NmcTheme).max(4),
      })
      .strict(),
    gmc: z
      .object({ domains: z.array(GmcDomain).max(4), supportingInfo: SupportingInfoType.optional() })
      .strict(),
    /** A free framework for allied health professionals and managers, e.g. "HCPC CPD standard 4". */
    otherFramework: z.string().max(200).optional(),
    movementRole: MovementRole.optional(),
    discussed: z.object({ withColleague: z.boolean(), role: z.string().max(100).optional() }).strict(),
    pii: z.array(PiiFlag).max(500),
    /** "What I'll do next" with a date and who it involves, and how it went when asked. */
    commitment: Commitment.optional(),
    /** Present when the reflection was made with others. */
    group: ReflectionGroup.optional(),
  })
  .strict();
export type Reflection = z.infer<typeof Reflection>;

export const revisionOf = (r: Pick<Reflection, 'revision'>): number => r.revision ?? 1;
