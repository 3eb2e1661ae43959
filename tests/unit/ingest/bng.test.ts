// British National Grid. The projection is checked against Ordnance Survey's published worked example ("A Guide to
// Coordinate Systems in Great Britain", Annex C: Caister water tower, OSGB36 52°39′27.2531″N 1°43′4.5177″E ↔
// E 651409.903 m, N 313177.270 m); the datum shift against proj's EPSG:27700 definition via a round trip and
// Leicester's Clock Tower.
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { BNG_PROJ4, bngColumnsToLatLng, bngToLatLng, looksLikeBng } from '../../../src/data/ingest/bng';

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe('British National Grid', () => {
  it('projects the OS worked example to the millimetre (projection only, OSGB36 datum)', () => {
    const projectionOnly = BNG_PROJ4.replace(/\+towgs84=\S+ /, '');
    const [e, n] = proj4('+proj=longlat +ellps=airy +no_defs', projectionOnly, [
      dms(1, 43, 4.5177),
      dms(52, 39, 27.2531),
    ]);
    expect(e).toBeCloseTo(651409.903, 2);
    expect(n).toBeCloseTo(313177.27, 2);
  });

  it('puts an approximate Leicester Clock Tower grid reference in Leicester city centre', () => {
    // E 458680, N 304590 is our own approximate reading for the Clock Tower, and the shared LLR places list gives it as
    // 52.6365, -1.1327 to ±0.01°: so this checks the datum shift is right to a few hundred metres, no better.
    const { lat, lng } = bngToLatLng(458_680, 304_590);
    const metres = Math.hypot(
      (lat - 52.6365) * 111_320,
      (lng + 1.1327) * 111_320 * Math.cos((52.6365 * Math.PI) / 180),
    );
    expect(metres).toBeLessThan(300);
  });

  it('round-trips with proj, and skips values outside the grid', () => {
    const [e, n] = proj4('WGS84', BNG_PROJ4, [-1.1327, 52.6365]);
    const back = bngToLatLng(e, n);
    expect(back.lat).toBeCloseTo(52.6365, 7);
    expect(back.lng).toBeCloseTo(-1.1327, 7);
    const { lats } = bngColumnsToLatLng(Float64Array.from([e, -5]), Float64Array.from([n, 10]));
    expect(lats[0]).toBeCloseTo(52.6365, 7);
    expect(lats[1]).toBeNaN();
    expect(looksLikeBng(52.6, -1.1)).toBe(false);
  });
});
