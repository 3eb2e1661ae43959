/**
 * The regularised incomplete beta function I_x(a, b) and its inverse (the beta quantile), the building blocks of exact
 * binomial and Poisson confidence limits (Clopper & Pearson 1934). Pure functions, no dependencies.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos (1964) approximation, g = 7, n = 9 (Godfrey's coefficients, as in Numerical Recipes 3rd ed. §6.1 and
// Boost); relative error ~1e-15 for x ≥ 0.5, reflection below.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * δ(x) = ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] for x ≥ 10, by the Stirling series (Abramowitz & Stegun 6.1.41);
 * the first omitted term is below 2e-14 at x = 10. Keeping it apart avoids cancelling huge ln Γ values in lnBeta.
 */
function stirlingCorrection(x: number): number {
  const x2 = 1 / (x * x);
  return (1 / x) * (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 * (1 / 1680 - x2 * (1 / 1188)))));
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), arranged as R's `lbeta` (nmath/lbeta.c) so that large arguments
 * (counts in the thousands or millions) keep full relative precision instead of cancelling ln Γ terms.
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return Number.NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!Number.isFinite(q)) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

const EPS = 1e-16;
const TINY = 1e-300;

/**
 * Continued fraction for I_x(a, b) (Numerical Recipes 3rd ed. §6.4, `betacf`), evaluated by the modified Lentz method
 * (Lentz 1976; Thompson & Barnett 1986). Converges in O(√max(a, b)) terms for x < (a + 1)/(a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const maxTerms = 10000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxTerms; m++) {
    const m2 = 2 * m;
    // Even step: d_{2m} = m(b − m)x / ((a + 2m − 1)(a + 2m)).
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step: d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) return h;
  }
  return Number.NaN; // did not converge: say so rather than return a wrong digit
}

/** e − ln(1 + e) without cancellation for small e (TOMS 708's `rlog1`, Didonato & Morris 1992). */
function rlog1(e: number): number {
  if (Math.abs(e) > 0.25) return e - Math.log1p(e);
  // e − ln(1 + e) = Σ_{k≥2} (−e)^k / k
  let power = e * e;
  let sum = 0;
  for (let k = 2; k < 60; k++) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    power *= -e;
  }
  return sum;
}

/**
 * x^a (1 − x)^b / B(a, b), the factor in front of the continued fraction. For a, b ≥ 10 it is written about the mean
 * x0 = a/(a + b) as TOMS 708's `brcomp` does (Didonato & Morris 1992): a ln(x/x0) + b ln(y/y0) = −a·rlog1(e1) −
 * b·rlog1(e2) because a·e1 + b·e2 = 0, so no terms of size a·ln x cancel and large counts keep their digits.
 */
function frontFactor(x: number, a: number, b: number): number {
  if (Math.min(a, b) < 10) return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  const x0 = a / (a + b);
  const y0 = b / (a + b);
  const d = x - x0;
  const corr = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b);
  const exponent = -(a * rlog1(d / x0) + b * rlog1(-d / y0)) + 0.5 * Math.log((a * b) / (a + b)) - LN_SQRT_2PI - corr;
  return Math.exp(exponent);
}

/**
 * I_x(a, b) = B(x; a, b) / B(a, b), the beta CDF (R's `pbeta(x, a, b)`). Uses the continued fraction directly when
 * x < (a + 1)/(a + b + 2) and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) otherwise (Numerical Recipes §6.4).
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x < (a + 1) / (a + b + 2)) return (frontFactor(x, a, b) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (frontFactor(x, a, b) * betaContinuedFraction(1 - x, b, a)) / b;
}

/** 1 − I_x(a, b), without the cancellation of subtracting a value near 1 (R's `pbeta(x, a, b, lower.tail = FALSE)`). */
export function regularizedBetaUpper(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  return regularizedBeta(1 - x, b, a);
}

/**
 * The beta quantile: the x in [0, 1] with I_x(a, b) = p (R's `qbeta(p, a, b)`). Newton's method on I_x with the
 * beta density as derivative, kept inside a bracket that every evaluation narrows; a step that would leave the bracket
 * is replaced by bisection, so it converges for any a, b > 0 (Numerical Recipes §9.4, `rtsafe`).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lnB = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 2000; i++) {
    const f = regularizedBeta(x, a, b) - p;
    if (Number.isNaN(f)) return Number.NaN;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 4e-16 * next || hi - lo <= 4e-16 * hi) return next;
    x = next;
  }
  return x;
}
