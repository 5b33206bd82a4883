import type { DetectionMode, PlanningContext } from './detection';

/** The evidence the mode is decided from, already weighed by the classifier. */
export interface ModeEvidence {
  /** The user is in an editor: an edit-mode address or text they can edit. */
  editing: boolean;
  /** Drafting cues from the page itself (placeholders, TBC, owners and dates), not from its platform. */
  drafting: number;
  /** Cues that a paper is put before the reader to comment on or approve. */
  reviewing: number;
  /** Cues that invite people to join, respond or take part. */
  takingPart: number;
  context: PlanningContext;
}

/**
 * What a page is usually met as when it says nothing about how: a paper or a circulated agenda is read
 * before the meeting, a group or a workshop is joined, a project plan or charter is worked on.
 */
const usualMode: Record<PlanningContext, DetectionMode> = {
  agenda: 'reviewing',
  strategy: 'reviewing',
  project: 'drafting',
  coproduction: 'taking-part',
  engagement: 'taking-part',
  workshop: 'taking-part',
  board: 'reviewing',
};

/** Outside an editor, drafting words count half: they often describe the plan being shared, not the reader's work. */
const draftingOutsideEditor = 0.5;

/**
 * How the user meets a planning page. In an editor they are drafting it, whatever it is; otherwise the
 * strongest of the page's own cues decides, and a page with none is met as its kind usually is.
 */
export function decideMode(evidence: ModeEvidence): DetectionMode {
  if (evidence.editing) return 'drafting';
  const { reviewing, takingPart } = evidence;
  const drafting = evidence.drafting * draftingOutsideEditor;
  const strongest = Math.max(drafting, reviewing, takingPart);
  if (strongest <= 0) return usualMode[evidence.context];
  if (takingPart === strongest) return 'taking-part';
  if (reviewing === strongest) return 'reviewing';
  return 'drafting';
}
