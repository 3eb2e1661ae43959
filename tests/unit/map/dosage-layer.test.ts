import { describe, expect, it } from 'vitest';
import { dosageColour, dosageLayers, dosageRadius } from '../../../src/map/dosage-layer';

describe('the dosage layer', () => {
  it('sizes circles by area: a quarter of the minutes is half the radius of the largest', () => {
    expect(dosageRadius(400, 400)).toBe(26);
    expect(dosageRadius(100, 400)).toBe(13);
    expect(dosageRadius(0, 400)).toBe(4);
    expect(dosageRadius(5, 0)).toBe(4);
  });

  it('shades from light to dark blue, and leaves an unpatrolled hotspot a hollow ring', () => {
    expect(dosageColour(400, 400)).toEqual([8, 48, 107, 215]);
    expect(dosageColour(0, 400)[3]).toBe(0);
    const [r, , b] = dosageColour(200, 400);
    expect(b).toBeGreaterThan(r);
  });

  it('draws nothing when off or empty', () => {
    const points = [{ hotspotId: 'H01', lngLat: [-1.13, 52.63] as [number, number], patrolMinutes: 10 }];
    expect(dosageLayers(points, false)).toEqual([]);
    expect(dosageLayers([], true)).toEqual([]);
    expect(dosageLayers(points, true)).toHaveLength(1);
  });
});
