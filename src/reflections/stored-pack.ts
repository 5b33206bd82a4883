import { z } from 'zod';
import { PromptPack } from '../prompts/schema';

// The schema alone, so the database's typed schema can name it without importing the pack store.
/** An organisation's or team's prompt pack as the user installed it. */
export const StoredPack = z
  .object({
    name: z.string().trim().min(1).max(100),
    enabled: z.boolean(),
    addedAt: z.string().datetime({ offset: true }),
    pack: PromptPack,
  })
  .strict();
export type StoredPack = z.infer<typeof StoredPack>;
