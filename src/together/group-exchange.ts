import { reflectionFromDraft } from '../reflections/create';
import { emptyDraftFields } from '../reflections/draft';
import type { Reflection } from '../reflections/model';
import { t } from '../ui/i18n';
import {
  alreadyImported,
  type GroupFileResult,
  type GroupReflectionFile,
  parseGroupFile,
  toGroupFile,
} from './group-file';

/** The group file for a group reflection in the log: what the group shares, never the user's own learning. */
export function groupFileFromReflection(r: Reflection, now: Date): GroupReflectionFile {
  if (!r.group) throw new Error(t('err_together_notGroup'));
  return toGroupFile(
    {
      groupId: r.group.groupId,
      heldOn: r.occurredOn,
      title: r.title || r.what.slice(0, 80) || 'Group reflection',
      what: r.what,
      decided: r.group.decided,
      participants: r.group.participants,
      ...(r.context && { context: r.context }),
    },
    now,
  );
}

export const groupFileName = (r: Pick<Reflection, 'occurredOn'>): string =>
  `power-of-many-group-reflection-${r.occurredOn}.json`;

export type GroupImport =
  | { kind: 'new'; reflection: Reflection; file: GroupReflectionFile }
  | { kind: 'duplicate'; existingId: string }
  | {
      kind: 'rejected';
      problem: Extract<GroupFileResult, { ok: false }>['problem'] | 'unusable';
      details: string[];
    };

/**
 * A colleague's group file as a new reflection in this log, with the group's account and an empty
 * "so what" for the importer's own learning; or why not. Importing the same group twice adds nothing.
 */
export function importGroupFile(
  text: string,
  existing: ReadonlyArray<Pick<Reflection, 'id' | 'group'>>,
  deps: { now: Date; uuid: () => string },
): GroupImport {
  const parsed = parseGroupFile(text);
  if (!parsed.ok) return { kind: 'rejected', problem: parsed.problem, details: parsed.details };
  const duplicate = alreadyImported(existing, parsed.file);
  if (duplicate) return { kind: 'duplicate', existingId: duplicate };
  const { group } = parsed.file;
  const created = reflectionFromDraft(
    {
      ...emptyDraftFields(group.heldOn),
      title: group.title,
      what: group.what,
      tags: ['group'],
      ...(group.context && { context: group.context }),
    },
    deps,
  );
  if (!created.ok)
    return {
      kind: 'rejected',
      problem: 'unusable',
      details: created.errors.map((e) => `${e.field}: ${e.message}`),
    };
  const reflection: Reflection = {
    ...created.reflection,
    group: { groupId: group.groupId, participants: group.participants, decided: group.decided },
  };
  return { kind: 'new', reflection, file: parsed.file };
}
