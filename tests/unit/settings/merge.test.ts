import { describe, expect, it } from 'vitest';
import { mergeSettings, parseManagedPolicy, parseUserSettings } from '../../../src/settings/merge';
import { defaultSettings } from '../../../src/settings/schema';

const pack = {
  name: 'Northbrook prompts',
  prompts: [
    {
      id: 'northbrook-ask-ppg',
      text: 'Have you asked the patient participation group what matters to them before fixing this agenda?',
      why: 'Asking first lets people shape the agenda rather than react to it.',
      source: 'What matters to you?',
      category: 'what-matters',
      contexts: ['agenda'],
      shift: 'From informing to co-design',
      try: 'Email the group chair this week with one open question.',
    },
  ],
};

describe('parseUserSettings', () => {
  it('keeps valid values and drops invalid ones one by one', () => {
    const parsed = parseUserSettings({ dailyCap: 5, profession: 'astronaut', quietHours: { enabled: true } });
    expect(parsed).toEqual({ dailyCap: 5 });
  });
  it('treats anything that is not an object as nothing stored', () => {
    expect(parseUserSettings('nonsense')).toEqual({});
    expect(parseUserSettings(null)).toEqual({});
  });
});

describe('parseManagedPolicy', () => {
  it('keeps valid entries and reports the rest', () => {
    const { policy, problems } = parseManagedPolicy({
      sites: ['https://nhs.sharepoint.com/*'],
      maxDailyCap: 'lots',
      favouriteColour: 'blue',
      promptPack: pack,
    });
    expect(policy.sites).toEqual(['https://nhs.sharepoint.com/*']);
    expect(policy.promptPack?.prompts).toHaveLength(1);
    expect(policy.maxDailyCap).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/maxDailyCap/);
    expect(problems.join('\n')).toMatch(/favouriteColour/);
  });
});

describe('mergeSettings: defaults < user < organisation', () => {
  it('uses defaults when nothing is set', () => {
    const eff = mergeSettings(defaultSettings, {}, {});
    expect(eff.settings).toEqual(defaultSettings);
    expect(eff.orgPack).toBeNull();
    expect(eff.dailyCapRange).toEqual({ min: 0, max: 20, setByOrganisation: false });
  });

  it('lets the user override defaults', () => {
    const eff = mergeSettings(defaultSettings, { dailyCap: 1, profession: 'doctor' }, {});
    expect(eff.settings.dailyCap).toBe(1);
    expect(eff.settings.profession).toBe('doctor');
  });

  it('clamps the daily cap into the organisation range', () => {
    expect(mergeSettings(defaultSettings, { dailyCap: 9 }, { maxDailyCap: 4 }).settings.dailyCap).toBe(4);
    expect(mergeSettings(defaultSettings, { dailyCap: 0 }, { minDailyCap: 1 }).settings.dailyCap).toBe(1);
    expect(
      mergeSettings(defaultSettings, {}, { minDailyCap: 5, maxDailyCap: 2 }).dailyCapRange,
    ).toMatchObject({
      min: 2,
      max: 5,
      setByOrganisation: true,
    });
  });

  it('adds organisation sites and categories to the user’s own, and marks them', () => {
    const eff = mergeSettings(
      defaultSettings,
      { sites: ['https://intranet.example.nhs.uk/*'], disabledCategories: ['story'] },
      { sites: ['https://nhs.sharepoint.com/*'], disabledCategories: ['peer-support'] },
    );
    expect(eff.settings.sites).toEqual(['https://nhs.sharepoint.com/*', 'https://intranet.example.nhs.uk/*']);
    expect(eff.settings.disabledCategories).toEqual(['peer-support', 'story']);
    expect(eff.orgSites).toEqual(['https://nhs.sharepoint.com/*']);
    expect(eff.orgDisabledCategories).toEqual(['peer-support']);
  });

  it('uses the organisation profession only until the user chooses', () => {
    expect(
      mergeSettings(defaultSettings, {}, { defaultProfession: 'nurse-midwife' }).settings.profession,
    ).toBe('nurse-midwife');
    const chosen = mergeSettings(
      defaultSettings,
      { profession: 'ahp' },
      { defaultProfession: 'nurse-midwife' },
    );
    expect(chosen.settings.profession).toBe('ahp');
    expect(chosen.orgProfession).toBe(false);
  });

  it('passes the organisation pack through', () => {
    const { policy } = parseManagedPolicy({ promptPack: pack });
    expect(mergeSettings(defaultSettings, {}, policy).orgPack?.name).toBe('Northbrook prompts');
  });
});

describe('the default export format', () => {
  it("follows the profession until the user picks one: the regulator's own layout", () => {
    const format = (user: Parameters<typeof mergeSettings>[1]) =>
      mergeSettings(defaultSettings, user, {}).settings.exportFormat;
    expect(format({ profession: 'nurse-midwife' })).toBe('nmc-docx');
    expect(format({ profession: 'doctor' })).toBe('appraisal-docx');
    expect(format({ profession: 'ahp' })).toBe('hcpc-docx');
    expect(format({ profession: 'other' })).toBe('markdown');
    expect(format({ profession: 'nurse-midwife', exportFormat: 'csv' })).toBe('csv');
    expect(mergeSettings(defaultSettings, {}, { defaultProfession: 'ahp' }).settings.exportFormat).toBe(
      'hcpc-docx',
    );
  });
});
