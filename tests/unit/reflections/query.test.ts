import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../../src/reflections/model';
import {
  appraisalYearsInUse,
  filterReflections,
  indexReflections,
  isFilterActive,
  PAGE_SIZE,
  paginate,
  type ReflectionFilter,
  searchTerms,
  tagsInUse,
} from '../../../src/reflections/query';
import { plainReflection } from './helpers';

const reflection = (over: Partial<Reflection> = {}): Reflection => plainReflection({ ...over });

const titles = (rs: readonly Reflection[]) => rs.map((r) => r.title);
const run = (rs: readonly Reflection[], filter: ReflectionFilter) =>
  titles(filterReflections(indexReflections(rs), filter));

describe('indexReflections order', () => {
  it('puts the newest event first, then the one written last, whatever order they were saved in', () => {
    const rs = [
      reflection({ title: 'old', occurredOn: '2024-01-05' }),
      reflection({
        title: 'new, written early',
        occurredOn: '2025-03-10',
        createdAt: '2025-03-10T08:00:00Z',
      }),
      reflection({ title: 'new, written late', occurredOn: '2025-03-10', createdAt: '2025-03-11T08:00:00Z' }),
      reflection({ title: 'middle', occurredOn: '2024-11-30' }),
    ];
    expect(run(rs, {})).toEqual(['new, written late', 'new, written early', 'middle', 'old']);
  });
});

describe('search', () => {
  const rs = [
    reflection({ title: 'Board agenda', what: 'We asked what matters to patients' }),
    reflection({ title: 'Team huddle', soWhat: 'Learned to listen to carers' }),
    reflection({ title: 'Strategy day', nowWhat: 'Invite Healthwatch next time' }),
    reflection({ title: 'Tagged', tags: ['co-production'] }),
    reflection({ title: 'Framework', otherFramework: 'HCPC CPD standard 4' }),
    reflection({ title: 'Café conversation', what: 'Naïve question about the rota' }),
  ];

  it('finds words in the title', () => {
    expect(run(rs, { text: 'huddle' })).toEqual(['Team huddle']);
  });

  it('finds words in what, so what and now what', () => {
    expect(run(rs, { text: 'patients' })).toEqual(['Board agenda']);
    expect(run(rs, { text: 'carers' })).toEqual(['Team huddle']);
    expect(run(rs, { text: 'healthwatch' })).toEqual(['Strategy day']);
  });

  it('finds tags and the other framework', () => {
    expect(run(rs, { text: 'co-production' })).toEqual(['Tagged']);
    expect(run(rs, { text: 'hcpc standard' })).toEqual(['Framework']);
  });

  it('ignores case and accents, and needs every word', () => {
    expect(run(rs, { text: 'CAFE naive' })).toEqual(['Café conversation']);
    expect(run(rs, { text: 'cafe patients' })).toEqual([]);
  });

  it('treats a blank search as no search', () => {
    expect(run(rs, { text: '   ' })).toHaveLength(rs.length);
    expect(searchTerms('  two   words ')).toEqual(['two', 'words']);
  });

  it('does not match across the boundary between two fields', () => {
    const joined = [reflection({ title: 'ends with care', what: 'rs begin here' })];
    expect(run(joined, { text: 'carers' })).toEqual([]);
  });
});

describe('filters', () => {
  it('keeps a date range, both ends included', () => {
    const rs = [
      reflection({ title: 'before', occurredOn: '2025-01-31' }),
      reflection({ title: 'first day', occurredOn: '2025-02-01' }),
      reflection({ title: 'last day', occurredOn: '2025-02-28' }),
      reflection({ title: 'after', occurredOn: '2025-03-01' }),
    ];
    expect(run(rs, { from: '2025-02-01', to: '2025-02-28' })).toEqual(['last day', 'first day']);
    expect(run(rs, { from: '2025-02-28' })).toEqual(['after', 'last day']);
    expect(run(rs, { to: '2025-01-31' })).toEqual(['before']);
  });

  it('keeps an appraisal year from 1 April to 31 March', () => {
    const rs = [
      reflection({ title: '31 March 2025', occurredOn: '2025-03-31' }),
      reflection({ title: '1 April 2025', occurredOn: '2025-04-01' }),
      reflection({ title: '31 December 2025', occurredOn: '2025-12-31' }),
      reflection({ title: '31 March 2026', occurredOn: '2026-03-31' }),
      reflection({ title: '1 April 2026', occurredOn: '2026-04-01' }),
    ];
    expect(run(rs, { appraisalYear: 2025 })).toEqual(['31 March 2026', '31 December 2025', '1 April 2025']);
    expect(run(rs, { appraisalYear: 2024 })).toEqual(['31 March 2025']);
    expect(run(rs, { appraisalYear: 2026 })).toEqual(['1 April 2026']);
  });

  it('keeps a tag, ignoring case', () => {
    const rs = [
      reflection({ title: 'a', tags: ['agenda', 'board'] }),
      reflection({ title: 'b', tags: ['Board-papers'] }),
      reflection({ title: 'c', tags: ['board'] }),
    ];
    expect(run(rs, { tag: 'Board' })).toEqual(['a', 'c']);
  });

  it('keeps an NMC theme or a GMC domain', () => {
    const rs = [
      reflection({ title: 'safety', nmc: { themes: ['preserve-safety'] } }),
      reflection({ title: 'people', nmc: { themes: ['prioritise-people', 'practise-effectively'] } }),
      reflection({ title: 'trust', gmc: { domains: ['trust-professionalism'] } }),
    ];
    expect(run(rs, { framework: 'nmc:practise-effectively' })).toEqual(['people']);
    expect(run(rs, { framework: 'gmc:trust-professionalism' })).toEqual(['trust']);
    expect(run(rs, { framework: 'gmc:colleagues-culture-safety' })).toEqual([]);
  });

  it('keeps a prompt context', () => {
    const rs = [
      reflection({ title: 'agenda', context: 'agenda' }),
      reflection({ title: 'board', context: 'board' }),
      reflection({ title: 'none' }),
    ];
    expect(run(rs, { context: 'board' })).toEqual(['board']);
  });

  it('keeps only PII-flagged reflections when asked', () => {
    const rs = [
      reflection({ title: 'clean' }),
      reflection({ title: 'flagged', pii: [{ kind: 'nhs-number', field: 'what', start: 0, end: 10 }] }),
    ];
    expect(run(rs, { piiOnly: true })).toEqual(['flagged']);
    expect(run(rs, { piiOnly: false })).toHaveLength(2);
  });

  it('combines filters: every part must match', () => {
    const rs = [
      reflection({ title: 'match', tags: ['huddle'], occurredOn: '2025-05-01', what: 'listening' }),
      reflection({ title: 'wrong year', tags: ['huddle'], occurredOn: '2024-05-01', what: 'listening' }),
      reflection({ title: 'wrong tag', tags: ['board'], occurredOn: '2025-05-01', what: 'listening' }),
      reflection({ title: 'wrong words', tags: ['huddle'], occurredOn: '2025-05-01', what: 'talking' }),
    ];
    expect(run(rs, { appraisalYear: 2025, tag: 'huddle', text: 'listening' })).toEqual(['match']);
  });

  it('says whether a filter narrows anything', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ text: '  ', piiOnly: false })).toBe(false);
    expect(isFilterActive({ appraisalYear: 2025 })).toBe(true);
    expect(isFilterActive({ piiOnly: true })).toBe(true);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 123 }, (_, i) => i + 1);

  it('gives 50 a page by default, with positions for "Showing 51 to 100 of 123"', () => {
    const page = paginate(items, 2);
    expect(PAGE_SIZE).toBe(50);
    expect(page.items).toHaveLength(50);
    expect(page).toMatchObject({ page: 2, pageCount: 3, total: 123, first: 51, last: 100 });
    expect(page.items[0]).toBe(51);
  });

  it('gives the remainder on the last page', () => {
    expect(paginate(items, 3)).toMatchObject({ first: 101, last: 123, items: items.slice(100) });
  });

  it('clamps pages past either end', () => {
    expect(paginate(items, 9).page).toBe(3);
    expect(paginate(items, 0).page).toBe(1);
    expect(paginate(items, Number.NaN).page).toBe(1);
  });

  it('has one empty page when there is nothing', () => {
    expect(paginate([], 4)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 });
  });

  it('counts exact multiples without an empty extra page', () => {
    expect(paginate(items.slice(0, 100), 1).pageCount).toBe(2);
  });

  it('refuses a nonsense page size', () => {
    expect(() => paginate(items, 1, 0)).toThrow(RangeError);
  });

  // How long this takes is measured by `npm run bench` (store: filterAndPage10000Ms), not here.
  it('filters and pages 10,000 reflections', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      reflection({
        occurredOn: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        what: i % 7 === 0 ? 'we asked what matters to you' : 'routine meeting notes',
        tags: i % 3 === 0 ? ['agenda'] : [],
      }),
    );
    const index = indexReflections(many);
    const found = filterReflections(index, { text: 'matters', tag: 'agenda' });
    const page = paginate(found, 2);
    expect(found).toHaveLength(many.filter((_, i) => i % 21 === 0).length);
    expect(page.items).toHaveLength(50);
  });
});

describe('filter choices', () => {
  it('lists each tag once, ignoring case, alphabetically', () => {
    const rs = [reflection({ tags: ['board', 'Agenda'] }), reflection({ tags: ['agenda', 'co-design'] })];
    expect(tagsInUse(rs)).toEqual(['Agenda', 'board', 'co-design']);
  });

  it('lists appraisal years in use and the current one, newest first', () => {
    const rs = [reflection({ occurredOn: '2023-03-31' }), reflection({ occurredOn: '2023-04-01' })];
    expect(appraisalYearsInUse(rs, '2026-02-10')).toEqual([2025, 2023, 2022]);
  });
});
