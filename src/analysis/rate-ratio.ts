import { binomialTest } from './binomial-test';

export interface RateRatioOptions {
  /** Length of the current period (any unit, e.g. days); default 1, i.e. periods of the same length. */
  currentExposure?: number;
  /** Length of the previous period, in the same unit; default 1. */
  previousExposure?: number;
  /** Confidence level of the interval; default 0.95. */
  confidence?: number;
}

export interface RateRatioResult {
  /** (current / currentExposure) / (previous / previousExposure). */
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  /** Two-sided p-value for H0: rate ratio = 1. */
  p: number;
  /** One plain-English sentence saying how the numbers were obtained (or why they could not be). */
  method: string;
}

/** R's poisson.test accepts counts within 1e-7 of a whole number and rounds them; so do we. */
function asCount(x: number): number | null {
  if (!Number.isFinite(x) || x < 0) return null;
  const rounded = Math.round(x);
  return Math.abs(x - rounded) <= 1e-7 ? rounded : null;
}

const notComputed = (method: string): RateRatioResult => ({
  rateRatio: Number.NaN,
  ciLow: Number.NaN,
  ciHigh: Number.NaN,
  p: Number.NaN,
  method,
});

/**
 * Ratio of two Poisson rates with an exact confidence interval and p-value: the conditional test of Przyborowski &
 * Wileński (1940), as R's `poisson.test(c(x1, x2), c(t1, t2))` computes it (stats package; it calls `binom.test`).
 * Given n = x1 + x2 events in all, x1 ~ Binomial(n, π) with π = r·t1 / (r·t1 + t2), r the rate ratio. Clopper–Pearson
 * limits (π_L, π_U) for π map to limits for r by r = π/(1 − π) · t2/t1; the p-value is binom.test's two-sided one for
 * π0 = t1/(t1 + t2), i.e. r = 1.
 */
export function poissonRateRatio(current: number, previous: number, options: RateRatioOptions = {}): RateRatioResult {
  const t1 = options.currentExposure ?? 1;
  const t2 = options.previousExposure ?? 1;
  const confidence = options.confidence ?? 0.95;
  const x1 = asCount(current);
  const x2 = asCount(previous);
  if (x1 === null || x2 === null) {
    const why = 'the exact Poisson test needs whole-number counts of 0 or more (a harm-weighted total is not a count)';
    return notComputed(`Not computed: ${why}.`);
  }
  if (!(t1 > 0 && t2 > 0 && Number.isFinite(t1) && Number.isFinite(t2))) {
    return notComputed('Not computed: both periods need a length greater than 0.');
  }
  if (!(confidence > 0 && confidence < 1)) {
    return notComputed('Not computed: the confidence level must be between 0 and 1.');
  }
  const level = `${+(confidence * 100).toPrecision(6)}%`;
  if (x1 === 0 && x2 === 0) {
    return {
      rateRatio: Number.NaN,
      ciLow: 0,
      ciHigh: Number.POSITIVE_INFINITY,
      p: 1,
      method:
        'No events in either period, so there is no rate to compare: the ratio is undefined and any value is possible.',
    };
  }

  const n = x1 + x2;
  const test = binomialTest(x1, n, t1 / (t1 + t2), confidence);
  const scale = t2 / t1;
  // r = π/(1 − π)·t2/t1, with 1 − π taken from its own quantile so a limit near π = 1 keeps its digits.
  const ciLow = x1 === 0 ? 0 : (test.piLow / test.oneMinusPiLow) * scale;
  const ciHigh = x2 === 0 ? Number.POSITIVE_INFINITY : (test.piHigh / test.oneMinusPiHigh) * scale;
  const rateRatio = x2 === 0 ? Number.POSITIVE_INFINITY : x1 / t1 / (x2 / t2);

  const how = "conditional binomial test, Clopper–Pearson limits, as R's poisson.test";
  let method: string;
  if (x2 === 0) {
    method =
      `No events in the previous period: the ratio is unbounded, so the ${level} interval has no upper limit; ` +
      `its lower limit and the p-value are still exact (${how}).`;
  } else if (x1 === 0) {
    method =
      `No events in the current period: the ratio is 0 and the ${level} interval starts at 0; ` +
      `its upper limit and the p-value are still exact (${how}).`;
  } else {
    method = `Exact ${level} interval and two-sided p-value for ${x1} of ${n} events in the current period (${how}).`;
  }
  return { rateRatio, ciLow, ciHigh, p: test.p, method };
}
