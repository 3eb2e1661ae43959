/**
 * Standard normal tail probabilities via erfc, using W. J. Cody's rational Chebyshev approximations
 * (Cody 1969, "Rational Chebyshev approximations for the error function", Math. Comp. 23:631–637), as in R and SciPy;
 * relative error below 1e-14, so p-values match scipy.stats.norm to printing precision.
 */
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4,
  0.0163153871373020978,
];
const Q = [
  2.56852019228982242, 1.87295284992346725, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185,
];

/** erfc(x) for x ≥ 0. */
function erfcPositive(x: number): number {
  if (x < 0.5) {
    const y = x * x;
    let num = A[4] * y;
    let den = y;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * y;
      den = (den + B[i]) * y;
    }
    return 1 - (x * (num + A[3])) / (den + B[3]);
  }
  if (x < 4) {
    let num = C[8] * x;
    let den = x;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * x;
      den = (den + D[i]) * x;
    }
    const r = (num + C[7]) / (den + D[7]);
    return Math.exp(-x * x) * r;
  }
  if (x > 27) return 0;
  const z = 1 / (x * x);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  const r = (z * (num + P[4])) / (den + Q[4]);
  return (Math.exp(-x * x) / x) * (1 / Math.sqrt(Math.PI) - r);
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  const t = Math.abs(z) / Math.SQRT2;
  const tail = 0.5 * erfcPositive(t);
  return z >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value: P(|Z| ≥ |z|). */
export function twoSidedP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? Number.NaN : 0;
  return erfcPositive(Math.abs(z) / Math.SQRT2);
}
