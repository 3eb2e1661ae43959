// Comparing two versions of the set: added, dropped, moved (centre > 100 m) and kept, with the id rule stated in
// compare.ts (the same place under a new id is kept, not dropped and added).
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  metresBetween,
  MOVED_THRESHOLD_M,
  type HotspotSet,
  type SetHotspot,
} from '../../../../src/analysis/hotspot-set';
import { cellAt } from '../hotspot-proposal/synthetic';

const ORIGIN_LNG_LAT: [number, number] = [-1.1327, 52.6364];
const METRES_PER_DEGREE_LAT = 111_320;

/** A hotspot centred `metresEast` of the Clock Tower (its one cell is there too). */
function at(hotspotId: string, metresEast: number): SetHotspot {
  const lngPerMetre = 1 / (METRES_PER_DEGREE_LAT * Math.cos((ORIGIN_LNG_LAT[1] * Math.PI) / 180));
  return {
    hotspotId,
    name: hotspotId,
    cells: [cellAt(metresEast)],
    centreLngLat: [ORIGIN_LNG_LAT[0] + metresEast * lngPerMetre, ORIGIN_LNG_LAT[1]],
    locked: false,
    drawn: null,
  };
}
const setOf = (...hotspots: SetHotspot[]): HotspotSet => ({ name: 's', basis: 'b', hotspots });
const ids = (hs: SetHotspot[]) => hs.map((h) => h.hotspotId);
const pairs = (ps: { before: SetHotspot; after: SetHotspot }[]) =>
  ps.map((p) => `${p.before.hotspotId}→${p.after.hotspotId}`);

describe('comparing versions of the set', () => {
  it('is 100 m, and a version compared with itself keeps everything', () => {
    expect(MOVED_THRESHOLD_M).toBe(100);
    const a = setOf(at('H01', 0), at('H02', 1000));
    expect(compareVersions(a, a)).toEqual({
      added: [],
      dropped: [],
      moved: [],
      kept: a.hotspots.map((h) => ({ before: h, after: h, movedM: 0 })),
    });
  });

  it('finds what was added, dropped and moved, and keeps a small move', () => {
    const a = setOf(at('H01', 0), at('H02', 1000), at('H03', 2000));
    const b = setOf(at('H01', 60), at('H02', 1300), at('H04', 4000));
    const c = compareVersions(a, b);
    expect(ids(c.added)).toEqual(['H04']);
    expect(ids(c.dropped)).toEqual(['H03']);
    expect(pairs(c.moved)).toEqual(['H02→H02']);
    expect(c.moved[0].movedM).toBeCloseTo(300, 0);
    expect(pairs(c.kept)).toEqual(['H01→H01']);
    expect(c.kept[0].movedM).toBeCloseTo(60, 0);
  });

  it('counts up to 100 m as kept and just over as moved (great-circle metres)', () => {
    const moved = (metres: number) => compareVersions(setOf(at('H01', 0)), setOf(at('H01', metres))).moved.length;
    const metres = (east: number) => metresBetween(at('H01', 0).centreLngLat, at('H01', east).centreLngLat);
    expect(metres(100.05)).toBeLessThan(100);
    expect(metres(100.3)).toBeGreaterThan(100);
    expect(moved(100.05)).toBe(0);
    expect(moved(100.3)).toBe(1);
  });

  it('keeps the same place under a new id (a re-proposal renumbers), nearest pair first', () => {
    // H01 and H02 swapped places: nothing moved.
    const swapped = compareVersions(setOf(at('H01', 0), at('H02', 1000)), setOf(at('H02', 0), at('H01', 1000)));
    expect(swapped).toMatchObject({ added: [], dropped: [], moved: [] });
    expect(pairs(swapped.kept)).toEqual(['H01→H02', 'H02→H01']);
    // A's H01 is 40 m from B's H07 and 90 m from B's H08: the nearer one keeps it; H08 is new.
    const near = compareVersions(setOf(at('H01', 0)), setOf(at('H07', 40), at('H08', -90)));
    expect(pairs(near.kept)).toEqual(['H01→H07']);
    expect(ids(near.added)).toEqual(['H08']);
    // The same id 150 m away, another id at the old place: the place is kept, the id's new place is added.
    const both = compareVersions(setOf(at('H01', 0)), setOf(at('H01', 150), at('H09', 20)));
    expect(pairs(both.kept)).toEqual(['H01→H09']);
    expect(ids(both.added)).toEqual(['H01']);
    expect(both.moved).toEqual([]);
  });

  it('prefers the same id when it is within 100 m, whatever else is nearer', () => {
    const c = compareVersions(setOf(at('H01', 0)), setOf(at('H01', 80), at('H02', 10)));
    expect(pairs(c.kept)).toEqual(['H01→H01']);
    expect(ids(c.added)).toEqual(['H02']);
  });

  it('an empty set against a full one: all added, or all dropped', () => {
    const full = setOf(at('H02', 1000), at('H01', 0));
    expect(ids(compareVersions(setOf(), full).added)).toEqual(['H01', 'H02']);
    expect(ids(compareVersions(full, setOf()).dropped)).toEqual(['H01', 'H02']);
  });
});
