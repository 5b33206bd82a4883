import { z } from 'zod';
import { PlanningContext } from '../detect/detection';
import { ReflectionParticipant } from './participants';

/** Who took part, by role and number only: "2 patient partners", "the ward team" (count 1). */
export const Participant = ReflectionParticipant;
export type Participant = z.infer<typeof Participant>;

const isoDate = z.iso.date({ message: 'use YYYY-MM-DD' }).refine((day) => {
  const year = Number(day.slice(0, 4));
  return year >= 2000 && year <= 2100;
}, 'use a date between 2000 and 2100');
const longText = z.string().max(20_000);

/** What the group made together; each person adds their own learning after importing it. */
export const GroupReflection = z
  .object({
    groupId: z.string().uuid(),
    heldOn: isoDate,
    title: z.string().trim().min(1).max(200),
    /** What happened, as the group tells it. */
    what: longText,
    /** What the group decided to do. */
    decided: longText,
    participants: z.array(Participant).min(1).max(20),
    context: PlanningContext.optional(),
  })
  .strict();
export type GroupReflection = z.infer<typeof GroupReflection>;

export const groupFileFormat = 'power-of-many/group-reflection';

export const GroupReflectionFile = z
  .object({
    format: z.literal(groupFileFormat),
    version: z.literal(1),
    exportedAt: z.string().datetime({ offset: true }),
    group: GroupReflection,
  })
  .strict();
export type GroupReflectionFile = z.infer<typeof GroupReflectionFile>;

/** A group file is a page or two of text; anything far larger is not one. */
export const groupFileMaxBytes = 256 * 1024;

export type GroupFileResult =
  | { ok: true; file: GroupReflectionFile }
  | { ok: false; problem: 'too-large' | 'not-json' | 'not-a-group-file' | 'invalid'; details: string[] };

/** Reads a file a colleague sent, refusing anything that is not exactly a group reflection. */
export function parseGroupFile(text: string): GroupFileResult {
  if (new TextEncoder().encode(text).length > groupFileMaxBytes) {
    return { ok: false, problem: 'too-large', details: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', details: [] };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== groupFileFormat
  ) {
    return { ok: false, problem: 'not-a-group-file', details: [] };
  }
  const parsed = GroupReflectionFile.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
    return { ok: false, problem: 'invalid', details };
  }
  return { ok: true, file: parsed.data };
}

export function toGroupFile(group: GroupReflection, now: Date): GroupReflectionFile {
  return {
    format: groupFileFormat,
    version: 1,
    exportedAt: now.toISOString(),
    group: GroupReflection.parse(group),
  };
}

/** Whether this log already holds the group's reflection, so importing the same file twice adds nothing. */
export function alreadyImported(
  existing: ReadonlyArray<{ id: string; group?: { groupId: string } }>,
  file: GroupReflectionFile,
): string | null {
  return existing.find((r) => r.group?.groupId === file.group.groupId)?.id ?? null;
}

/** "2 patient partners, the ward team": the participants as a phrase for exports and the log. */
export function describeParticipants(participants: readonly Participant[]): string {
  return participants.map((p) => (p.count > 1 ? `${p.count} ${p.role}` : p.role)).join(', ');
}
