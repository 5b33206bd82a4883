import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSettings, parseManagedPolicy } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';

describe('the organisation switch for "Ask others"', () => {
  it('is on unless the organisation sets passItOn to false', () => {
    expect(mergeSettings(defaultSettings, {}, {}).passItOn).toBe(true);
    expect(mergeSettings(defaultSettings, {}, parseManagedPolicy({ passItOn: true }).policy).passItOn).toBe(
      true,
    );
    expect(mergeSettings(defaultSettings, {}, parseManagedPolicy({ passItOn: false }).policy).passItOn).toBe(
      false,
    );
  });

  it('drops a value that is not true or false, and says so, leaving it on', () => {
    const { policy, problems } = parseManagedPolicy({ passItOn: 'no' });
    expect(problems).toEqual([expect.stringMatching(/^passItOn: /)]);
    expect(mergeSettings(defaultSettings, {}, policy).passItOn).toBe(true);
  });

  it('is declared in the managed schema browsers read policies with', () => {
    const schema = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../../public/managed_schema.json'), 'utf8'),
    ) as { properties: Record<string, { type: string }> };
    expect(schema.properties.passItOn?.type).toBe('boolean');
  });
});
