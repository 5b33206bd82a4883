import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PromptEvent } from '../../../src/prompts/events';
import { Draft } from '../../../src/reflections/draft';
import { Reflection } from '../../../src/reflections/model';
import { findPii, PiiFinding } from '../../../src/reflections/pii';
import {
  getDraft,
  getReflection,
  openPomDb,
  StoredPack,
  saveDraft,
  saveReflection,
} from '../../../src/reflections/store';
import { freshFactory, makeDraft, makePack, makePromptEvent, makeReflection } from './helpers';

const full = makeReflection({
  promptId: 'who-is-missing',
  context: 'coproduction',
  page: { title: 'Carers strategy', url: 'https://nhs.sharepoint.com/sites/RX1/Plan.aspx' },
  gmc: { domains: ['trust-professionalism'], supportingInfo: 'cpd' },
  otherFramework: 'HCPC standard 3',
  movementRole: 'organiser',
  discussed: { withColleague: true, role: 'Matron' },
  pii: [{ kind: 'date', field: 'what', start: 3, end: 13 }],
});

describe('schema round-trips', () => {
  it('a Reflection survives parse, JSON and IndexedDB unchanged', async () => {
    expect(Reflection.parse(full)).toEqual(full);
    expect(Reflection.parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
    const db = await openPomDb(freshFactory());
    await saveReflection(db, full);
    expect(Reflection.parse(await getReflection(db, full.id))).toEqual(full);
    db.close();
  });

  it('a Draft survives parse, JSON and IndexedDB unchanged', async () => {
    const draft = makeDraft('capture');
    expect(Draft.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    const db = await openPomDb(freshFactory());
    await saveDraft(db, draft);
    expect(Draft.parse(await getDraft(db, 'capture'))).toEqual(draft);
    db.close();
  });

  it('prompt events and stored packs survive parse and JSON', () => {
    const event = makePromptEvent({ visitId: 'v1', until: '2024-05-01T10:00:00.000Z' });
    expect(PromptEvent.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
    const pack = makePack('Trust A');
    expect(StoredPack.parse(JSON.parse(JSON.stringify(pack)))).toEqual(pack);
  });

  it('findings from the guard satisfy PiiFinding, and the schema is strict', () => {
    const [finding] = findPii('Seen by Dr Okafor');
    expect(PiiFinding.parse(finding)).toEqual(finding);
    expect(PiiFinding.safeParse({ ...finding, extra: 1 }).success).toBe(false);
    expect(PiiFinding.safeParse({ ...finding, kind: 'shoe-size' }).success).toBe(false);
  });

  it('rejects unknown keys and PII flags that carry text', () => {
    expect(Reflection.safeParse({ ...full, mood: 'good' }).success).toBe(false);
    expect(
      Reflection.safeParse({ ...full, pii: [{ kind: 'name', field: 'what', start: 0, end: 3, text: 'Bob' }] })
        .success,
    ).toBe(false);
    expect(StoredPack.safeParse({ ...makePack('A'), extra: true }).success).toBe(false);
  });
});
