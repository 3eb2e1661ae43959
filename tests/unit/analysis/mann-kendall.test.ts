import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../src/analysis';

describe('Mann–Kendall original test', () => {
  it('matches the reference implementation on a perfect trend 1..100', () => {
    // MannKendall.jl test/runtests.jl (by pyMannKendall's author, M. M. Hussain): mk_original_test(1:100) gives
    // s = 4950, var_s = 112750, z = 14.73869998208331, τ = 1, p = 0, trend "increasing".
    const r = mannKendall(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(r.s).toBe(4950);
    expect(r.varS).toBe(112750);
    expect(r.z).toBeCloseTo(14.73869998208331, 12);
    expect(r.tau).toBe(1);
    expect(r.p).toBeLessThan(1e-40);
    expect(r.trend).toBe('increasing');
  });

  it('reproduces Gilbert (1987) chapter 16, p. 212: Z ≈ 3.1 for 22 values with ties', () => {
    // Gilbert, R. O. (1987) Statistical Methods for Environmental Pollution Monitoring, example on p. 212.
    const r = mannKendall([20, 20, 20, 20, 15, 20, 20, 30, 27, 26, 23, 35, 25, 28, 70, 26, 24, 34, 32, 23, 50, 30]);
    expect(Math.abs(r.z - 3.1)).toBeLessThan(0.05);
    expect(r.trend).toBe('increasing');
  });

  it('corrects the variance for ties, as the formula requires', () => {
    // [1,1,2,2,3]: S = 8; n(n−1)(2n+5) = 300; two tie groups of 2 each remove 2·1·9 = 18 → Var(S) = 264/18.
    const r = mannKendall([1, 1, 2, 2, 3]);
    expect(r.s).toBe(8);
    expect(r.varS).toBeCloseTo(264 / 18, 12);
    expect(r.z).toBeCloseTo(7 / Math.sqrt(264 / 18), 12);
  });

  it('finds no trend in a flat series and a decreasing trend in a falling one', () => {
    expect(mannKendall([5, 5, 5, 5, 5]).trend).toBe('no trend');
    expect(mannKendall([9, 8, 7, 6, 5, 4, 3, 2]).trend).toBe('decreasing');
  });
});
