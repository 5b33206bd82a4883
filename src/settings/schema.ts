import { z } from 'zod';
import { PromptPack } from '../prompts/schema';
import { emptyRevalidationProfile, RevalidationProfile } from '../reflections/revalidation';
import { exportFormats, type Profession, professions, promptCategories } from '../vocabulary';

export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;
const ProfessionId = z.enum(professions);
const PromptCategoryId = z.enum(promptCategories);

/** Until the user picks one, the export format follows the profession: the regulator's own layout. */
export function defaultExportFormat(profession: Profession | null): ExportFormat {
  if (profession === 'nurse-midwife') return 'nmc-docx';
  if (profession === 'doctor') return 'appraisal-docx';
  if (profession === 'ahp') return 'hcpc-docx';
  return 'markdown';
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

export const QuietHours = z.object({ enabled: z.boolean(), start: clock, end: clock }).strict();
export type QuietHours = z.infer<typeof QuietHours>;

/** Everything a user can choose. Stored in storage.sync (or local); organisation policy overrides parts. */
export const Settings = z
  .object({
    onboarded: z.boolean(),
    profession: ProfessionId.nullable(),
    promptsEnabled: z.boolean(),
    dailyCap: z.number().int().min(0).max(20),
    siteCooldownMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    quietHours: QuietHours,
    disabledCategories: z.array(PromptCategoryId),
    /** Host match patterns the user enabled, e.g. "https://nhs.sharepoint.com/*". */
    sites: z.array(z.string().max(300)).max(200),
    exportFormat: ExportFormat,
    /** Registration body and the dates revalidation runs to; readiness counts up to them. */
    revalidation: RevalidationProfile.default(emptyRevalidationProfile),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  onboarded: false,
  profession: null,
  promptsEnabled: true,
  dailyCap: 3,
  siteCooldownMinutes: 120,
  quietHours: { enabled: false, start: '18:30', end: '08:00' },
  disabledCategories: [],
  sites: [],
  exportFormat: 'markdown',
  revalidation: emptyRevalidationProfile,
};

/** What an organisation can set through managed storage (Chrome/Edge policy, Firefox policies.json). */
export const ManagedPolicy = z
  .object({
    sites: z.array(z.string().max(300)).max(200).optional(),
    promptPack: PromptPack.optional(),
    disabledCategories: z.array(PromptCategoryId).optional(),
    minDailyCap: z.number().int().min(0).max(20).optional(),
    maxDailyCap: z.number().int().min(0).max(20).optional(),
    defaultProfession: ProfessionId.optional(),
    /** false switches "Ask others" (passing a prompt on) off for everyone in the organisation. */
    passItOn: z.boolean().optional(),
  })
  .strict();
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;
