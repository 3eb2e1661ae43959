import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { hotspotArea } from '../../../src/analysis/hotspot-area';

// An east–west street segment in Leicester city centre (Gallowtree Gate, roughly).
const west: [number, number] = [-1.1312, 52.6366];
const east: [number, number] = [-1.1282, 52.6366];
const street = { type: 'LineString' as const, coordinates: [west, east] };
const middle: [number, number] = [(west[0] + east[0]) / 2, west[1]];
const METRES_PER_DEGREE = 111_195; // on a sphere of radius 6,371 km, as Turf measures
/** A point `metres` north (0), east (90), south (180) or west (270) of `from`. */
function at(from: [number, number], metres: number, bearing: 0 | 90 | 180 | 270): [number, number] {
  const degrees = metres / METRES_PER_DEGREE;
  const lngDegrees = degrees / Math.cos((from[1] * Math.PI) / 180);
  if (bearing === 0 || bearing === 180) return [from[0], from[1] + (bearing === 0 ? degrees : -degrees)];
  return [from[0] + (bearing === 90 ? lngDegrees : -lngDegrees), from[1]];
}

describe('hotspotArea', () => {
  it('keeps an area as drawn', () => {
    const square = { type: 'Polygon' as const, coordinates: [[west, east, [east[0], 52.64], west]] };
    expect(hotspotArea(square)).toBe(square);
  });

  it.each([
    [45, true],
    [49, true],
    [52, false],
    [80, false],
  ])('a point %i m from the middle of a street segment is inside its 50 m buffer: %s', (metres, inside) => {
    for (const bearing of [0, 180] as const)
      expect(booleanPointInPolygon(at(middle, metres, bearing), hotspotArea(street))).toBe(inside);
  });

  it('rounds the ends: 45 m beyond an end is inside, 55 m is not', () => {
    expect(booleanPointInPolygon(at(east, 45, 90), hotspotArea(street))).toBe(true);
    expect(booleanPointInPolygon(at(east, 55, 90), hotspotArea(street))).toBe(false);
  });

  it('takes another buffer width', () => {
    expect(booleanPointInPolygon(at(middle, 80, 0), hotspotArea(street, 100))).toBe(true);
  });

  it('refuses a buffer of 0 m', () => {
    expect(() => hotspotArea(street, 0)).toThrow(/more than 0 m/);
  });
});
