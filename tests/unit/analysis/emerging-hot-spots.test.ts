// ArcGIS Pro, "How Emerging Hot Spot Analysis works" (pro.arcgis.com, Space Time Pattern Mining toolbox): the 17
// categories, table-driven. Our reading of the rules the page leaves open is written in docs/statistics.md.
import { describe, expect, it } from 'vitest';
import { gridDisk, latLngToCell } from 'h3-js';
import { classifyEmergingHotSpot, emergingHotSpots, type Step, type Trend } from '../../../src/analysis';

const rep = (s: Step, n: number): Step[] => Array(n).fill(s);

const table: [string, Step[], Trend][] = [
  ['New Hot Spot', [...rep(0, 9), 1], 'no trend'],
  ['Consecutive Hot Spot', [...rep(0, 7), 1, 1, 1], 'increasing'],
  ['Intensifying Hot Spot', rep(1, 10), 'increasing'],
  ['Persistent Hot Spot', rep(1, 10), 'no trend'],
  ['Diminishing Hot Spot', rep(1, 10), 'decreasing'],
  ['Sporadic Hot Spot', [0, 1, 0, 0, 1, 0, 1, 0, 0, 1], 'no trend'],
  ['Oscillating Hot Spot', [-1, 0, 0, 1, 0, -1, 0, 0, 0, 1], 'no trend'],
  ['Historical Hot Spot', [...rep(1, 9), 0], 'decreasing'],
  ['New Cold Spot', [...rep(0, 9), -1], 'no trend'],
  ['Consecutive Cold Spot', [...rep(0, 8), -1, -1], 'no trend'],
  ['Intensifying Cold Spot', rep(-1, 10), 'decreasing'],
  ['Persistent Cold Spot', rep(-1, 10), 'no trend'],
  ['Diminishing Cold Spot', rep(-1, 10), 'increasing'],
  ['Sporadic Cold Spot', [-1, 0, -1, 0, 0, -1, 0, 0, 0, -1], 'no trend'],
  ['Oscillating Cold Spot', [1, 0, 0, -1, 1, 0, 0, 0, 0, -1], 'no trend'],
  ['Historical Cold Spot', [...rep(-1, 9), 0], 'no trend'],
  ['No Pattern Detected', rep(0, 10), 'no trend'],
];

describe('classifyEmergingHotSpot', () => {
  it.each(table)('%s', (category, steps, trend) => expect(classifyEmergingHotSpot(steps, trend)).toBe(category));

  it('covers all 17 ArcGIS categories', () => expect(new Set(table.map(([c]) => c)).size).toBe(17));

  it('treats a hot run that covers ≥90% of steps as persistent, not consecutive', () => {
    expect(classifyEmergingHotSpot([0, ...rep(1, 9)], 'no trend')).toBe('Persistent Hot Spot');
    expect(classifyEmergingHotSpot([...rep(0, 8), 1, 1], 'no trend')).toBe('Consecutive Hot Spot');
  });

  // ArcGIS Pro: Sporadic is "a statistically significant hot spot for the final time-step interval with a history of
  // also being an on-again and off-again hot spot"; not significant now and not Historical is No Pattern Detected.
  it('does not call a cell hot early and quiet now Sporadic (it must be hot in the final step)', () => {
    expect(classifyEmergingHotSpot([1, 1, 0, 1, 0, 0, 0, 0, 0, 0], 'no trend')).toBe('No Pattern Detected');
    expect(classifyEmergingHotSpot([0, -1, 0, 0, -1, 0, 0, 0, 0, 0], 'no trend')).toBe('No Pattern Detected');
    expect(classifyEmergingHotSpot([1, 1, 0, 1, 0, 0, 0, 0, 0, 1], 'no trend')).toBe('Sporadic Hot Spot');
    expect(classifyEmergingHotSpot([0, -1, 0, 0, -1, 0, 0, 0, 0, -1], 'no trend')).toBe('Sporadic Cold Spot');
  });

  it('does not call a not-significant-now cell with both hot and cold history a pattern', () => {
    expect(classifyEmergingHotSpot([1, 0, -1, 0, 0, 0, 0, 0, 0, 0], 'no trend')).toBe('No Pattern Detected');
  });
});

describe('emergingHotSpots', () => {
  const centre = latLngToCell(52.6365, -1.1327, 8);
  const cells = gridDisk(centre, 6);
  const months = 24;
  const cube = Array.from({ length: months }, (_, t) =>
    cells.map((h3, i) => ({ h3, value: (i % 4) + (h3 === centre ? (t < 12 ? 1 : 4 + 4 * (t - 12)) : 0) })),
  );

  it('finds a cell that becomes hot and keeps rising as a consecutive or intensifying hot spot with a rising trend', () => {
    const result = emergingHotSpots(cube);
    const planted = result.find((r) => r.h3 === centre)!;
    expect(planted.steps.slice(-10)).toEqual(rep(1, 10));
    expect(planted.zTrend).toBe('increasing');
    expect(['Consecutive Hot Spot', 'Intensifying Hot Spot']).toContain(planted.category);
    expect(result).toHaveLength(cells.length);
  });
});
