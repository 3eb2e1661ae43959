// Distance bands for Gi*, chosen as ArcGIS Pro's Optimized Hot Spot Analysis does (Incremental Spatial Autocorrelation:
// global Moran's I z at increasing distances, first peak). Published reference values:
// - esda/tests/test_moran.py (pysal/esda), TestMoran.test_variance: y = 1..9 on lat2W(3, 3) (rook), transformation "B":
//   VI_rand = 0.059687500000000004 and VI_norm = 0.053125000000000006 (assert_allclose, rtol 1e-5, atol 1e-7).
//   A 3×3 lattice 100 m apart with a 100 m band is exactly rook contiguity.
// - The repo's `moransI` (checked against esda in morans-i.test.ts) for I and Var_N at any band, both weightings.
// The peak rule is Esri's (SSUtilities.returnPeakIndices, level filter 1.65), tested on hand-made z sequences.
import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import {
  cellCentres,
  distanceBandMoran,
  firstPeakIndex,
  incrementalSpatialAutocorrelation,
  kthNearestDistances,
  moransI,
  neighboursWithinMetres,
  projectLngLat,
  seededRandom,
} from '../../../src/analysis';

const METRES_PER_DEGREE_LAT = (6_371_008.8 * Math.PI) / 180;
const METRES_PER_DEGREE_LNG = METRES_PER_DEGREE_LAT * Math.cos((52.63 * Math.PI) / 180);

/** A size×size grid of points `stepMetres` apart near Leicester, as [lng, lat], with their planar x/y. */
function grid(size: number, stepMetres: number): { lngLat: [number, number][]; xy: [number, number][] } {
  const xy: [number, number][] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) xy.push([c * stepMetres, r * stepMetres]);
  const lngLat = xy.map(([x, y]): [number, number] => [
    -1.13 + x / METRES_PER_DEGREE_LNG,
    52.63 + y / METRES_PER_DEGREE_LAT,
  ]);
  return { lngLat, xy };
}

function gaussian(random: ReturnType<typeof seededRandom>): number {
  const u = random.next() || 1e-12;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** Discs of radius R (value 3) on a lattice 4R apart, plus unit noise: clustering at scale R. */
function blobField(radiusMetres: number, seed: number) {
  const random = seededRandom(seed);
  const { lngLat, xy } = grid(60, 50);
  const spacing = 4 * radiusMetres;
  const values = xy.map(([x, y]) => {
    const inside =
      Math.hypot(x - Math.round(x / spacing) * spacing, y - Math.round(y / spacing) * spacing) <= radiusMetres;
    return (inside ? 3 : 0) + gaussian(random);
  });
  return { lngLat, values };
}

describe('neighboursWithinMetres', () => {
  it('matches a brute-force search on the same plane, with and without self', () => {
    const random = seededRandom(11);
    const lngLat = Array.from({ length: 400 }, (): [number, number] => [
      -1.2 + random.next() * 0.1,
      52.6 + random.next() * 0.06,
    ]);
    const { x, y } = projectLngLat(lngLat);
    for (const includeSelf of [true, false]) {
      const fast = neighboursWithinMetres(lngLat, 400, includeSelf);
      lngLat.forEach((_, i) => {
        const slow = lngLat
          .map((__, j) => j)
          .filter((j) => (includeSelf || j !== i) && Math.hypot(x[j] - x[i], y[j] - y[i]) <= 400);
        expect(Array.from(fast[i])).toEqual(slow);
      });
    }
  });

  it('rejects a negative or non-finite band', () => {
    expect(() => neighboursWithinMetres([[0, 0]], -1, true)).toThrow(RangeError);
    expect(() => neighboursWithinMetres([[0, 0]], Number.NaN, true)).toThrow(RangeError);
  });

  it('puts the six ring-1 H3 neighbours (res 10, ~130 m apart) within 150 m and no others', () => {
    const cells = gridDisk(latLngToCell(52.63, -1.13, 10), 3);
    const lists = neighboursWithinMetres(cellCentres(cells), 150, false);
    expect(lists[0].length).toBe(6); // gridDisk lists the origin first
    expect(new Set(Array.from(lists[0], (j) => cells[j]))).toEqual(new Set(gridDisk(cells[0], 1).slice(1)));
  });
});

describe('distanceBandMoran', () => {
  it('matches esda test_variance on a 3×3 rook lattice, binary weights: VI_rand 0.0596875, VI_norm 0.053125', () => {
    const xy = grid(3, 100).xy;
    const points = { x: Float64Array.from(xy, (p) => p[0]), y: Float64Array.from(xy, (p) => p[1]) };
    const [band] = distanceBandMoran([1, 2, 3, 4, 5, 6, 7, 8, 9], points, [100], false);
    expect(band.varianceRandom).toBeCloseTo(0.059687500000000004, 12);
    expect(band.varianceNormal).toBeCloseTo(0.053125000000000006, 12);
    expect(band.i).toBeCloseTo(0.5, 12);
  });

  it('matches the repo’s moransI (I and Var_N) at every band, row-standardised and binary', () => {
    const random = seededRandom(5);
    const lngLat = Array.from({ length: 300 }, (): [number, number] => [
      -1.2 + random.next() * 0.05,
      52.6 + random.next() * 0.03,
    ]);
    const values = lngLat.map(([lng]) => Math.sin(lng * 900) + gaussian(random));
    const points = projectLngLat(lngLat);
    for (const rowStandardise of [true, false]) {
      const bands = distanceBandMoran(values, points, [300, 450, 600], rowStandardise);
      for (const band of bands) {
        const lists = neighboursWithinMetres(lngLat, band.metres * (1 + 1e-9), false).map((l) => Array.from(l));
        const reference = moransI(values, lists, { rowStandardise });
        expect(band.i).toBeCloseTo(reference.i, 10);
        expect(band.varianceNormal).toBeCloseTo(reference.variance, 10);
        expect(band.zNormal).toBeCloseTo(reference.z, 8);
      }
    }
  });
});

describe('incrementalSpatialAutocorrelation', () => {
  it.each([100, 150, 200, 300])('finds the first peak at the cluster radius for blobs of radius %i m', (radius) => {
    const { lngLat, values } = blobField(radius, radius);
    const distancesMetres = Array.from({ length: 20 }, (_, k) => 50 * (k + 1));
    const result = incrementalSpatialAutocorrelation(values, lngLat, { distancesMetres });
    expect(result.peakMetres).not.toBeNull();
    expect(Math.abs(result.peakMetres! - radius)).toBeLessThanOrEqual(50);
    expect(result.chosenMetres).toBe(result.peakMetres);
    expect(result.reason).toMatch(/^First peak of Moran's I z-score \(z = [\d.]+\) at [\d,]+ m, of 20 distances/);
  });

  it('starts at the largest nearest-neighbour distance, steps by the mean one, in 10 bands', () => {
    const random = seededRandom(2);
    const { lngLat } = grid(30, 100);
    const jittered = lngLat.map(([lng, lat]): [number, number] => [
      lng + (random.next() - 0.5) * 4e-4,
      lat + (random.next() - 0.5) * 2e-4,
    ]);
    const values = jittered.map(() => gaussian(random));
    const nearest = Array.from(kthNearestDistances(projectLngLat(jittered), 1));
    const start = Math.max(...nearest);
    const mean = nearest.reduce((a, d) => a + d, 0) / nearest.length;
    const result = incrementalSpatialAutocorrelation(values, jittered);
    expect(result.bands).toHaveLength(10);
    result.bands.forEach((band, k) => expect(band.metres).toBeCloseTo(start + k * mean, 6));
    // every point has a neighbour at the start distance, and one point does not just below it
    expect(neighboursWithinMetres(jittered, start * (1 + 1e-9), false).every((l) => l.length > 0)).toBe(true);
    expect(neighboursWithinMetres(jittered, start * 0.999, false).some((l) => l.length === 0)).toBe(true);
  });

  it('sets a far-away locational outlier aside when choosing the start distance', () => {
    const { lngLat } = grid(20, 100);
    const withOutlier: [number, number][] = [...lngLat, [-1.13 + 0.2, 52.63 + 0.1]];
    const values = withOutlier.map((_, k) => (k * 37) % 11);
    const result = incrementalSpatialAutocorrelation(values, withOutlier);
    expect(result.bands[0].metres).toBeCloseTo(100, 0);
  });

  it('honours bands, startMetres, incrementMetres and explicit distances', () => {
    const { lngLat, values } = blobField(150, 1);
    const five = incrementalSpatialAutocorrelation(values, lngLat, { bands: 5, startMetres: 60, incrementMetres: 40 });
    expect(five.bands.map((b) => b.metres)).toEqual([60, 100, 140, 180, 220]);
    const given = incrementalSpatialAutocorrelation(values, lngLat, { distancesMetres: [500, 120, 300] });
    expect(given.bands.map((b) => b.metres)).toEqual([120, 300, 500]);
  });

  it('finds no peak in a field without structure, and falls back to OHSA’s K-nearest-neighbour distance', () => {
    const random = seededRandom(4);
    const { lngLat } = grid(60, 50);
    const values = lngLat.map(() => gaussian(random));
    const result = incrementalSpatialAutocorrelation(values, lngLat);
    expect(result.peakMetres).toBeNull();
    for (const band of result.bands) expect(Math.abs(band.z)).toBeLessThan(3);
    // K = 5% of 3,600 points, capped at 30; on a 50 m grid the 30th nearest point is ~160 m away
    const kth = kthNearestDistances(projectLngLat(lngLat), 30);
    const expected = kth.reduce((a, d) => a + d, 0) / kth.length;
    expect(result.chosenMetres).toBeCloseTo(expected, 6);
    expect(result.reason).toBe(
      `No peak of Moran's I z-score above 1.65 in 10 distances from 50 m to 500 m: using the average distance to the ` +
        `30 nearest neighbours, ${Math.round(expected)} m.`,
    );
  });

  it('says so when the values do not vary', () => {
    const { lngLat } = grid(10, 100);
    const result = incrementalSpatialAutocorrelation(new Array(100).fill(2), lngLat);
    expect(result.peakMetres).toBeNull();
    expect(result.reason).toMatch(/^The values do not vary, so there is no peak of Moran's I z-score/);
    expect(result.reason).toMatch(/using the average distance to the 5 nearest neighbours/); // 5% of 100
  });

  it('rejects values and centres that do not match', () => {
    expect(() => incrementalSpatialAutocorrelation([1, 2], [[0, 0]])).toThrow(RangeError);
  });
});

describe('firstPeakIndex (Esri returnPeakIndices, z > 1.65)', () => {
  it.each([
    [[1, 3, 2], 1],
    [[3, 2, 1], null], // never rose: the first band cannot be a peak
    [[1, 1.5, 1], null], // below 1.65
    [[1, 2, 3, 3, 2], 3], // a plateau peaks at its last band
    [[0, 2, 1, 5, 4], 1], // the first of two peaks
    [[1, 2, 3], null], // the last band cannot be a peak
    [[5, 4, 6, 3], 2], // a fall first, then a rise and a fall
  ])('%j → %j', (z, expected) => {
    expect(firstPeakIndex(z)).toBe(expected);
  });
});

describe('cellCentres', () => {
  it('returns [lng, lat] (GeoJSON order), not h3-js’s [lat, lng]', () => {
    const [[lng, lat]] = cellCentres([latLngToCell(52.63, -1.13, 10)]);
    expect(lng).toBeCloseTo(-1.13, 2);
    expect(lat).toBeCloseTo(52.63, 2);
  });
});
