import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyRevalidationRecord, type RevalidationBackup } from '../../../src/reflections/revalidation';
import {
  loadRevalidationRecord,
  markRevalidationChanged,
  readRevalidationBackup,
  restoreRevalidationBackup,
  saveRevalidationRecord,
} from '../../../src/shell/revalidation-store';
import { settingsItem } from '../../../src/shell/settings-store';

const profile = {
  body: 'nmc' as const,
  nmcRenewalDate: '2027-03-31',
  gmcRevalidationDate: null,
  gmcAppraisalDate: null,
  hcpcRenewalDate: null,
};
const incoming: RevalidationBackup = {
  updatedAt: '2026-11-20T09:30:00.000Z',
  profile,
  record: { ...emptyRevalidationRecord, practiceHours: 900 },
};

describe('revalidation record and backups (#16)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has nothing to back up in a fresh profile', async () => {
    expect(await readRevalidationBackup()).toBeUndefined();
  });

  it('restores the record and dates into a fresh profile', async () => {
    expect(await restoreRevalidationBackup(incoming)).toBe('restored');
    expect((await loadRevalidationRecord()).practiceHours).toBe(900);
    expect((await settingsItem.readUser()).revalidation?.nmcRenewalDate).toBe('2027-03-31');
    expect(await readRevalidationBackup()).toEqual(incoming);
  });

  it('keeps a copy changed here after the backup was made', async () => {
    await saveRevalidationRecord(
      { ...emptyRevalidationRecord, practiceHours: 50 },
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(await restoreRevalidationBackup(incoming)).toBe('kept');
    expect((await loadRevalidationRecord()).practiceHours).toBe(50);
  });

  it('counts a profile change as a change, and an unstamped older copy as older than any backup', async () => {
    await markRevalidationChanged(new Date('2026-11-21T00:00:00Z'));
    expect(await restoreRevalidationBackup(incoming)).toBe('kept');
    fakeBrowser.reset();
    await browser.storage.local.set({ revalidation: { ...emptyRevalidationRecord, practiceHours: 10 } });
    expect(await restoreRevalidationBackup(incoming)).toBe('restored');
  });
});
