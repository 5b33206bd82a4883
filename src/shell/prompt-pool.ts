import { builtInPrompts } from '../prompts/library';
import type { Prompt } from '../prompts/schema';
import { listPacks } from '../reflections/store';
import type { EffectiveSettings } from '../settings/merge';
import { getDb } from './db';

/** Built-in prompts, then the organisation's pack, then packs the user or team loaded and left on. */
export async function promptPool(settings: EffectiveSettings): Promise<Prompt[]> {
  const packs = await listPacks(await getDb());
  const seen = new Set<string>();
  const pool: Prompt[] = [];
  const add = (prompts: readonly Prompt[]) => {
    for (const p of prompts) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      pool.push(p);
    }
  };
  add(builtInPrompts);
  if (settings.orgPack) add(settings.orgPack.prompts);
  for (const stored of packs) if (stored.enabled) add(stored.pack.prompts);
  return pool;
}
