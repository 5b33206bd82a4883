import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupPack } from '../../../src/export/backup';
import { PromptEvent } from '../../../src/prompts/events';
import { Reflection } from '../../../src/reflections/model';
import { Settings } from '../../../src/settings/schema';
import { backupPackArb, promptEventArb, reflectionArb, settingsArb } from './arbitraries';

// The arbitraries must make values the schemas accept unchanged, or round-trip tests would prove nothing.
describe('shared arbitraries', () => {
  it.each([
    ['Reflection', Reflection, reflectionArb],
    ['PromptEvent', PromptEvent, promptEventArb],
    ['Settings', Settings, settingsArb],
    ['BackupPack', BackupPack, backupPackArb],
  ] as const)('%s values parse to themselves', (_name, schema, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (value) => {
        const parsed = schema.safeParse(value);
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 150 },
    );
  });
});
