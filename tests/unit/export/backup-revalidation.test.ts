import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup } from '../../../src/export/backup';
import { parseBackupFiles, toBackupParts } from '../../../src/export/backup-parts';
import { type RevalidationBackup, revalidationRestores } from '../../../src/reflections/revalidation';
import { makeReflection } from '../../support/factory';

const now = new Date('2026-11-29T10:00:00Z');
const chosen = makeReflection();
const revalidation: RevalidationBackup = {
  updatedAt: '2026-11-20T09:30:00.000Z',
  profile: {
    body: 'nmc',
    nmcRenewalDate: '2027-03-31',
    gmcRevalidationDate: null,
    gmcAppraisalDate: null,
    hcpcRenewalDate: null,
  },
  record: {
    nmcChosen: [chosen.id],
    discussion: { date: '2026-10-02', withNmcRegistrant: true, accountIds: [chosen.id] },
    practiceHours: 1200,
    cpd: [
      {
        id: 'cpd-1',
        date: '2026-05-01',
        topic: 'Co-production workshop',
        hours: 6,
        participatory: true,
        reflectionIds: [chosen.id],
      },
    ],
    feedback: [{ id: 'fb-1', date: '2026-06-01', source: 'patients', reflectionIds: [] }],
    declarations: ['indemnity'],
    hcpcSummary: '',
  },
};

function parsed(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.backup;
}

describe('the revalidation record in JSON backups (#16)', () => {
  it('goes into a backup and reads back the same', () => {
    const text = toBackup({ reflections: [chosen], promptEvents: [], revalidation }, now);
    expect(parsed(text).revalidation).toEqual(revalidation);
  });

  it('travels in part 1 of a backup written in parts', () => {
    const reflections = [
      makeReflection({ what: 'a'.repeat(3000) }),
      makeReflection({ what: 'b'.repeat(3000) }),
    ];
    const parts = toBackupParts({ reflections, promptEvents: [], revalidation }, now, 8000);
    expect(parts.length).toBeGreaterThan(1);
    const whole = parseBackupFiles(parts.map((text, i) => ({ name: `part-${i + 1}.json`, text })));
    expect(whole.ok && whole.backup.revalidation).toEqual(revalidation);
  });

  it('is optional, so a backup written before it still imports', () => {
    const older = toBackup({ reflections: [chosen], promptEvents: [] }, now);
    expect(older).not.toContain('revalidation');
    const backup = parsed(older);
    expect(backup.revalidation).toBeUndefined();
    expect(backup.reflections).toHaveLength(1);
  });

  it('refuses a file whose revalidation part is hostile or malformed, saying where', () => {
    const hostile = [
      { ...revalidation, record: { ...revalidation.record, nmcChosen: ['not-a-uuid'] } },
      { ...revalidation, profile: { ...revalidation.profile, nmcRenewalDate: '31/03/2027' } },
      { ...revalidation, record: { ...revalidation.record, cpd: [{ hours: 1e9 }] } },
      { ...revalidation, extra: '<script>' },
      { ...revalidation, updatedAt: 'yesterday' },
      'revalidation',
    ];
    for (const value of hostile) {
      const text = JSON.stringify({
        ...JSON.parse(toBackup({ reflections: [], promptEvents: [] }, now)),
        revalidation: value,
      });
      const result = parseBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join(' ')).toMatch(/revalidation/);
    }
    const proto = toBackup({ reflections: [], promptEvents: [], revalidation }, now).replace(
      '"hcpcSummary": ""',
      '"hcpcSummary": "", "__proto__": {"polluted": true}',
    );
    expect(parseBackup(proto).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('replaces this browser copy only when newer', () => {
    expect(revalidationRestores(revalidation, null)).toBe(true);
    expect(revalidationRestores(revalidation, '2026-11-01T00:00:00.000Z')).toBe(true);
    expect(revalidationRestores(revalidation, '2026-11-20T09:30:00.000Z')).toBe(false);
    expect(revalidationRestores(revalidation, '2026-11-25T00:00:00.000Z')).toBe(false);
  });
});
