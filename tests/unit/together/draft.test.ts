import { describe, expect, it } from 'vitest';
import { draftFromReflection, reflectionFromDraft } from '../../../src/reflections/create';
import { emptyDraftFields } from '../../../src/reflections/draft';
import { applyTogetherDraft, emptyTogetherDraft, togetherDraftOf } from '../../../src/together/draft';

const uuid = () => '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f';

describe('applyTogetherDraft', () => {
  it('adds nothing when the user fills in nothing', () => {
    expect(applyTogetherDraft(emptyTogetherDraft(), { uuid })).toEqual({ ok: true });
  });

  it('turns a date and a role into a commitment, keeping earlier follow-ups when edited', () => {
    const followUps = [{ at: '2026-11-01T09:00:00Z', outcome: 'not-yet' as const, note: '' }];
    const draft = {
      ...emptyTogetherDraft(),
      commitmentDue: '2026-12-01',
      commitmentInvolves: ' the ward team ',
    };
    const result = applyTogetherDraft(draft, {
      uuid,
      existing: { commitment: { due: '2026-11-01', involves: '', followUps } },
    });
    expect(result).toEqual({
      ok: true,
      commitment: { due: '2026-12-01', involves: 'the ward team', followUps },
    });
  });

  it('says what to fix for a date that is not a date', () => {
    const result = applyTogetherDraft({ ...emptyTogetherDraft(), commitmentDue: '2026-13-45' }, { uuid });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.field).toBe('commitmentDue');
  });

  it('makes a group from roles and numbers, skipping empty rows', () => {
    const draft = {
      ...emptyTogetherDraft(),
      isGroup: true,
      participants: [
        { role: 'patient partners', count: '2' },
        { role: '', count: '1' },
        { role: 'the ward team', count: '' },
      ],
      decided: ' Try it on two wards. ',
    };
    expect(applyTogetherDraft(draft, { uuid })).toEqual({
      ok: true,
      group: {
        groupId: uuid(),
        participants: [
          { role: 'patient partners', count: 2 },
          { role: 'the ward team', count: 1 },
        ],
        decided: 'Try it on two wards.',
      },
    });
  });

  it('refuses a participant described by name, and a group with nobody in it', () => {
    const named = {
      ...emptyTogetherDraft(),
      isGroup: true,
      participants: [{ role: 'Mrs Patel', count: '1' }],
    };
    const result = applyTogetherDraft(named, { uuid });
    expect(!result.ok && result.errors).toEqual([
      { field: 'participants.0', message: 'describe people by role, never by name or number' },
    ]);
    const empty = applyTogetherDraft({ ...emptyTogetherDraft(), isGroup: true }, { uuid });
    expect(!empty.ok && empty.errors[0]?.field).toBe('participants');
  });

  it('keeps a saved group the same group when edited', () => {
    const group = {
      groupId: 'a1b2c3d4-0000-4000-8000-000000000001',
      participants: [{ role: 'carers', count: 3 }],
      decided: '',
    };
    const draft = togetherDraftOf({ group });
    const result = applyTogetherDraft(draft, { uuid });
    expect(result.ok && result.group).toEqual(group);
  });
});

describe('the capture form with the "power of many" fields', () => {
  const deps = { now: new Date('2026-11-29T10:00:00Z'), uuid: () => 'a1b2c3d4-0000-4000-8000-000000000009' };
  const base = { ...emptyDraftFields('2026-11-28'), what: 'We met the PPG.', nowWhat: 'Ask the chair.' };

  it('saves a commitment and a group with the reflection, and reads them back for editing', () => {
    const together = {
      ...emptyTogetherDraft(),
      commitmentDue: '2026-12-12',
      commitmentInvolves: 'the PPG chair',
      isGroup: true,
      participants: [{ role: 'patient partners', count: '2' }],
      decided: 'Meet monthly.',
    };
    const result = reflectionFromDraft({ ...base, together }, deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reflection.commitment).toEqual({
      due: '2026-12-12',
      involves: 'the PPG chair',
      followUps: [],
    });
    expect(result.reflection.group?.participants).toEqual([{ role: 'patient partners', count: 2 }]);
    const again = reflectionFromDraft(draftFromReflection(result.reflection), {
      ...deps,
      existing: result.reflection,
    });
    expect(again.ok && again.reflection.group).toEqual(result.reflection.group);
  });

  it('names the field to fix when a participant is named', () => {
    const together = {
      ...emptyTogetherDraft(),
      isGroup: true,
      participants: [{ role: 'Mr Smith', count: '1' }],
    };
    const result = reflectionFromDraft({ ...base, together }, deps);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['together.participants.0']);
  });

  it('keeps a stored commitment when an older draft has no "power of many" fields', () => {
    const first = reflectionFromDraft(
      { ...base, together: { ...emptyTogetherDraft(), commitmentDue: '2026-12-01' } },
      deps,
    );
    if (!first.ok) throw new Error('setup');
    const { together: _none, ...older } = draftFromReflection(first.reflection);
    const again = reflectionFromDraft(older, { ...deps, existing: first.reflection });
    expect(again.ok && again.reflection.commitment?.due).toBe('2026-12-01');
  });
});
