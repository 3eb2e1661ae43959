import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../../../src/map/scale-bar';

describe('scale bar', () => {
  it('metres per pixel: the equator at zoom 0 spreads the circumference over 512 pixels', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 6);
    // Leicester (52.6° N) at zoom 16: cos(52.6°) × 1.194 m ≈ 0.726 m.
    expect(metresPerPixel(52.6, 16)).toBeCloseTo(0.7257, 3);
  });
  it.each([
    [1, 150, 100, '100 m'],
    [0.7257, 150, 100, '100 m'],
    [10, 150, 1000, '1 km'],
    [14, 150, 2000, '2 km'],
    [40, 150, 5000, '5 km'],
  ])('%f m/px in %i px → %i m', (mpp, room, metres, label) => {
    const bar = scaleBar(mpp, room);
    expect(bar.metres).toBe(metres);
    expect(bar.label).toBe(label);
    expect(bar.pixels).toBeLessThanOrEqual(room);
    expect(bar.pixels).toBeGreaterThan(room / 5);
  });
});
