import { describe, expect, it } from 'vitest';
import type { CubeRow } from '../../../src/analysis/crime-cube';
import { measureFigures } from '../../../src/analysis/measure-figures';
import { poissonRateRatio } from '../../../src/analysis/rate-ratio';

const row = (crimeType: string, monthIso: string, crimes: number, harm: number): CubeRow => ({
  crimeType,
  monthIso,
  weekday: null,
  hour: null,
  crimes,
  harm,
});
const ROWS = [
  row('Robbery', '2024-01', 4, 40),
  row('Robbery', '2024-02', 6, 60),
  row('Drugs', '2024-02', 3, 3),
  row('Robbery', '2024-07', 2, 20),
  row('Drugs', '2024-08', 9, 9),
];
const periods = {
  before: { fromMonth: '2024-01', toMonth: '2024-02' },
  after: { fromMonth: '2024-07', toMonth: '2024-10' },
};

describe('measureFigures', () => {
  it('counts a measure’s types in each period, per month, with the exact rate ratio over the periods’ lengths', () => {
    const f = measureFigures(ROWS, { kind: 'crimes', crimeTypes: ['Robbery'], ...periods })!;
    expect([f.before, f.after, f.beforePerMonth, f.afterPerMonth]).toEqual([10, 2, 5, 0.5]);
    // 2 crimes in 4 months against 10 in 2: R's poisson.test(c(2, 10), c(4, 2)), whose rate ratio is 0.1.
    expect(f.rateRatio).toEqual(poissonRateRatio(2, 10, { currentExposure: 4, previousExposure: 2 }));
    expect(f.rateRatio!.rateRatio).toBeCloseTo(0.1, 12);
  });

  it('takes every type when none is chosen, and weighs harm without a Poisson interval', () => {
    expect(measureFigures(ROWS, { kind: 'crimes', crimeTypes: [], ...periods })).toMatchObject({
      before: 13,
      after: 11,
    });
    const harm = measureFigures(ROWS, { kind: 'harm', crimeTypes: [], ...periods })!;
    expect([harm.before, harm.after, harm.rateRatio]).toEqual([103, 29, null]);
  });

  it('refuses a period that ends before it starts', () => {
    const bad = { ...periods, after: { fromMonth: '2024-10', toMonth: '2024-07' } };
    expect(measureFigures(ROWS, { kind: 'crimes', crimeTypes: [], ...bad })).toBeNull();
  });
});
