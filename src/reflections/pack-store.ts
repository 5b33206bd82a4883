import { inWriteTx, ops, type PomDb, read, validate } from './db';
import { StoredPack } from './stored-pack';

export { StoredPack };

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
