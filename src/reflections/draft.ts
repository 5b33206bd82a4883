import { z } from 'zod';
import { PlanningContext } from '../detect/detection';
import { GmcDomain, MovementRole, NmcActivity, NmcTheme, SupportingInfoType } from './model';

/** The capture form's fields while the user types: loose on purpose, so a half-written draft always saves. */
export const DraftFields = z
  .object({
    title: z.string().max(200),
    occurredOn: z.string().max(10),
    what: z.string().max(20_000),
    soWhat: z.string().max(20_000),
    nowWhat: z.string().max(20_000),
    /** The revalidation fields (edited on the options page); absent in drafts from before they existed. */
    changed: z.string().max(20_000).optional(),
    codeRelation: z.string().max(20_000).optional(),
    feelings: z.string().max(20_000).optional(),
    roleScope: z.string().max(500).optional(),
    pdpGoal: z.string().max(200).optional(),
    nmcActivities: z.array(NmcActivity).max(3).optional(),
    tags: z.array(z.string().max(50)).max(30),
    nmcActivity: NmcActivity.optional(),
    nmcThemes: z.array(NmcTheme).max(4),
    gmcDomains: z.array(GmcDomain).max(4),
    supportingInfo: SupportingInfoType.optional(),
    otherFramework: z.string().max(200),
    movementRole: MovementRole.optional(),
    discussed: z.boolean(),
    discussedRole: z.string().max(100),
    promptId: z.string().max(63).optional(),
    context: PlanningContext.optional(),
    /** Offered by the page the reflection started from; kept only if keepPageTitle is ticked. */
    pageTitle: z.string().max(500).optional(),
    keepPageTitle: z.boolean().optional(),
    /** Offered by the page the reflection started from; kept only if keepPageUrl is ticked. */
    pageUrl: z.string().max(2048).optional(),
    keepPageUrl: z.boolean(),
  })
  .strict();
export type DraftFields = z.infer<typeof DraftFields>;

/** id is "capture" for the popup's new reflection, or the id of the reflection being edited. */
export const Draft = z
  .object({
    id: z.string().min(1).max(64),
    savedAt: z.string().datetime({ offset: true }),
    fields: DraftFields,
  })
  .strict();
export type Draft = z.infer<typeof Draft>;

export const CAPTURE_DRAFT_ID = 'capture';

export function emptyDraftFields(today: string): DraftFields {
  return {
    title: '',
    occurredOn: today,
    what: '',
    soWhat: '',
    nowWhat: '',
    tags: [],
    nmcThemes: [],
    gmcDomains: [],
    otherFramework: '',
    discussed: false,
    discussedRole: '',
    keepPageUrl: false,
  };
}
