import { z } from 'zod';
import { t } from '../ui/i18n';
import type { Commitment } from './commitments';
import { Participant } from './group-file';
import type { ReflectionGroup } from './participants';

/** The form's "power of many" fields while the user types: loose, so a half-written draft always saves. */
export const TogetherDraft = z
  .object({
    commitmentDue: z.string().max(10),
    commitmentInvolves: z.string().max(200),
    isGroup: z.boolean(),
    participants: z.array(z.object({ role: z.string().max(80), count: z.string().max(4) }).strict()).max(20),
    decided: z.string().max(20_000),
    /** Kept while editing a group reflection, so the group stays the same group. */
    groupId: z.string().max(64).optional(),
  })
  .strict();
export type TogetherDraft = z.infer<typeof TogetherDraft>;

export const emptyTogetherDraft = (): TogetherDraft => ({
  commitmentDue: '',
  commitmentInvolves: '',
  isGroup: false,
  participants: [{ role: '', count: '1' }],
  decided: '',
});

/** What the editor starts from for a saved reflection. */
export function togetherDraftOf(r: { commitment?: Commitment; group?: ReflectionGroup }): TogetherDraft {
  const empty = emptyTogetherDraft();
  return {
    commitmentDue: r.commitment?.due ?? '',
    commitmentInvolves: r.commitment?.involves ?? '',
    isGroup: r.group !== undefined,
    participants:
      r.group?.participants.map((p) => ({ role: p.role, count: String(p.count) })) ?? empty.participants,
    decided: r.group?.decided ?? '',
    ...(r.group && { groupId: r.group.groupId }),
  };
}

export type TogetherError = { field: string; message: string };
export type TogetherResult =
  | { ok: true; commitment?: Commitment; group?: ReflectionGroup }
  | { ok: false; errors: TogetherError[] };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The draft's fields as the record's `commitment` and `group`, or what to fix. Earlier follow-ups are kept
 * when the date or people change; a participant described by name is refused, as in a group file.
 */
export function applyTogetherDraft(
  draft: TogetherDraft,
  deps: { uuid: () => string; existing?: { commitment?: Commitment } },
): TogetherResult {
  const errors: TogetherError[] = [];
  let commitment: Commitment | undefined;
  if (draft.commitmentDue) {
    if (!isoDay.test(draft.commitmentDue) || Number.isNaN(Date.parse(draft.commitmentDue)))
      errors.push({ field: 'commitmentDue', message: t('err_together_notDate') });
    else
      commitment = {
        due: draft.commitmentDue,
        involves: draft.commitmentInvolves.trim(),
        followUps: deps.existing?.commitment?.followUps ?? [],
      };
  }
  let group: ReflectionGroup | undefined;
  if (draft.isGroup) {
    const filled = draft.participants.filter((p) => p.role.trim() !== '');
    const participants = filled.map((p) => ({ role: p.role.trim(), count: Number(p.count || '1') }));
    participants.forEach((p, i) => {
      const parsed = Participant.safeParse(p);
      if (!parsed.success)
        errors.push({ field: `participants.${i}`, message: parsed.error.issues[0]?.message ?? 'invalid' });
    });
    if (participants.length === 0)
      errors.push({ field: 'participants', message: t('err_together_noParticipants') });
    group = { groupId: draft.groupId ?? deps.uuid(), participants, decided: draft.decided.trim() };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ...(commitment && { commitment }), ...(group && { group }) };
}
