// positionForBounds: Web Mercator fitting with MapLibre's 512 px tiles (zoom z shows 512·2^z px for 360°).
import { describe, expect, it } from 'vitest';
import { positionForBounds } from '../../../src/map/map-position';

const MERCATOR_LIMIT = 85.0511287798;

describe('positionForBounds', () => {
  it('fits the whole Mercator world in one 512 px tile at zoom 0', () => {
    const p = positionForBounds([-180, -MERCATOR_LIMIT, 180, MERCATOR_LIMIT], { width: 512, height: 512 }, 17, 0);
    expect(p.zoom).toBeCloseTo(0, 6);
    expect(p.lngLat[0]).toBeCloseTo(0, 6);
    expect(p.lngLat[1]).toBeCloseTo(0, 6);
  });

  it('takes the tighter of width and height, inside the padding', () => {
    // 0.01° of longitude at the equator in 512 px (592 less 2 × 40 padding): 512 / 512 / (0.01 / 360) = 2^15.14.
    const wide = positionForBounds([0, -0.0001, 0.01, 0.0001], { width: 592, height: 2000 }, 22, 40);
    expect(wide.zoom).toBeCloseTo(Math.log2(36_000), 4);
    const tall = positionForBounds([0, -0.005, 0.0001, 0.005], { width: 2000, height: 592 }, 22, 40);
    expect(tall.zoom).toBeCloseTo(Math.log2(36_000), 2);
  });

  it('centres in Mercator (not in degrees) and never goes closer than maxZoom', () => {
    const p = positionForBounds([-1.2, 52.0, -1.1, 53.0], { width: 800, height: 600 });
    const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    expect(y(p.lngLat[1])).toBeCloseTo((y(52) + y(53)) / 2, 9);
    expect(p.lngLat[1]).toBeGreaterThan(52.5);
    const point = positionForBounds([-1.13, 52.63, -1.13, 52.63], { width: 800, height: 600 }, 17);
    expect(point.zoom).toBe(17);
  });
});
