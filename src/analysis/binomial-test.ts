import { betaQuantile, logBeta, regularizedBeta, regularizedBetaUpper } from './beta';

export interface BinomialTestResult {
  /** Lower and upper confidence limits for the success probability (Clopper–Pearson). */
  piLow: number;
  piHigh: number;
  /** The same limits as 1 − π, computed directly so that odds π/(1 − π) near π = 1 keep their precision. */
  oneMinusPiLow: number;
  oneMinusPiHigh: number;
  /** Two-sided p-value for H0: π = p0. */
  p: number;
}

/** R's fuzz for "as likely as the observed outcome" (stats/R/binom.test.R: `relErr <- 1 + 1e-7`). */
export const RELATIVE_TOLERANCE = 1 + 1e-7;

/** P(X = k) for X ~ Binomial(n, π), 0 < π < 1: C(n, k) = 1 / ((n + 1) B(n − k + 1, k + 1)), all in logs. */
function binomialPmf(k: number, n: number, pi: number): number {
  if (k < 0 || k > n) return 0;
  const logChoose = -Math.log(n + 1) - logBeta(n - k + 1, k + 1);
  return Math.exp(logChoose + k * Math.log(pi) + (n - k) * Math.log1p(-pi));
}

/** P(X ≤ k) = I_{1−π}(n − k, k + 1) (Abramowitz & Stegun 26.5.24). */
function binomialCdf(k: number, n: number, pi: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return regularizedBetaUpper(pi, k + 1, n - k);
}

/** P(X > k) = I_π(k + 1, n − k). */
function binomialUpper(k: number, n: number, pi: number): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  return regularizedBeta(pi, k + 1, n - k);
}

/**
 * How many i in [from, to] satisfy `isSmall`, where they form the far end of the range (`towardsEnd`, right of the
 * mean, pmf falling) or its start (left of the mean, pmf rising). The pmf is monotone on each side of the mean, so a
 * binary search finds the count R gets by testing every i.
 */
function countTail(from: number, to: number, isSmall: (i: number) => boolean, towardsEnd: boolean): number {
  let lo = from;
  let hi = to + 1;
  // Find the first i where the predicate switches: to small (towardsEnd) or to not small (from the start).
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isSmall(mid) === towardsEnd) hi = mid;
    else lo = mid + 1;
  }
  return towardsEnd ? to - lo + 1 : lo - from;
}

/**
 * The exact binomial test as R's `binom.test(x, n, p0)` computes it (stats package, two-sided, default "minlike"
 * method): the p-value sums P(X = i) over every i no more likely than the observed x (within a relative tolerance of
 * 1e-7), and the interval is Clopper & Pearson (1934): π_L = qbeta(α/2, x, n − x + 1) (0 when x = 0),
 * π_U = qbeta(1 − α/2, x + 1, n − x) (1 when x = n).
 */
export function binomialTest(x: number, n: number, p0: number, confidence = 0.95): BinomialTestResult {
  const alpha = (1 - confidence) / 2;
  const piLow = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const oneMinusPiLow = x === 0 ? 1 : betaQuantile(1 - alpha, n - x + 1, x);
  const piHigh = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  const oneMinusPiHigh = x === n ? 0 : betaQuantile(alpha, n - x, x + 1);
  return { piLow, piHigh, oneMinusPiLow, oneMinusPiHigh, p: twoSidedP(x, n, p0) };
}

function twoSidedP(x: number, n: number, p0: number): number {
  if (p0 === 0) return x === 0 ? 1 : 0;
  if (p0 === 1) return x === n ? 1 : 0;
  const m = n * p0;
  if (x === m) return 1;
  const limit = binomialPmf(x, n, p0) * RELATIVE_TOLERANCE;
  const isSmall = (i: number) => binomialPmf(i, n, p0) <= limit;
  let p: number;
  if (x < m) {
    const y = countTail(Math.ceil(m), n, isSmall, true);
    p = binomialCdf(x, n, p0) + binomialUpper(n - y, n, p0);
  } else {
    const y = countTail(0, Math.floor(m), isSmall, false);
    p = binomialCdf(y - 1, n, p0) + binomialUpper(x - 1, n, p0);
  }
  return Math.min(1, p);
}
