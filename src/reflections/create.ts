import { applyTogetherDraft, togetherDraftOf } from '../together/draft';
import { t } from '../ui/i18n';
import type { DraftFields } from './draft';
import {
  type PiiCheckedField,
  type PiiFlag,
  piiCheckedFields,
  REFLECTION_SCHEMA_VERSION,
  Reflection,
} from './model';
import { findPii } from './pii';

export type FieldError = { field: string; message: string };
export type CreateResult = { ok: true; reflection: Reflection } | { ok: false; errors: FieldError[] };
export type CreateDeps = { now: Date; uuid: () => string; existing?: Reflection };

const TITLE_WORDS = 8;
const TITLE_CHARS = 80;
const MAX_PII_FLAGS = 500;
const EARLIEST_YEAR = 1900;

/** The user's own calendar day, since "today" in a reflection means their today, not UTC's. */
function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function occurredOnError(value: string, today: string): string | null {
  if (!isCalendarDate(value)) return t('err_create_notDate');
  if (value > today) return t('err_create_future');
  if (Number(value.slice(0, 4)) < EARLIEST_YEAR) return t('err_create_tooEarly', String(EARLIEST_YEAR));
  return null;
}

/** A title from the first words of the text, so a reflection is never listed as "Untitled". */
function titleFrom(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  let title = words.slice(0, TITLE_WORDS).join(' ');
  let cut = words.length > TITLE_WORDS;
  if (title.length > TITLE_CHARS) {
    title = title.slice(0, TITLE_CHARS).replace(/\s+\S*$/, '') || title.slice(0, TITLE_CHARS);
    cut = true;
  }
  return cut ? `${title.replace(/[\s,.;:]+$/, '')}…` : title;
}

function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().toLowerCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Tags are checked as one text, so a flag's offsets point into them joined with ", ". */
export const TAG_SEPARATOR = ', ';

function piiFlagsFor(texts: Record<PiiCheckedField, string>): PiiFlag[] {
  const flags: PiiFlag[] = [];
  for (const field of piiCheckedFields) {
    for (const { kind, start, end } of findPii(texts[field])) flags.push({ kind, field, start, end });
  }
  return flags.slice(0, MAX_PII_FLAGS);
}

/**
 * Turns the capture form into a Reflection, or says which fields need fixing. Pure: the clock and the id
 * come from deps. When editing, pass the stored reflection as `existing` to keep its id and createdAt.
 */
export function reflectionFromDraft(fields: DraftFields, deps: CreateDeps): CreateResult {
  const errors: FieldError[] = [];
  const what = fields.what.trim();
  const soWhat = fields.soWhat.trim();
  const nowWhat = fields.nowWhat.trim();
  if (!what && !soWhat && !nowWhat) {
    errors.push({
      field: 'what',
      message: t('err_create_empty'),
    });
  }
  const occurredOn = fields.occurredOn.trim();
  const dateProblem = occurredOnError(occurredOn, localIsoDate(deps.now));
  if (dateProblem) errors.push({ field: 'occurredOn', message: dateProblem });
  if (errors.length) return { ok: false, errors };

  const title = fields.title.trim() || titleFrom(what || soWhat || nowWhat);
  // Nothing about the page is kept unless the user ticked to keep it.
  const pageTitle = fields.keepPageTitle ? (fields.pageTitle?.trim() ?? '') : '';
  const pageUrl = fields.keepPageUrl ? fields.pageUrl?.trim() : undefined;
  const tags = cleanTags(fields.tags);
  const otherFramework = fields.otherFramework.trim();
  const discussedRole = fields.discussedRole.trim();
  const nowIso = deps.now.toISOString();
  const extra = {
    changed: fields.changed?.trim() ?? '',
    codeRelation: fields.codeRelation?.trim() ?? '',
    feelings: fields.feelings?.trim() ?? '',
    roleScope: fields.roleScope?.trim() ?? '',
  };
  const pdpGoal = fields.pdpGoal?.trim() ?? '';
  const activities = unique([
    ...(fields.nmcActivities ?? []),
    ...(fields.nmcActivity ? [fields.nmcActivity] : []),
  ]);

  const candidate: Reflection = {
    schemaVersion: REFLECTION_SCHEMA_VERSION,
    id: deps.existing?.id ?? deps.uuid(),
    // The revision this edit started from; the store refuses the save if another tab has saved since.
    ...(deps.existing?.revision === undefined ? {} : { revision: deps.existing.revision }),
    createdAt: deps.existing?.createdAt ?? nowIso,
    updatedAt: nowIso,
    occurredOn,
    title,
    what,
    soWhat,
    nowWhat,
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== '')),
    ...(pdpGoal ? { pdpGoal } : {}),
    ...(fields.promptId ? { promptId: fields.promptId } : {}),
    ...(fields.context ? { context: fields.context } : {}),
    ...(pageTitle || pageUrl ? { page: { title: pageTitle, ...(pageUrl ? { url: pageUrl } : {}) } } : {}),
    tags,
    nmc: {
      ...(activities.length > 0 ? { activities } : {}),
      themes: unique(fields.nmcThemes),
    },
    gmc: {
      domains: unique(fields.gmcDomains),
      ...(fields.supportingInfo ? { supportingInfo: fields.supportingInfo } : {}),
    },
    ...(otherFramework ? { otherFramework } : {}),
    ...(fields.movementRole ? { movementRole: fields.movementRole } : {}),
    discussed: {
      withColleague: fields.discussed,
      ...(fields.discussed && discussedRole ? { role: discussedRole } : {}),
    },
    pii: piiFlagsFor({
      title,
      what,
      soWhat,
      nowWhat,
      ...extra,
      pageTitle,
      pageUrl: pageUrl ?? '',
      tags: tags.join(TAG_SEPARATOR),
      discussedRole: fields.discussed ? discussedRole : '',
      otherFramework,
    }),
  };

  const together = applyTogetherDraft(fields.together ?? togetherDraftOf(deps.existing ?? {}), deps);
  if (!together.ok) {
    return { ok: false, errors: together.errors.map((e) => ({ ...e, field: `together.${e.field}` })) };
  }
  if (together.commitment) candidate.commitment = together.commitment;
  if (together.group) candidate.group = together.group;

  // The schema has the last word on lengths and formats (e.g. a kept page address must be a URL).
  const parsed = Reflection.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: draftFieldFor(issue.path),
        message: issue.message,
      })),
    };
  }
  return { ok: true, reflection: parsed.data };
}

/** Names the form field a schema problem belongs to, so the UI can show it in the right place. */
function draftFieldFor(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'page') return second === 'url' ? 'pageUrl' : 'pageTitle';
  if (first === 'nmc') return second === 'activities' ? 'nmcActivities' : 'nmcThemes';
  if (first === 'gmc') return second === 'supportingInfo' ? 'supportingInfo' : 'gmcDomains';
  if (first === 'discussed') return second === 'role' ? 'discussedRole' : 'discussed';
  return typeof first === 'string' ? first : 'form';
}

/** What a draft may hold: an unticked page title or address is never written down, not even in a draft. */
export function keptDraftFields(f: DraftFields): DraftFields {
  const { pageTitle, pageUrl, ...rest } = f;
  return {
    ...rest,
    ...(f.keepPageTitle && pageTitle !== undefined ? { pageTitle } : {}),
    ...(f.keepPageUrl && pageUrl !== undefined ? { pageUrl } : {}),
  };
}

/** The form's fields for editing a saved reflection. */
export function draftFromReflection(r: Reflection): DraftFields {
  return {
    title: r.title,
    occurredOn: r.occurredOn,
    what: r.what,
    soWhat: r.soWhat,
    nowWhat: r.nowWhat,
    tags: [...r.tags],
    ...(r.nmc.activities?.length ? { nmcActivities: [...r.nmc.activities] } : {}),
    ...(r.changed ? { changed: r.changed } : {}),
    ...(r.codeRelation ? { codeRelation: r.codeRelation } : {}),
    ...(r.feelings ? { feelings: r.feelings } : {}),
    ...(r.roleScope ? { roleScope: r.roleScope } : {}),
    ...(r.pdpGoal ? { pdpGoal: r.pdpGoal } : {}),
    nmcThemes: [...r.nmc.themes],
    gmcDomains: [...r.gmc.domains],
    ...(r.gmc.supportingInfo ? { supportingInfo: r.gmc.supportingInfo } : {}),
    otherFramework: r.otherFramework ?? '',
    ...(r.movementRole ? { movementRole: r.movementRole } : {}),
    discussed: r.discussed.withColleague,
    discussedRole: r.discussed.role ?? '',
    ...(r.promptId ? { promptId: r.promptId } : {}),
    ...(r.context ? { context: r.context } : {}),
    ...(r.page?.title ? { pageTitle: r.page.title, keepPageTitle: true } : {}),
    ...(r.page?.url ? { pageUrl: r.page.url } : {}),
    keepPageUrl: Boolean(r.page?.url),
    together: togetherDraftOf(r),
  };
}
