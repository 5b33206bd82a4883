import type { PromptPack } from '../prompts/schema';
import type { PromptCategory } from '../vocabulary';
import { defaultExportFormat, ManagedPolicy, Settings } from './schema';

export type EffectiveSettings = {
  /** settings.sites is every site Power of Many runs on: the organisation's and the user's. */
  settings: Settings;
  /** The user's own sites only: what to save when the user adds or removes one (never the organisation's). */
  userSites: string[];
  /** Sites and categories the organisation set, which the user cannot remove. */
  orgSites: string[];
  orgDisabledCategories: PromptCategory[];
  /** The allowed range for the daily cap, narrowed by the organisation. */
  dailyCapRange: { min: number; max: number; setByOrganisation: boolean };
  orgPack: PromptPack | null;
  /** True when the organisation chose the default profession. */
  orgProfession: boolean;
  /** False when the organisation switched "Ask others" off. */
  passItOn: boolean;
};

const settingKeys = Object.keys(Settings.shape) as (keyof Settings)[];

/** The most sites a user's own list can hold once read back (settings allow 200 to be chosen). */
export const MAX_STORED_SITES = 1000;
const Site = Settings.shape.sites.element;

/** Each stored site that is still valid; a list that grew too long is kept, never dropped as a whole. */
function parseSites(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const valid = raw.filter((s): s is string => Site.safeParse(s).success);
  return [...new Set(valid)].slice(0, MAX_STORED_SITES);
}

/** Keeps each stored setting that is still valid, so one bad value never resets the rest. */
export function parseUserSettings(raw: unknown): Partial<Settings> {
  if (!raw || typeof raw !== 'object') return {};
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of settingKeys) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'sites') {
      out.sites = parseSites(value);
      continue;
    }
    const parsed = Settings.shape[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<Settings>;
}

/** Keeps each valid policy entry and says which were dropped and why. */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; problems: string[] } {
  const problems: string[] = [];
  const policy: Partial<Record<keyof ManagedPolicy, unknown>> = {};
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      const field = ManagedPolicy.shape[key as keyof ManagedPolicy];
      if (!field) {
        problems.push(`${key}: not a Power of Many policy`);
        continue;
      }
      const parsed = field.safeParse(value);
      if (parsed.success) policy[key as keyof ManagedPolicy] = parsed.data;
      else problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
  }
  return { policy: policy as ManagedPolicy, problems };
}

/** Defaults < user < organisation. */
export function mergeSettings(
  defaults: Settings,
  user: Partial<Settings>,
  policy: ManagedPolicy,
): EffectiveSettings {
  const merged: Settings = { ...defaults, ...user };
  const userSites = [...merged.sites];
  const orgSites = policy.sites ?? [];
  const orgDisabledCategories = policy.disabledCategories ?? [];
  // Merged here, at read time only, and never saved: a site the organisation withdraws stops at once.
  merged.sites = [...new Set([...orgSites, ...merged.sites])];
  merged.disabledCategories = [...new Set([...orgDisabledCategories, ...merged.disabledCategories])];

  let min = policy.minDailyCap ?? 0;
  let max = policy.maxDailyCap ?? 20;
  if (min > max) [min, max] = [max, min];
  merged.dailyCap = Math.min(max, Math.max(min, merged.dailyCap));

  const orgProfession = policy.defaultProfession !== undefined && user.profession == null;
  if (orgProfession) merged.profession = policy.defaultProfession ?? null;
  if (user.exportFormat === undefined) merged.exportFormat = defaultExportFormat(merged.profession);

  return {
    settings: merged,
    userSites,
    orgSites,
    orgDisabledCategories,
    dailyCapRange: {
      min,
      max,
      setByOrganisation: policy.minDailyCap !== undefined || policy.maxDailyCap !== undefined,
    },
    orgPack: policy.promptPack ?? null,
    orgProfession,
    passItOn: policy.passItOn !== false,
  };
}
