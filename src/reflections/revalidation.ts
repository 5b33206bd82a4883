import { z } from 'zod';

const isoDate = z.iso.date({ message: 'use YYYY-MM-DD' });

/** The regulators Power of Many shapes exports for. */
export const registrationBodies = ['nmc', 'gmc', 'hcpc'] as const;
export const RegistrationBody = z.enum(registrationBodies);
export type RegistrationBody = z.infer<typeof RegistrationBody>;

/**
 * The dates a registrant's revalidation runs to. Kept in settings (small, and useful on every device);
 * null means "not set", and readiness then says it is counting up to today instead.
 */
export const RevalidationProfile = z
  .object({
    body: RegistrationBody.nullable(),
    /** NMC: the date the registration is due for renewal (the end of the three-year period). */
    nmcRenewalDate: isoDate.nullable(),
    /** GMC: the revalidation submission date and the next appraisal. */
    gmcRevalidationDate: isoDate.nullable(),
    gmcAppraisalDate: isoDate.nullable(),
    /** HCPC: the profession's next two-yearly renewal. */
    hcpcRenewalDate: isoDate.nullable(),
  })
  .strict();
export type RevalidationProfile = z.infer<typeof RevalidationProfile>;

export const emptyRevalidationProfile: RevalidationProfile = {
  body: null,
  nmcRenewalDate: null,
  gmcRevalidationDate: null,
  gmcAppraisalDate: null,
  hcpcRenewalDate: null,
};

const id = z.string().min(1).max(64);
const reflectionIds = z.array(z.string().uuid()).max(50);

/** One reflective discussion: no partner's name or PIN, only that they are an NMC registrant. */
export const ReflectiveDiscussion = z
  .object({
    date: isoDate.nullable(),
    withNmcRegistrant: z.boolean(),
    /** The reflections (written accounts) the discussion covered. */
    accountIds: reflectionIds,
  })
  .strict();
export type ReflectiveDiscussion = z.infer<typeof ReflectiveDiscussion>;

export const CpdEntry = z
  .object({
    id,
    date: isoDate,
    topic: z.string().trim().min(1).max(200),
    hours: z.number().min(0).max(1000),
    /** Learning with other people (a course, a workshop, a group discussion), as the NMC counts it. */
    participatory: z.boolean(),
    reflectionIds,
  })
  .strict();
export type CpdEntry = z.infer<typeof CpdEntry>;

export const feedbackSources = ['patients', 'colleagues', 'students', 'appraisal', 'other'] as const;
export const FeedbackSource = z.enum(feedbackSources);
export type FeedbackSource = z.infer<typeof FeedbackSource>;

export const FeedbackEntry = z.object({ id, date: isoDate, source: FeedbackSource, reflectionIds }).strict();
export type FeedbackEntry = z.infer<typeof FeedbackEntry>;

/** The NMC requirements that are declarations or confirmations rather than something counted here. */
export const nmcDeclarations = ['health-character', 'indemnity', 'confirmation'] as const;
export const NmcDeclaration = z.enum(nmcDeclarations);
export type NmcDeclaration = z.infer<typeof NmcDeclaration>;

/**
 * The user's own revalidation record: which five accounts go to the confirmer, the reflective discussion,
 * optional CPD and feedback logs, and the HCPC summary of practice. Lives on this device only.
 */
export const RevalidationRecord = z
  .object({
    /** The five reflections chosen as written accounts, in the order they are numbered 1 to 5. */
    nmcChosen: z.array(z.string().uuid()).max(5),
    discussion: ReflectiveDiscussion.nullable(),
    practiceHours: z.number().min(0).max(100_000).nullable(),
    cpd: z.array(CpdEntry).max(500),
    feedback: z.array(FeedbackEntry).max(500),
    declarations: z.array(NmcDeclaration).max(nmcDeclarations.length),
    /** HCPC CPD profile: a summary of the registrant's practice history, up to 500 words. */
    hcpcSummary: z.string().max(5000),
  })
  .strict();
export type RevalidationRecord = z.infer<typeof RevalidationRecord>;

export const emptyRevalidationRecord: RevalidationRecord = {
  nmcChosen: [],
  discussion: null,
  practiceHours: null,
  cpd: [],
  feedback: [],
  declarations: [],
  hcpcSummary: '',
};

/**
 * The revalidation record and profile as a backup carries them, with when either last changed here, so an
 * import can tell which copy is newer.
 */
export const RevalidationBackup = z
  .object({
    updatedAt: z.string().datetime({ offset: true }),
    profile: RevalidationProfile,
    record: RevalidationRecord,
  })
  .strict();
export type RevalidationBackup = z.infer<typeof RevalidationBackup>;

/** Whether a backup's revalidation copy should replace this browser's: only when it is newer. */
export function revalidationRestores(
  incoming: { updatedAt: string },
  localUpdatedAt: string | null,
): boolean {
  return localUpdatedAt === null || Date.parse(incoming.updatedAt) > Date.parse(localUpdatedAt);
}

const recordKeys = Object.keys(RevalidationRecord.shape) as (keyof RevalidationRecord)[];

/** A stored record, keeping each part that is still valid, so one bad value never loses the rest. */
export function parseRevalidationRecord(raw: unknown): RevalidationRecord {
  const out: Record<string, unknown> = { ...emptyRevalidationRecord };
  if (raw && typeof raw === 'object') {
    for (const key of recordKeys) {
      const parsed = RevalidationRecord.shape[key].safeParse((raw as Record<string, unknown>)[key]);
      if (parsed.success) out[key] = parsed.data;
    }
  }
  return out as RevalidationRecord;
}

export const HCPC_SUMMARY_WORDS = 500;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The body the user revalidates with: their own choice, or the one their profession implies. */
export function registrationBodyOf(
  profile: Pick<RevalidationProfile, 'body'> | undefined,
  profession: string | null,
): RegistrationBody | null {
  if (profile?.body) return profile.body;
  if (profession === 'nurse-midwife') return 'nmc';
  if (profession === 'doctor') return 'gmc';
  if (profession === 'ahp') return 'hcpc';
  return null;
}
