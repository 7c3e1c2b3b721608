import { describe, expect, it } from 'vitest';
import {
  compareStatus,
  comparedCases,
  filterCases,
  sortCases,
  tenureDays,
  toggleCompared,
} from '../../../src/features/precedents/precedentSelectors';
import type { PrecedentCase } from '../../../src/data/schema/precedents';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewStateFields';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const petro = minimalDatasets().precedents.cases[0]!;
const make = (over: Partial<PrecedentCase>): PrecedentCase => ({ ...petro, role: 'designation', ...over });
const cases = [
  petro,
  make({
    id: 'rus',
    role: 'featured',
    countryIso3: 'RUS',
    leader: 'Vladimir Putin',
    designationDate: '2022-02-25',
    authorityTypes: ['aggression'],
    relation: 'adversary',
    multilateral: {
      eu: { status: 'listed', date: '2022-02-25' },
      uk: { status: 'unknown', date: null },
      un: { status: 'unknown', date: null },
    },
  }),
  make({
    id: 'ven',
    role: 'featured',
    countryIso3: 'VEN',
    leader: 'Nicolás Maduro',
    designationDate: '2017-07-31',
    authorityTypes: ['democracy'],
    relation: 'adversary',
    leftOfficeDate: '2026-01-03',
    outcome: 'captured',
  }),
  make({
    id: 'zwe',
    countryIso3: 'ZWE',
    leader: 'Robert Mugabe',
    designationDate: '2003-03-06',
    authorityTypes: ['democracy'],
    relation: 'other',
    leftOfficeDate: '2017-11-21',
    outcome: 'left-office',
  }),
];
const filter = { ...DEFAULT_VIEW_STATE };

describe('precedent selectors', () => {
  it('filters by authority, relation, multilateral, decade, country and accent-insensitive name', () => {
    expect(filterCases(cases, { ...filter, authority: 'democracy' }).map((c) => c.id)).toEqual(['ven', 'zwe']);
    expect(
      filterCases(cases, { ...filter, relation: 'adversary', multilateral: 'multilateral' }).map((c) => c.id),
    ).toEqual(['rus']);
    expect(filterCases(cases, { ...filter, decade: 2000 }).map((c) => c.id)).toEqual(['zwe']);
    expect(filterCases(cases, { ...filter, country: 'VEN' }).map((c) => c.id)).toEqual(['ven']);
    expect(filterCases(cases, { ...filter, q: 'nicolas' }).map((c) => c.id)).toEqual(['ven']);
  });

  it('puts featured cases first, then Petro, then the rest', () => {
    expect(sortCases(cases, 'date', '2026-03-09', 'en').map((c) => c.id)).toEqual(['ven', 'rus', 'col-petro', 'zwe']);
    expect(sortCases(cases, 'tenure', '2026-03-09', 'en').map((c) => c.id)).toEqual(['ven', 'rus', 'col-petro', 'zwe']);
  });

  it('measures tenure to leaving office, or to the as-of date while ongoing', () => {
    expect(tenureDays(cases[3]!, '2026-03-09')).toEqual({ days: 5374, ongoing: false });
    expect(tenureDays(petro, '2025-10-25')).toEqual({ days: 1, ongoing: true });
  });

  it('defaults the comparison to the featured cases and reports unknown ids', () => {
    expect(comparedCases(cases, null).chosen.map((c) => c.id)).toEqual(['rus', 'ven']);
    expect(comparedCases(cases, ['zwe', 'atlantis', 'col-petro'])).toMatchObject({ unknown: ['atlantis'] });
    expect(comparedCases(cases, ['zwe', 'atlantis']).chosen.map((c) => c.id)).toEqual(['zwe']);
  });

  it('toggles a case in the set, never past three and never to empty', () => {
    const chosen = comparedCases(cases, null).chosen;
    expect(toggleCompared(chosen, 'zwe')).toEqual(['rus', 'ven', 'zwe']);
    expect(toggleCompared([...chosen, cases[3]!], 'col-petro')).toEqual(['rus', 'ven', 'zwe']);
    expect(toggleCompared([cases[1]!], 'rus')).toEqual(['rus']);
  });

  it('gives each Compare button its state: in the set, free to join it, or shut out of a full set', () => {
    // By default the two featured cases are compared and there is room for a third.
    expect(compareStatus(cases, null, 'rus')).toBe('compared');
    expect(compareStatus(cases, null, 'zwe')).toBe('open');
    expect(compareStatus(cases, ['rus', 'ven', 'zwe'], 'zwe')).toBe('compared');
    expect(compareStatus(cases, ['rus', 'ven', 'zwe'], 'col-petro')).toBe('full');
    // Unknown ids take no place in the set.
    expect(compareStatus(cases, ['rus', 'atlantis', 'ven'], 'zwe')).toBe('open');
  });
});
