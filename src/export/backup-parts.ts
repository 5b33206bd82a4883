import { t } from '../ui/i18n';
import { type Backup, type BackupData, PART_BYTES, parseBackup, toBackup } from './backup';

let scratch = new Uint8Array(0);

/** UTF-8 length (non-ASCII text takes two to four bytes a character), encoded natively into a reused buffer. */
export function utf8Length(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return new TextEncoder().encodeInto(text, scratch).written;
}

/** Room left in a part for the file's own lines (format, version, dates, part number) and indentation. */
const ENVELOPE = 4096;

/** A record's size in the file: nested one level deeper there, so every line gains indentation (allow 10%). */
const sizeInFile = (item: unknown) => Math.ceil(utf8Length(JSON.stringify(item, null, 2)) * 1.1) + 8;

/** Splits records into runs whose pretty-printed size (given, in the same order) stays under the part limit. */
function packed<T>(items: readonly T[], sizes: readonly number[], limit: number): T[][] {
  const runs: T[][] = [[]];
  let size = 0;
  items.forEach((item, i) => {
    const bytes = sizes[i] ?? 0;
    const run = runs[runs.length - 1] as T[];
    if (run.length > 0 && size + bytes > limit) {
      runs.push([item]);
      size = bytes;
    } else {
      run.push(item);
      size += bytes;
    }
  });
  return runs;
}

/**
 * A backup's text as one file, or as several when it would be too large for one: each part is a valid backup
 * of its own (same exportedAt, numbered "part i of n"); settings, packs and the revalidation record travel in part 1. Import reads
 * the parts together.
 */
export function toBackupParts(data: BackupData, now: Date, partBytes = PART_BYTES): string[] {
  const limit = partBytes - ENVELOPE;
  // Each record is measured once: for a large backup this is most of the work.
  const reflectionSizes = data.reflections.map(sizeInFile);
  const eventSizes = data.promptEvents.map(sizeInFile);
  const total = [
    ...reflectionSizes,
    ...eventSizes,
    sizeInFile(data.settings ?? null),
    sizeInFile(data.packs ?? null),
    sizeInFile(data.revalidation ?? null),
  ].reduce((sum, n) => sum + n, 0);
  if (total <= limit) return [toBackup(data, now)];
  const reflectionRuns = packed(data.reflections, reflectionSizes, limit);
  const eventRuns = data.promptEvents.length > 0 ? packed(data.promptEvents, eventSizes, limit) : [];
  const count = reflectionRuns.filter((r) => r.length > 0).length + eventRuns.length;
  if (count <= 1) return [toBackup(data, now)];
  const parts: BackupData[] = [
    ...reflectionRuns.filter((r) => r.length > 0).map((reflections) => ({ reflections, promptEvents: [] })),
    ...eventRuns.map((promptEvents) => ({ reflections: [], promptEvents })),
  ];
  return parts.map((part, i) =>
    toBackup(
      {
        ...part,
        ...(i === 0 && data.settings ? { settings: data.settings } : {}),
        ...(i === 0 && data.packs ? { packs: data.packs } : {}),
        ...(i === 0 && data.revalidation ? { revalidation: data.revalidation } : {}),
        part: { index: i + 1, count },
      },
      now,
    ),
  );
}

export type ChosenFile = { name: string; text: string };
export type ParsePartsResult =
  | { ok: true; backup: Backup; notes: string[] }
  | { ok: false; errors: string[] };

/**
 * Reads one backup file, or every part of a backup written as several, into one backup. Each file is
 * checked on its own first; then the parts must all come from the same export, with none missing.
 */
export function parseBackupFiles(files: readonly ChosenFile[]): ParsePartsResult {
  const parsed = files.map((f) => ({ name: f.name, result: parseBackup(f.text) }));
  const errors = parsed.flatMap(({ name, result }) =>
    result.ok ? [] : result.errors.map((e) => (files.length > 1 ? `${name}: ${e}` : e)),
  );
  if (errors.length > 0) return { ok: false, errors };
  const backups = parsed.map(({ result }) => (result as { backup: Backup }).backup);
  const notes = parsed.flatMap(({ result }) => (result as { notes: string[] }).notes);
  const first = backups[0];
  if (!first) return { ok: false, errors: [t('err_parts_none')] };
  if (backups.length === 1 && !first.part) return { ok: true, backup: first, notes };
  const problem = partsProblem(backups);
  if (problem) return { ok: false, errors: [problem] };
  const ordered = [...backups].sort((a, b) => (a.part?.index ?? 0) - (b.part?.index ?? 0));
  const { part: _part, ...head } = ordered[0] as Backup;
  return {
    ok: true,
    notes,
    backup: {
      ...head,
      reflections: ordered.flatMap((b) => b.reflections),
      promptEvents: ordered.flatMap((b) => b.promptEvents),
    },
  };
}

function partsProblem(backups: readonly Backup[]): string | null {
  const count = backups[0]?.part?.count;
  const exportedAt = backups[0]?.exportedAt;
  if (!count || backups.some((b) => !b.part)) return t('err_parts_mixed');
  if (backups.some((b) => b.part?.count !== count || b.exportedAt !== exportedAt))
    return t('err_parts_different');
  const have = new Set(backups.map((b) => b.part?.index));
  if (have.size !== backups.length) return t('err_parts_twice');
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  if (missing.length > 0)
    return t(missing.length === 1 ? 'err_parts_missingOne' : 'err_parts_missingMany', [
      String(count),
      missing.join(', '),
    ]);
  return null;
}
