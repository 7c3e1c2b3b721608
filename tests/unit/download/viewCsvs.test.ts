import { describe, expect, it } from 'vitest';
import type { AidFigure } from '../../../src/data/schema/aid';
import type { CrisisEvent } from '../../../src/data/schema/events';
import type { PrecedentCase } from '../../../src/data/schema/precedents';
import type { Source } from '../../../src/data/schema/sources';
import { seriesTable } from '../../../src/features/aid/aidSelectors';
import { aidViewCsv } from '../../../src/features/aid/aidViewCsv';
import { precedentsCsv } from '../../../src/features/precedents/precedentsCsv';
import { citationsBySource } from '../../../src/features/sources/citations';
import { sourcesCsv } from '../../../src/features/sources/sourcesCsv';
import { timelineCsv } from '../../../src/features/timeline/timelineCsv';
import { minimalDatasets } from '../../fixtures/minimalDatasets';
import { fileLines, tableLines } from './readCsv';

const data = minimalDatasets();
const sourceIndex = new Map<string, Source>(data.sources.records.map((s) => [s.id, s]));
const url = 'https://atlas.example/?q=x';
const asOf = '2026-06-24';

describe('the aid view CSV', () => {
  const aid = minimalDatasets().aid;
  const series = aid.series[0]!;
  const figure = (over: Partial<AidFigure>): AidFigure => ({ ...aid.figures[0]!, ...over });
  aid.figures = [
    figure({ id: 'a', fiscalYear: 2020, amountUsdMillions: 448 }),
    figure({ id: 'b', fiscalYear: 2022, amountUsdMillions: 412.5, approximate: true }),
  ];
  const table = seriesTable(aid, series);

  it('has the aid table’s columns and rows, the year without a figure as a gap (never a zero)', () => {
    const lines = fileLines(aidViewCsv({ series, table, sources: sourceIndex, lang: 'en', asOf, url }));
    expect(tableLines(lines)).toEqual([
      ['Fiscal year', 'Category', 'US$ millions', 'Sources'],
      ['2020', 'Total', '448', 'U.S. Treasury (2025-10-24): https://home.treasury.gov/x'],
      ['2021', 'No figure in the research (a gap, not zero)', '', ''],
      ['2022', 'Total', '~412.5', 'U.S. Treasury (2025-10-24): https://home.treasury.gov/x'],
    ]);
    expect(lines[1]).toEqual([
      'Filters',
      'Measure: Appropriation (enacted)',
      expect.stringMatching(/^Scope: /),
      expect.stringMatching(/^Split by: /),
    ]);
  });

  it('is in Spanish for a Spanish reader', () => {
    const lines = fileLines(aidViewCsv({ series, table, sources: sourceIndex, lang: 'es', asOf, url }));
    expect(tableLines(lines)[0]).toEqual(['Año fiscal', 'Categoría', 'Millones de US$', 'Fuentes']);
    expect(lines[2]).toEqual(['Datos al', '24 de junio de 2026', '2026-06-24']);
  });

  it('names a split series’ categories in the reader’s language', () => {
    const split = { ...series, id: 'by-sector', breakdown: 'sector' as const };
    const bySector = {
      ...aid,
      series: [split],
      categoryNames: [{ en: 'Human rights', es: 'Derechos humanos' }],
      figures: [figure({ id: 'c', seriesId: 'by-sector', sector: 'Human rights' })],
    };
    const csv = (lang: 'en' | 'es') =>
      tableLines(
        fileLines(
          aidViewCsv({ series: split, table: seriesTable(bySector, split), sources: sourceIndex, lang, asOf, url }),
        ),
      )[1];
    expect(csv('en')?.[1]).toBe('Human rights');
    expect(csv('es')?.[1]).toBe('Derechos humanos');
  });
});

describe('the precedents view CSV', () => {
  const petro = data.precedents.cases[0]!;
  const other: PrecedentCase = {
    ...petro,
    id: 'ven-maduro',
    role: 'featured',
    countryIso3: 'VEN',
    country: { en: 'Venezuela', es: 'Venezuela' },
    leader: '@Maduro',
    statedReason: { en: 'Democracy, "rule of law"', es: 'Democracia, «estado de derecho»' },
  };
  const filters = {
    q: 'ma',
    authority: null,
    relation: 'adversary' as const,
    multilateral: null,
    decade: 2010,
    country: null,
    sort: 'country' as const,
  };

  it('has one row per listed case, in the list’s order, with what each card shows', () => {
    const lines = fileLines(
      precedentsCsv({ cases: [other, petro], filters, countryName: null, sources: sourceIndex, lang: 'en', asOf, url }),
    );
    const [header, ...rows] = tableLines(lines);
    expect(header).toEqual([
      'Country',
      'Leader',
      'Role',
      'Office at the time',
      'Designation date',
      'Legal authority',
      'Designating agency',
      'Stated reason',
      'After designation',
      'Sources',
    ]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Venezuela', "'@Maduro", 'Featured'],
      ['Colombia', 'Gustavo Petro', 'Reference'],
    ]);
    expect(rows[0]![7]).toBe('Democracy, "rule of law"');
    expect(lines[1]).toEqual([
      'Filters',
      'Search: ma',
      'Relation to the US: Adversary',
      'Decade: 2010s',
      'Sort by: Country',
    ]);
  });

  it('is in Spanish for a Spanish reader', () => {
    const lines = fileLines(
      precedentsCsv({ cases: [other], filters, countryName: null, sources: sourceIndex, lang: 'es', asOf, url }),
    );
    const [header, row] = tableLines(lines);
    expect(header![0]).toBe('País');
    expect(row![7]).toBe('Democracia, «estado de derecho»');
    expect(lines[0]).toEqual(['Sanctions Atlas — Precedentes']);
  });
});

describe('the timeline view CSV', () => {
  const ev = data.events.records[0]!;
  const events: CrisisEvent[] = [
    ev,
    { ...ev, id: 'ev-2', date: '2025-11-01', kind: 'strike', title: { en: '+1 more strike', es: '+1 ataque más' } },
  ];

  it('has the events list’s date, kind and title for each event in the window, and names the window', () => {
    const lines = fileLines(
      timelineCsv({ events, window: { from: '2025-10-01', to: '2025-11-30' }, lang: 'en', asOf, url }),
    );
    expect(tableLines(lines)).toEqual([
      ['Date', 'Kind', 'Event'],
      ['2025-10-24', 'Sanctions', 'Sanctions'],
      ['2025-11-01', 'Strikes', "'+1 more strike"],
    ]);
    expect(lines[1]).toEqual(['Filters', 'Window: Oct 1, 2025 – Nov 30, 2025']);
  });

  it('is in Spanish for a Spanish reader', () => {
    const lines = fileLines(timelineCsv({ events, window: null, lang: 'es', asOf, url }));
    expect(tableLines(lines)[0]).toEqual(['Fecha', 'Tipo', 'Evento']);
    expect(tableLines(lines)[2]![1]).toBe('Ataques');
    expect(lines[1]).toEqual(['Filtros', 'ninguno (todos los registros)']);
  });
});

describe('the sources list CSV', () => {
  const citations = citationsBySource(data);

  it('has the list’s sources with their dates, class and what cites them, and names the text filter', () => {
    const lines = fileLines(
      sourcesCsv({ sources: data.sources.records, citations, filter: ' treas ', lang: 'en', asOf, url }),
    );
    const [header, treasury, weak] = tableLines(lines);
    expect(header).toEqual(['Title', 'URL', 'Publisher', 'Published', 'Accessed', 'Source class', 'Cited by']);
    expect(treasury!.slice(0, 5)).toEqual([
      'Press release',
      'https://home.treasury.gov/x',
      'U.S. Treasury',
      '2025-10-24',
      '2026-11-28',
    ]);
    expect(treasury![6]).toContain('Strikes › strike-1');
    expect(weak![3]).toBe('undated');
    expect(weak![5]).toMatch(/^Weak/);
    expect(lines[1]).toEqual(['Filters', 'Filter sources: treas']);
  });
});
