// Tiers 2 and 3 list hot spots outside the GRIP set: a cell is outside when its centre lies in no hotspot polygon.
import type { MultiPolygon, Polygon } from 'geojson';
import { cellsToMultiPolygon, cellToLatLng, gridDisk, gridRingUnsafe, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { outsideSet } from '../../../src/analysis/outside-set';
import { emergingTierCells, watchListCells } from '../../../src/analysis/hotspot-tiers';
import { bboxPolygon } from '../../../src/analysis/study-area';

// The Haymarket, Leicester, at resolution 10 (the GRIP cells) and 9.
const haymarket = latLngToCell(52.6378, -1.1312, 10);
const ring1 = gridRingUnsafe(haymarket, 1);
const ring3 = gridRingUnsafe(haymarket, 3);
const polygonOf = (cells: string[]): Polygon => ({ type: 'Polygon', coordinates: cellsToMultiPolygon(cells, true)[0] });
const square = (west: number, south: number, east: number, north: number) => bboxPolygon([west, south, east, north]);
const [centreLat, centreLng] = cellToLatLng(haymarket);
const cells = (...h3: string[]) => h3.map((h) => ({ h3: h }));

describe('outsideSet', () => {
  const hotspot = polygonOf(gridDisk(haymarket, 1));
  it.each<[string, string[], (Polygon | MultiPolygon)[], string[]]>([
    ['a cell of the hotspot is inside', [haymarket], [hotspot], []],
    ['its neighbours are inside too', ring1, [hotspot], []],
    ['cells two rings further out are outside', ring3, [hotspot], ring3],
    ['with no set, every cell is outside', [haymarket, ...ring3], [], [haymarket, ...ring3]],
    [
      'a centre on a polygon edge counts as inside',
      [haymarket],
      [square(centreLng, centreLat - 0.001, centreLng + 0.001, centreLat + 0.001)],
      [],
    ],
    [
      'a square beside the centre leaves it outside',
      [haymarket],
      // Its own centre is ≈ 100 m east, in the next cell.
      [square(centreLng + 0.00001, centreLat - 0.001, centreLng + 0.003, centreLat + 0.001)],
      [haymarket],
    ],
    [
      'a MultiPolygon: inside either part',
      [haymarket, ring3[0], ring3[9]],
      [{ type: 'MultiPolygon', coordinates: [hotspot.coordinates, polygonOf([ring3[0]]).coordinates] }],
      [ring3[9]],
    ],
  ])('%s', (_, given, polygons, expected) => {
    expect(outsideSet(cells(...given), polygons).map((c) => c.h3)).toEqual(expected);
  });

  it('keeps the order and the other fields of the cells it keeps', () => {
    const given = ring3.map((h3, i) => ({ h3, bin: i }));
    expect(outsideSet([...given].reverse(), [hotspot])).toEqual([...given].reverse());
  });

  it('at a coarser hex size, takes out the cell that holds a hotspot even when it misses the cell centre', () => {
    const parent = latLngToCell(centreLat, centreLng, 9);
    const [pLat, pLng] = cellToLatLng(parent);
    // 40 m east of the resolution-9 centre, ~25 m across: inside the cell (≈ 175 m edge), not over its centre.
    const small = square(pLng + 0.0005, pLat - 0.0001, pLng + 0.0009, pLat + 0.0001);
    expect(outsideSet(cells(parent), [small])).toEqual([]);
    // A neighbour of the parent holds neither the hotspot's centre nor has its centre in it.
    const neighbour = gridRingUnsafe(parent, 1)[0];
    expect(outsideSet(cells(neighbour), [small])).toEqual(cells(neighbour));
  });
});

describe('the hotspot tiers', () => {
  const hotspot = polygonOf([haymarket]);
  it('Tier 2 keeps hot bins only (cold spots are not a watch list), outside the set', () => {
    const gi = [
      { h3: haymarket, bin: 3 },
      { h3: ring3[0], bin: 1 },
      { h3: ring3[1], bin: -2 },
      { h3: ring3[2], bin: 2 },
    ];
    expect(watchListCells(gi, [hotspot]).map((c) => c.h3)).toEqual([ring3[0], ring3[2]]);
  });

  it('Tier 3 keeps New, Consecutive and Intensifying hot spots, outside the set', () => {
    const emerging = [
      'New Hot Spot',
      'Consecutive Hot Spot',
      'Intensifying Hot Spot',
      'Persistent Hot Spot',
      'Sporadic Hot Spot',
      'New Cold Spot',
    ].map((category, i) => ({ h3: ring3[i], category }));
    expect(emergingTierCells([{ h3: haymarket, category: 'New Hot Spot' }, ...emerging], [hotspot])).toEqual(
      emerging.slice(0, 3),
    );
  });
});
