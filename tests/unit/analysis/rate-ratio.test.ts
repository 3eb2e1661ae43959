import { describe, expect, it } from 'vitest';
import { logGamma, poissonRateRatio } from '../../../src/analysis';

/** |actual − printed| within half a unit in the printed value's last decimal place (R prints 7 significant digits). */
function expectPrinted(actual: number, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expect(Math.abs(actual - Number(printed))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-15);
}

describe('Poisson rate ratio against R (poisson.test / binom.test, stats package)', () => {
  // Each row: counts, exposures, and R's printed rate ratio, 95% limits and p-value.
  it.each([
    {
      // R, tests/Examples/stats-Ex.Rout.save, example(poisson.test): eba1977, Fredericia against the other three
      // cities, ages 55–59: poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) → rate ratio 1.971488, 95 percent
      // confidence interval 0.8584264 4.2772659, p-value = 0.07967.
      source: 'example(poisson.test), eba1977',
      current: 11,
      previous: 21,
      t1: 800,
      t2: 3011,
      ratio: '1.971488',
      low: '0.8584264',
      high: '4.2772659',
      p: '0.07967',
    },
    {
      // R output quoted in a public R script (found by code search; its repository is not named there):
      // poisson.test(c(10, 2), c(20000, 17887)) → rate ratio 4.47175, 0.9529548 41.9743814, p-value = 0.0421.
      source: 'poisson.test(c(10, 2), c(20000, 17887))',
      current: 10,
      previous: 2,
      t1: 20000,
      t2: 17887,
      ratio: '4.47175',
      low: '0.9529548',
      high: '41.9743814',
      p: '0.0421',
    },
  ])('$source', ({ current, previous, t1, t2, ratio, low, high, p }) => {
    const r = poissonRateRatio(current, previous, { currentExposure: t1, previousExposure: t2 });
    expectPrinted(r.rateRatio, ratio);
    expectPrinted(r.ciLow, low);
    expectPrinted(r.ciHigh, high);
    expectPrinted(r.p, p);
    expect(r.method).toMatch(/^Exact 95% interval/);
  });

  it("is binom.test on x1 given n: exposures 3 : 1 make π0 = 3/4, R's binom.test(682, 925, p = 0.75) example", () => {
    // R, stats-Ex.Rout.save, example(binom.test) (Conover 1971, p. 97f): p-value = 0.3825, 95 percent confidence
    // interval 0.7076683 0.7654066. Those limits for π become π/(1 − π)·t2/t1 for the ratio.
    const r = poissonRateRatio(682, 243, { currentExposure: 3, previousExposure: 1 });
    expectPrinted(r.p, '0.3825');
    // π/(1 − π)/3 has slope 1/(3(1 − π)²), so the printed limits' ±5e-8 carries through scaled by that slope.
    for (const [got, printed] of [
      [r.ciLow, 0.7076683],
      [r.ciHigh, 0.7654066],
    ]) {
      expect(Math.abs(got - printed / (1 - printed) / 3)).toBeLessThanOrEqual(5e-8 / (3 * (1 - printed) ** 2));
    }
    expect(r.rateRatio).toBeCloseTo(682 / 3 / 243, 14);
  });

  it("tends to the one-sample exact limits as the previous period grows: R's SMR example, 4.753125 6.692709", () => {
    // R, stats-Ex.Rout.save: poisson.test(137, 24.19893) (Welsh nickel workers) → 95 percent confidence interval
    // 4.753125 6.692709, p-value < 2.2e-16. With x2 = t2 = N the conditional limits differ from those by O(x1/N)
    // ("the one-sample case is effectively the binomial test with a very large n", ?poisson.test).
    const N = 1e10;
    const r = poissonRateRatio(137, N, { currentExposure: 24.19893, previousExposure: N });
    expectPrinted(r.ciLow, '4.753125');
    expectPrinted(r.ciHigh, '6.692709');
    expectPrinted(r.rateRatio, '5.661407');
    expect(r.p).toBeLessThan(2.2e-16);
  });
});

describe('Poisson rate ratio: exact cases and edges', () => {
  it('counts an outcome exactly as likely as the observed one (R’s 1 + 1e-7 tolerance): p = 1 at a tied mode', () => {
    // x1 = 2 of n = 3 with π0 = 3/4: P(X = 2) = P(X = 3) = 27/64, so every outcome is as likely or less: p = 1.
    // Without the tolerance rounding drops X = 3 and p falls to 1 − 27/64 = 0.578.
    expect(poissonRateRatio(2, 1, { currentExposure: 3, previousExposure: 1 }).p).toBeCloseTo(1, 12);
    // Same with π0 = 1/6: P(X = 0) = P(X = 1) = (5/6)^5.
    expect(poissonRateRatio(0, 5, { currentExposure: 1, previousExposure: 5 }).p).toBeCloseTo(1, 12);
  });

  it("equals binom.test's definition summed term by term: Σ P(X = i) over P(X = i) ≤ P(X = x1)·(1 + 1e-7)", () => {
    // R's binom.test, "minlike" two-sided p-value, written out over all i = 0..n (ours searches each tail instead).
    const bruteForce = (x: number, n: number, pi: number) => {
      const pmf = (i: number) =>
        Math.exp(
          logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1) + i * Math.log(pi) + (n - i) * Math.log1p(-pi),
        );
      const limit = pmf(x) * (1 + 1e-7);
      let sum = 0;
      for (let i = 0; i <= n; i++) if (pmf(i) <= limit) sum += pmf(i);
      return Math.min(1, sum);
    };
    for (const [x1, x2, t1, t2] of [
      [0, 9, 1, 1],
      [4, 11, 1, 1],
      [12, 3, 30, 31],
      [25, 40, 28, 31],
      [60, 35, 1, 2],
      [150, 170, 365, 366],
    ]) {
      const p = poissonRateRatio(x1, x2, { currentExposure: t1, previousExposure: t2 }).p;
      expect(p).toBeCloseTo(bruteForce(x1, x1 + x2, t1 / (t1 + t2)), 12);
    }
  });

  it.each([
    // Equal periods, π0 = ½: binom.test(3, 10) p = 2·P(X ≤ 3) = 2·176/1024; binom.test(5, 5) p = 2/32.
    [3, 7, 352 / 1024],
    [7, 3, 352 / 1024],
    [5, 0, 2 / 32],
    [0, 5, 2 / 32],
    [20, 20, 1],
  ])('current %i, previous %i: p = %f', (current, previous, p) => {
    expect(poissonRateRatio(current, previous).p).toBeCloseTo(p, 13);
  });

  it('no previous events: ratio ∞, upper limit ∞, lower limit qbeta(α/2, x1, 1) as odds', () => {
    const r = poissonRateRatio(5, 0, { currentExposure: 2, previousExposure: 3 });
    const c = 0.025 ** (1 / 5); // Clopper–Pearson lower limit for π at x = n = 5
    expect(r.rateRatio).toBe(Number.POSITIVE_INFINITY);
    expect(r.ciHigh).toBe(Number.POSITIVE_INFINITY);
    expect(r.ciLow).toBeCloseTo((c / (1 - c)) * (3 / 2), 12);
    expect(r.method).toMatch(/^No events in the previous period/);
  });

  it('no current events: ratio 0, lower limit 0, upper limit 1 − (α/2)^(1/x2) as odds', () => {
    const r = poissonRateRatio(0, 5);
    const c = 1 - 0.025 ** (1 / 5);
    expect(r.rateRatio).toBe(0);
    expect(r.ciLow).toBe(0);
    expect(r.ciHigh).toBeCloseTo(c / (1 - c), 12);
    expect(r.method).toMatch(/^No events in the current period/);
  });

  it('no events at all: ratio NaN, interval [0, ∞], p = 1', () => {
    const r = poissonRateRatio(0, 0);
    expect(r.rateRatio).toBeNaN();
    expect([r.ciLow, r.ciHigh, r.p]).toEqual([0, Number.POSITIVE_INFINITY, 1]);
    expect(r.method).toMatch(/^No events in either period/);
  });

  it('swapping the periods inverts the ratio and its interval and keeps p', () => {
    const a = poissonRateRatio(37, 21, { currentExposure: 28, previousExposure: 31 });
    const b = poissonRateRatio(21, 37, { currentExposure: 31, previousExposure: 28 });
    expect(a.rateRatio * b.rateRatio).toBeCloseTo(1, 14);
    expect(a.ciLow * b.ciHigh).toBeCloseTo(1, 12);
    expect(a.ciHigh * b.ciLow).toBeCloseTo(1, 12);
    expect(a.p).toBeCloseTo(b.p, 14);
  });

  it('a lower confidence level gives a narrower interval inside the wider one', () => {
    const wide = poissonRateRatio(40, 25, { confidence: 0.99 });
    const narrow = poissonRateRatio(40, 25, { confidence: 0.8 });
    expect(wide.ciLow).toBeLessThan(narrow.ciLow);
    expect(narrow.ciHigh).toBeLessThan(wide.ciHigh);
    expect(narrow.method).toMatch(/^Exact 80% interval/);
  });

  it('refuses what is not a count, as R does, and says why', () => {
    expect(poissonRateRatio(10 + 1e-9, 4).rateRatio).toBeCloseTo(2.5, 12); // within R's 1e-7 of a whole number
    for (const r of [poissonRateRatio(10.5, 4), poissonRateRatio(-1, 4), poissonRateRatio(Number.NaN, 4)]) {
      expect(r.rateRatio).toBeNaN();
      expect(r.method).toMatch(/^Not computed: .*whole-number counts/);
    }
    expect(poissonRateRatio(3, 4, { previousExposure: 0 }).method).toMatch(/^Not computed: both periods/);
    expect(poissonRateRatio(3, 4, { confidence: 1 }).method).toMatch(/^Not computed: the confidence level/);
  });
});
