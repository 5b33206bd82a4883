import { z } from 'zod';
import { PromptPack } from '../prompts/schema';
import { inWriteTx, ops, type PomDb, read, validate } from './db';

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

export async function savePack(db: PomDb, pack: StoredPack): Promise<void> {
  const valid = validate(StoredPack, pack, ops.savePack);
  await inWriteTx(db, ['packs'], ops.savePack, (tx, track) => {
    track(tx.objectStore('packs').put(valid));
  });
}

/** By name. */
export function listPacks(db: PomDb): Promise<StoredPack[]> {
  return read(() => db.getAll('packs'));
}

export async function deletePack(db: PomDb, name: string): Promise<void> {
  await inWriteTx(db, ['packs'], ops.deletePack, (tx, track) => {
    track(tx.objectStore('packs').delete(name));
  });
}
