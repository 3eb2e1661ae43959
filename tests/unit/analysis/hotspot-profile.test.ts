// The pure profile assembly (issue 16): zero-filled months, the hour × weekday grid, the previous period of the same
// length, and when figures are left out.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { hotspotProfile, previousPeriod, type ProfileCount } from '../../../src/analysis/hotspot-profile';
import { poissonRateRatio } from '../../../src/analysis/rate-ratio';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.14, 52.63],
      [-1.13, 52.63],
      [-1.13, 52.64],
      [-1.14, 52.64],
      [-1.14, 52.63],
    ],
  ],
};

const count = (monthIso: string, crimes: number, more: Partial<ProfileCount> = {}): ProfileCount => ({
  crimeType: 'Robbery',
  monthIso,
  weekday: null,
  hour: null,
  crimes,
  harm: crimes * 2,
  ...more,
});

const base = {
  id: 'H01',
  polygon: square,
  fromMonth: '2024-04',
  toMonth: '2024-06',
  forceCrimes: 1000,
  forceAreaKm2: 2500,
  anyTimed: false,
  firstMonthLoaded: '2024-01',
};

describe('previousPeriod', () => {
  it.each([
    ['2024-04', '2024-06', '2024-01', '2024-03'],
    ['2024-01', '2024-01', '2023-12', '2023-12'],
    ['2024-01', '2024-12', '2023-01', '2023-12'],
  ])('%s to %s follows %s to %s', (from, to, prevFrom, prevTo) => {
    expect(previousPeriod(from, to)).toEqual({ fromMonth: prevFrom, toMonth: prevTo });
  });
});

describe('hotspotProfile', () => {
  const counts = [
    count('2024-02', 3),
    count('2024-04', 2),
    count('2024-06', 5, { crimeType: 'Drugs', weekday: 0, hour: 22 }),
    count('2023-12', 9), // before both periods: ignored
  ];

  it('zero-fills the months, sums types and harm, compares with the previous period', () => {
    const p = hotspotProfile({ ...base, counts, anyTimed: true });
    expect(p.crimes).toBe(7);
    expect(p.harm).toBe(14);
    expect(p.byType).toEqual({ Drugs: 5, Robbery: 2 });
    expect(p.byMonth).toEqual({ '2024-04': 2, '2024-05': 0, '2024-06': 5 });
    expect(p.byHourWeekday?.[0][22]).toBe(5);
    expect(p.byHourWeekday?.flat().reduce((a, b) => a + b, 0)).toBe(5); // untimed crimes are not in the grid
    const r = poissonRateRatio(7, 3);
    expect(p.previousPeriod).toEqual({ crimes: 3, rateRatio: r.rateRatio, ciLow: r.ciLow, ciHigh: r.ciHigh });
    expect(p.trend.s).toBe(1);
  });

  it('gives no grid without times, and no comparison when the previous period was not loaded', () => {
    const p = hotspotProfile({ ...base, counts, firstMonthLoaded: '2024-02' });
    expect(p.byHourWeekday).toBeNull();
    expect(p.previousPeriod.crimes).toBeNull();
    expect(p.previousPeriod.rateRatio).toBeNaN();
  });

  it('gives PAI against the force area with the geodesic area of the polygon', () => {
    const p = hotspotProfile({ ...base, counts });
    // 0.01° × 0.01° at 52.6° N: ≈ 1.112 km × 0.676 km ≈ 0.75 km²
    expect(p.pai).toBeGreaterThan(7 / 1000 / (0.755 / 2500));
    expect(p.pai).toBeLessThan(7 / 1000 / (0.745 / 2500));
  });
});
