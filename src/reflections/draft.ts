import { z } from 'zod';
import { PlanningContext } from '../detect/detection';
import { TogetherDraft } from '../together/draft';
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
    /** Set by "Reflect on selection" when the quote was shortened or did not fit; shown once, then dropped. */
    quoteNotice: z.enum(['cut', 'not-added']).optional(),
    /** A commitment's date and people, and a group reflection's participants and decision. */
    together: TogetherDraft.optional(),
  })
  .strict();
export type DraftFields = z.infer<typeof DraftFields>;

/**
 * id is "capture" for the popup's new reflection, or "<reflection id>/<editor>" for one editor of a saved
 * reflection (each open editor keeps its own, so two tabs never overwrite each other's draft). Drafts saved
 * by older versions used the bare reflection id.
 */
export const Draft = z
  .object({
    id: z.string().min(1).max(64),
    savedAt: z.string().datetime({ offset: true }),
    fields: DraftFields,
    /** For an edit: the reflection's revision the edit started from, so saving it later can spot a conflict. */
    baseRevision: z.number().int().min(1).optional(),
  })
  .strict();
export type Draft = z.infer<typeof Draft>;

export const CAPTURE_DRAFT_ID = 'capture';

/** The draft key for one editor of a saved reflection. */
export function editDraftId(reflectionId: string, editor: string): string {
  return `${reflectionId}/${editor}`;
}

/** Which saved reflection a draft edits (from its id, an older version's bare id included), or null. */
export function editedReflectionId(draftId: string): string | null {
  const [head = '', editor] = draftId.split('/', 2);
  if (editor !== undefined) return head;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(head) ? head : null;
}

/** Every key a saved reflection's drafts can have, as an IndexedDB key range's bounds (old bare id included). */
export function editDraftBounds(reflectionId: string): [string, string] {
  return [reflectionId, `${reflectionId}/\uffff`];
}

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

/** The longest quote "Reflect on selection" adds, and the most "What happened?" can hold. */
export const MAX_QUOTE = 5000;
const MAX_WHAT = 20_000;

/**
 * Adds a quoted selection to what the user already wrote, within both limits, and says when the quote was
 * shortened or could not be added at all, so the capture form can tell the user instead of failing silently.
 */
export function withQuote(what: string, quote: string): Pick<DraftFields, 'what' | 'quoteNotice'> {
  const before = what ? `${what}\n\n` : '';
  const room = MAX_WHAT - before.length - '“…”\n\n'.length;
  const limit = Math.min(MAX_QUOTE, room);
  // A few characters of quote are no use to anyone: leave the draft as it was and say why.
  if (limit < 20) return { what, quoteNotice: 'not-added' };
  if (quote.length <= limit) return { what: `${before}“${quote}”\n\n` };
  return { what: `${before}“${quote.slice(0, limit)}…”\n\n`, quoteNotice: 'cut' };
}
