import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromReflection, keptDraftFields, reflectionFromDraft } from '../../../src/reflections/create';
import { type DraftFields, emptyDraftFields } from '../../../src/reflections/draft';
import { Reflection } from '../../../src/reflections/model';
import { gmcDomains, nmcThemes } from '../../../src/vocabulary';
import { validTestNhsNumber } from './helpers';

const NOW = new Date('2024-03-31T23:30:00Z');
const ID = '6f1c2a9e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';
const deps = { now: NOW, uuid: () => ID };

function fields(overrides: Partial<DraftFields> = {}): DraftFields {
  return { ...emptyDraftFields('2024-03-20'), what: 'We ran a listening event with carers.', ...overrides };
}

function created(f: DraftFields, d: Parameters<typeof reflectionFromDraft>[1] = deps): Reflection {
  const result = reflectionFromDraft(f, d);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.reflection;
}

function errorsOf(f: DraftFields): { field: string; message: string }[] {
  const result = reflectionFromDraft(f, deps);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('reflectionFromDraft', () => {
  it('maps a draft to a valid reflection with a new id and timestamps from deps', () => {
    const r = created(
      fields({
        title: '  Listening first ',
        soWhat: ' Carers want to set the questions. ',
        nowWhat: 'Invite them to co-write the agenda.',
        nmcActivity: 'experience',
        nmcThemes: ['prioritise-people', 'prioritise-people'],
        gmcDomains: ['colleagues-culture-safety'],
        supportingInfo: 'quality-improvement',
        otherFramework: ' HCPC standard 4 ',
        movementRole: 'organiser',
        promptId: 'who-is-missing',
        context: 'coproduction',
      }),
    );
    expect(Reflection.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      schemaVersion: 2,
      id: ID,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      occurredOn: '2024-03-20',
      title: 'Listening first',
      soWhat: 'Carers want to set the questions.',
      nmc: { activities: ['experience'], themes: ['prioritise-people'] },
      gmc: { domains: ['colleagues-culture-safety'], supportingInfo: 'quality-improvement' },
      otherFramework: 'HCPC standard 4',
      movementRole: 'organiser',
      promptId: 'who-is-missing',
      context: 'coproduction',
      discussed: { withColleague: false },
      pii: [],
    });
    expect(r.page).toBeUndefined();
  });

  it('keeps id and createdAt when editing, and moves updatedAt on', () => {
    const original = created(fields());
    const later = new Date('2024-04-02T09:00:00Z');
    const edited = created(fields({ what: 'Edited text.' }), {
      now: later,
      uuid: () => {
        throw new Error('an edit must not mint a new id');
      },
      existing: original,
    });
    expect(edited.id).toBe(original.id);
    expect(edited.createdAt).toBe(original.createdAt);
    expect(edited.updatedAt).toBe(later.toISOString());
    expect(edited.what).toBe('Edited text.');
  });

  it('keeps the page title and address only when the user ticked to keep each', () => {
    const page = {
      pageTitle: 'Carers strategy – draft',
      pageUrl: 'https://nhs.sharepoint.com/sites/RX1/Plan.aspx',
    };
    expect(created(fields({ ...page, keepPageUrl: false })).page).toBeUndefined();
    expect(created(fields({ ...page, keepPageTitle: false, keepPageUrl: false })).page).toBeUndefined();
    expect(created(fields({ ...page, keepPageTitle: true, keepPageUrl: false })).page).toEqual({
      title: 'Carers strategy – draft',
    });
    expect(created(fields({ ...page, keepPageTitle: false, keepPageUrl: true })).page).toEqual({
      title: '',
      url: page.pageUrl,
    });
    expect(created(fields({ ...page, keepPageTitle: true, keepPageUrl: true })).page).toEqual({
      title: 'Carers strategy – draft',
      url: page.pageUrl,
    });
  });

  it('keeps the title as the user edited it', () => {
    const r = created(fields({ pageTitle: '  Ward 7 agenda  ', keepPageTitle: true, keepPageUrl: false }));
    expect(r.page).toEqual({ title: 'Ward 7 agenda' });
  });

  it('checks every stored text field for identifying details, not only the answers', () => {
    const nhs = validTestNhsNumber('123456') ?? (validTestNhsNumber('123457') as string);
    const r = created(
      fields({
        pageTitle: `Clinic list – ${nhs}`,
        keepPageTitle: true,
        pageUrl: 'https://intranet.example.nhs.uk/list?patient=jane.smith@nhs.net',
        keepPageUrl: true,
        tags: ['carers', 'Mr Okafor'],
        discussed: true,
        discussedRole: 'Ward manager, 07700 900123',
        otherFramework: 'Seen on 03/04/2024',
      }),
    );
    const byField = Object.fromEntries(r.pii.map((f) => [f.field, f.kind]));
    expect(byField).toEqual({
      pageTitle: 'nhs-number',
      pageUrl: 'email',
      tags: 'name',
      discussedRole: 'phone',
      otherFramework: 'date',
    });
  });

  it('never flags a page title or address the user did not keep', () => {
    const nhs = validTestNhsNumber('123456') ?? (validTestNhsNumber('123457') as string);
    const r = created(
      fields({ pageTitle: `List ${nhs}`, pageUrl: 'https://x.example/?n=1', keepPageUrl: false }),
    );
    expect(r.pii).toEqual([]);
  });

  it('says which field is wrong when a kept page address is not a web address', () => {
    const errors = errorsOf(fields({ pageTitle: 'x', pageUrl: 'not a url', keepPageUrl: true }));
    expect(errors.map((e) => e.field)).toEqual(['pageUrl']);
  });

  it('trims, lower-cases and de-duplicates tags, dropping empty ones', () => {
    expect(created(fields({ tags: [' Carers', 'carers ', 'CO-PRODUCTION', '  ', 'agenda'] })).tags).toEqual([
      'carers',
      'co-production',
      'agenda',
    ]);
  });

  it('records the discussion role only when it was discussed', () => {
    expect(created(fields({ discussed: false, discussedRole: 'Ward manager' })).discussed).toEqual({
      withColleague: false,
    });
    expect(created(fields({ discussed: true, discussedRole: ' Ward manager ' })).discussed).toEqual({
      withColleague: true,
      role: 'Ward manager',
    });
    expect(created(fields({ discussed: true, discussedRole: '  ' })).discussed).toEqual({
      withColleague: true,
    });
  });

  it('flags PII by field and position, never copying the text', () => {
    const nhs = validTestNhsNumber('424242') ?? (validTestNhsNumber('424243') as string);
    const r = created(
      fields({ title: 'Mr Khan', what: `  Seen on 03/04/2023, NHS ${nhs}.`, nowWhat: 'Call 07700 900123' }),
    );
    expect(r.pii.map((f) => [f.field, f.kind])).toEqual([
      ['title', 'name'],
      ['what', 'date'],
      ['what', 'nhs-number'],
      ['nowWhat', 'phone'],
    ]);
    for (const flag of r.pii) {
      expect(Object.keys(flag).sort()).toEqual(['end', 'field', 'kind', 'start']);
      const source = r[flag.field as 'title' | 'what' | 'soWhat' | 'nowWhat'];
      expect(source.slice(flag.start, flag.end).length).toBe(flag.end - flag.start);
    }
    const date = r.pii.find((f) => f.kind === 'date');
    expect(date && r.what.slice(date.start, date.end)).toBe('03/04/2023'); // offsets are into the trimmed text
    expect(JSON.stringify(r.pii)).not.toContain(nhs);
  });

  it('needs at least one of what, so what or now what', () => {
    expect(errorsOf(fields({ what: ' ', soWhat: '\n', nowWhat: '' })).map((e) => e.field)).toEqual(['what']);
    expect(created(fields({ what: '', soWhat: '', nowWhat: 'Try a listening event.' })).nowWhat).toBe(
      'Try a listening event.',
    );
  });

  it.each([
    ['', /real date/],
    ['03/04/2024', /real date/],
    ['2024-02-30', /real date/],
    ['2024-13-01', /real date/],
    ['2024-04-02', /future/],
    ['1899-12-31', /after 1900/],
  ])('rejects occurredOn %j', (occurredOn, message) => {
    const errors = errorsOf(fields({ occurredOn }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('occurredOn');
    expect(errors[0]?.message).toMatch(message);
  });

  it("judges 'today' by the user's own calendar day, not UTC's", () => {
    // Both instants are 1 April locally; away from UTC one of them is 31 March or 2 April in UTC.
    for (const now of [new Date(2024, 3, 1, 0, 30), new Date(2024, 3, 1, 23, 30)]) {
      const d = { now, uuid: () => ID };
      expect(created(fields({ occurredOn: '2024-04-01' }), d).occurredOn).toBe('2024-04-01');
      expect(reflectionFromDraft(fields({ occurredOn: '2024-04-02' }), d).ok).toBe(false);
    }
    expect(created(fields({ occurredOn: '2024-02-29' })).occurredOn).toBe('2024-02-29');
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(fields({ what: '', occurredOn: 'soon' }));
    expect(errors.map((e) => e.field).sort()).toEqual(['occurredOn', 'what']);
  });

  it('titles an untitled reflection with the first words of what happened', () => {
    expect(created(fields({ what: 'Short note.' })).title).toBe('Short note.');
    expect(
      created(fields({ what: 'We ran a listening event with carers before the strategy was drafted.' }))
        .title,
    ).toBe('We ran a listening event with carers before…');
    expect(created(fields({ what: '', soWhat: 'Carers want to set questions.' })).title).toBe(
      'Carers want to set questions.',
    );
    const long = created(fields({ what: 'x'.repeat(300) })).title;
    expect(long.length).toBeLessThanOrEqual(81);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never throws, and every success is a valid Reflection', () => {
    const text = fc.string({ maxLength: 300 });
    const draft = fc.record({
      title: fc.string({ maxLength: 200 }),
      occurredOn: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('2024-03-01', '2030-01-01')),
      what: text,
      soWhat: text,
      nowWhat: text,
      tags: fc.array(fc.string({ maxLength: 50 }), { maxLength: 30 }),
      nmcThemes: fc.subarray([...nmcThemes]),
      gmcDomains: fc.subarray([...gmcDomains]),
      otherFramework: fc.string({ maxLength: 200 }),
      discussed: fc.boolean(),
      discussedRole: fc.string({ maxLength: 100 }),
      pageTitle: fc.option(fc.string({ maxLength: 500 }), { nil: undefined }),
      pageUrl: fc.option(fc.webUrl(), { nil: undefined }),
      keepPageTitle: fc.option(fc.boolean(), { nil: undefined }),
      keepPageUrl: fc.boolean(),
    });
    fc.assert(
      fc.property(draft, (f) => {
        const result = reflectionFromDraft(f, deps);
        if (result.ok) expect(Reflection.safeParse(result.reflection).success).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    // Nine texts per case now go through the guard; on a shared 2-core machine 300 cases can pass 5 s.
  }, 30_000);
});

describe('the revalidation fields', () => {
  const deps = { now: new Date('2026-02-01T10:00:00Z'), uuid: () => '00000000-0000-4000-8000-00000000aaaa' };
  const base = { ...emptyDraftFields('2026-01-20'), what: 'A meeting without carers.' };

  it('keeps what I changed apart from what I will do next, and combines activity kinds', () => {
    const result = reflectionFromDraft(
      {
        ...base,
        nowWhat: 'I will ask carers to co-chair.',
        changed: '  I asked two carers to review the plan.  ',
        codeRelation: 'Section 2 of the Code.',
        feelings: 'Uncomfortable, then resolved.',
        roleScope: 'Ward manager',
        pdpGoal: 'Co-production skills',
        nmcActivities: ['cpd', 'experience'],
        nmcActivity: 'feedback',
      },
      deps,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reflection).toMatchObject({
      nowWhat: 'I will ask carers to co-chair.',
      changed: 'I asked two carers to review the plan.',
      codeRelation: 'Section 2 of the Code.',
      feelings: 'Uncomfortable, then resolved.',
      roleScope: 'Ward manager',
      pdpGoal: 'Co-production skills',
      nmc: { activities: ['cpd', 'experience', 'feedback'] },
    });
    expect(draftFromReflection(result.reflection)).toMatchObject({
      changed: 'I asked two carers to review the plan.',
      nmcActivities: ['cpd', 'experience', 'feedback'],
    });
  });

  it('checks the new text fields for identifying details too', () => {
    const result = reflectionFromDraft({ ...base, changed: 'I rang Mrs Patel on 07700 900123.' }, deps);
    expect(result.ok && result.reflection.pii.map((f) => [f.field, f.kind])).toEqual([
      ['changed', 'name'],
      ['changed', 'phone'],
    ]);
  });

  it('leaves out fields the user left empty', () => {
    const result = reflectionFromDraft({ ...base, changed: '   ' }, deps);
    expect(result.ok && 'changed' in result.reflection).toBe(false);
  });
});

describe('draftFromReflection', () => {
  it('round-trips: editing without changes gives back the same reflection, newly dated', () => {
    const original = created(
      fields({
        title: 'Listening first',
        soWhat: 'Learned a lot.',
        tags: ['carers'],
        nmcActivity: 'cpd',
        nmcThemes: ['practise-effectively'],
        supportingInfo: 'cpd',
        otherFramework: 'HLM: engaging the team',
        movementRole: 'mobiliser',
        discussed: true,
        discussedRole: 'Practice educator',
        promptId: 'who-is-missing',
        context: 'agenda',
        pageTitle: 'Team agenda',
        pageUrl: 'https://nhs.sharepoint.com/sites/X/Agenda.aspx',
        keepPageTitle: true,
        keepPageUrl: true,
      }),
    );
    const later = new Date('2024-05-01T10:00:00Z');
    const again = created(draftFromReflection(original), { now: later, uuid: () => ID, existing: original });
    expect(again).toEqual({ ...original, updatedAt: later.toISOString() });
  });

  it('leaves the page address unticked when none was kept, and the title ticked when it was', () => {
    const r = created(
      fields({
        pageTitle: 'Team agenda',
        keepPageTitle: true,
        pageUrl: 'https://example.org/',
        keepPageUrl: false,
      }),
    );
    const draft = draftFromReflection(r);
    expect(draft.keepPageUrl).toBe(false);
    expect(draft.pageUrl).toBeUndefined();
    expect(draft.pageTitle).toBe('Team agenda');
    expect(draft.keepPageTitle).toBe(true);
  });
});

describe('keptDraftFields', () => {
  it('drops an unticked page title and address from what a draft may store', () => {
    const f = fields({ pageTitle: 'List 999', pageUrl: 'https://x.example/?q=1', keepPageUrl: false });
    const kept = keptDraftFields(f);
    expect(kept.pageTitle).toBeUndefined();
    expect(kept.pageUrl).toBeUndefined();
    const both = keptDraftFields({ ...f, keepPageTitle: true, keepPageUrl: true });
    expect([both.pageTitle, both.pageUrl]).toEqual(['List 999', 'https://x.example/?q=1']);
  });
});
