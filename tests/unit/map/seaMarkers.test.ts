import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLEARANCE_KM,
  defaultFrame,
  distanceKm,
  placeAnchor,
  SEA_ANCHORS,
  seaAreaId,
  seaMarkers,
  seaOfAreaId,
} from '../../../src/features/map/seaMarkers';
import { groupByArea } from '../../../src/features/map/strikeSelectors';
import { mapUrlFields } from '../../../src/features/map/urlFields';
import type { Strike, StrikeArea } from '../../../src/data/schema/strikes';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const base = minimalDatasets().strikes.records[0]!;
const strike = (over: Partial<Strike>): Strike => ({ ...base, ...over });
const real = JSON.parse(readFileSync('data/strikes.json', 'utf8')) as { areas: StrikeArea[]; records: Strike[] };

describe('sea-level markers', () => {
  it('puts every strike without a known area under its sea, and only those', () => {
    const areas = real.areas;
    const strikes = [
      strike({ id: 'zoned', areaId: areas[0]!.id, sea: areas[0]!.sea }),
      strike({ id: 'c1', areaId: null, sea: 'caribbean' }),
      strike({ id: 'c2', areaId: null, sea: 'caribbean', killed: 3 }),
      strike({ id: 'p1', areaId: null, sea: 'eastern-pacific' }),
      strike({ id: 'bad', areaId: 'atlantis', sea: 'eastern-pacific' }),
      strike({ id: 'u1', areaId: null, sea: 'unspecified' }),
    ];
    const markers = seaMarkers(groupByArea(areas, strikes), areas);
    expect(markers.map((mk) => [mk.id, mk.strikes.map((s) => s.id)])).toEqual([
      ['sea-caribbean', ['c1', 'c2']],
      ['sea-eastern-pacific', ['p1', 'bad']],
      ['sea-unspecified', ['u1']],
    ]);
    expect(markers[0]!.tally.strikes).toBe(2);
    // A sea the sources do not name has no place on the water.
    expect(markers[2]!.at).toBeNull();
    expect(markers[0]!.at).not.toBeNull();
  });

  it('with the real data, zones and markers together hold every counted strike', () => {
    const counted = real.records.filter((s) => s.counted);
    const groups = groupByArea(real.areas, counted);
    const markers = seaMarkers(groups, real.areas);
    const onZones = groups.zones.reduce((n, z) => n + z.strikes.length, 0);
    const onMarkers = markers.reduce((n, mk) => n + mk.strikes.length, 0);
    expect(onZones + onMarkers).toBe(counted.length);
    expect(onMarkers).toBeGreaterThan(0);
  });

  it('places each marker clear of every zone in the data', () => {
    for (const sea of ['caribbean', 'eastern-pacific'] as const) {
      const at = placeAnchor(SEA_ANCHORS[sea], real.areas);
      expect(at, sea).not.toBeNull();
      for (const z of real.areas)
        expect(distanceKm(at!, z.centroid) - z.radiusKm, `${sea} vs ${z.id}`).toBeGreaterThanOrEqual(CLEARANCE_KM);
    }
  });

  it('skips a candidate a zone covers, and falls back to the least covered one', () => {
    const candidates = [
      [10, -80],
      [20, -60],
    ] as const;
    expect(placeAnchor(candidates, [{ centroid: [10, -80], radiusKm: 100 }])).toEqual([20, -60]);
    const everywhere = [
      { centroid: [10, -80] as [number, number], radiusKm: 5000 },
      { centroid: [20, -60] as [number, number], radiusKm: 100 },
    ];
    expect(placeAnchor(candidates, everywhere)).toEqual([20, -60]);
    expect(placeAnchor([], everywhere)).toBeNull();
  });

  it('measures great-circle distances', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
    expect(distanceKm([10, -62], [10, -62])).toBe(0);
  });
});

describe('sea ids in the area field', () => {
  it('round-trip, and anything else is not a sea', () => {
    for (const sea of ['caribbean', 'eastern-pacific', 'unspecified'] as const)
      expect(seaOfAreaId(seaAreaId(sea))).toBe(sea);
    for (const other of ['not-reported', 'sea-', 'sea-atlantic', 'caribbean', 'sea-caribbean-x', ''])
      expect(seaOfAreaId(other), other).toBeNull();
  });

  it('decode through the URL field, and old values keep decoding', () => {
    for (const raw of ['sea-eastern-pacific', 'not-reported', 'eastern-pacific-sw-mexico-guatemala'])
      expect(mapUrlFields.area.parse(raw), raw).toEqual({ ok: true, value: raw });
    for (const raw of ['sea-<script>', 'SEA CARIBBEAN', '../sea'])
      expect(mapUrlFields.area.parse(raw).ok, raw).toBe(false);
  });

  it('never collide with an area id in the data', () => {
    for (const a of real.areas) expect(seaOfAreaId(a.id), a.id).toBeNull();
  });
});

describe('default frame', () => {
  it('holds every zone circle and every marker', () => {
    const f = defaultFrame(real.areas)!;
    for (const z of real.areas) {
      const [lat, lon] = z.centroid;
      expect(f.south, z.id).toBeLessThan(lat - z.radiusKm / 112);
      expect(f.north, z.id).toBeGreaterThan(lat + z.radiusKm / 112);
      expect(f.west, z.id).toBeLessThan(lon);
      expect(f.east, z.id).toBeGreaterThan(lon);
    }
    const pacific = placeAnchor(SEA_ANCHORS['eastern-pacific'], real.areas)!;
    expect(f.west).toBeLessThanOrEqual(pacific[1]);
  });

  it('without zones, still frames the sea markers', () => {
    const f = defaultFrame([])!;
    expect(f.south).toBeLessThanOrEqual(SEA_ANCHORS['eastern-pacific'][0]![0]);
    expect(f.north).toBeGreaterThanOrEqual(SEA_ANCHORS.caribbean[0]![0]);
  });
});
