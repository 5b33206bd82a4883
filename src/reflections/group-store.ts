import { type PomDb, read } from './db';
import type { Reflection } from './model';

/** The reflection made from this group's file, if the log already holds one (any tab may have imported it). */
export function findGroupReflection(db: PomDb, groupId: string): Promise<Reflection | undefined> {
  return read(() => db.getFromIndex('reflections', 'groupId', groupId));
}
