import { describe, expect, it } from 'vitest';
import type { AllDatasets } from '../../../src/data/schema/registry';
import { allCorrections, citationsBySource } from '../../../src/features/sources/citations';

const correction = (id: string, date: string, recordId: string | null = null) => ({
  id,
  date,
  recordId,
  field: null,
  before: null,
  after: null,
  reason: { en: `why ${id}`, es: `por qué ${id}` },
});

/** Only the fields citations read; the real datasets have many more. */
function datasets(): Partial<AllDatasets> {
  return {
    events: {
      records: [
        { id: 'e1', sourceIds: ['ap-1', 'treasury-1'] },
        { id: 'e2', sourceIds: ['ap-1'] },
      ],
      corrections: [correction('c-e1', '2026-01-10', 'e1')],
    },
    strikes: {
      records: [{ id: 's1', sourceIds: ['southcom-1', 'ap-1'] }],
      // Another list of records in the same dataset is read too; rows without sources are skipped.
      totals: [{ id: 't1', sourceIds: ['airwars-1'] }, { id: 't2' }, 'not a record'],
      areas: [{ id: 'caribbean-north', name: { en: 'North', es: 'Norte' } }],
      corrections: [correction('c-s1', '2026-03-02', 's1'), correction('c-s0', '2026-01-10')],
    },
    sources: {
      // The sources themselves cite nothing, even if a record there had sourceIds.
      records: [{ id: 'ap-1', sourceIds: ['treasury-1'] }],
      corrections: [correction('c-src', '2025-12-01')],
    },
  } as unknown as Partial<AllDatasets>;
}

describe('citationsBySource', () => {
  it('lists, for each source, every record that cites it, in every dataset and list', () => {
    const index = citationsBySource(datasets());
    expect(index.get('ap-1')).toEqual([
      { dataset: 'events', recordId: 'e1' },
      { dataset: 'events', recordId: 'e2' },
      { dataset: 'strikes', recordId: 's1' },
    ]);
    expect(index.get('treasury-1')).toEqual([{ dataset: 'events', recordId: 'e1' }]);
    expect(index.get('southcom-1')).toEqual([{ dataset: 'strikes', recordId: 's1' }]);
    expect(index.get('airwars-1')).toEqual([{ dataset: 'strikes', recordId: 't1' }]);
  });

  it('has no entry for a source nobody cites, nor for records without sources', () => {
    const index = citationsBySource(datasets());
    expect([...index.keys()].sort()).toEqual(['airwars-1', 'ap-1', 'southcom-1', 'treasury-1']);
  });

  it('skips datasets not loaded yet', () => {
    const { events } = datasets();
    expect(citationsBySource({ events }).get('southcom-1')).toBeUndefined();
    expect(citationsBySource({}).size).toBe(0);
  });
});

describe('allCorrections', () => {
  it('merges every loaded dataset’s corrections, newest first, ties by id, each naming its dataset', () => {
    expect(allCorrections(datasets()).map((c) => [c.dataset, c.id, c.date])).toEqual([
      ['strikes', 'c-s1', '2026-03-02'],
      ['events', 'c-e1', '2026-01-10'],
      ['strikes', 'c-s0', '2026-01-10'],
      ['sources', 'c-src', '2025-12-01'],
    ]);
  });

  it('keeps what each correction says', () => {
    const first = allCorrections(datasets())[0];
    expect(first).toMatchObject({ recordId: 's1', reason: { en: 'why c-s1', es: 'por qué c-s1' } });
  });

  it('is empty before any dataset has loaded', () => {
    expect(allCorrections({ events: undefined })).toEqual([]);
  });
});
