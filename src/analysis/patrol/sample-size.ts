// How many place-days a patrol trial needs to detect a given cut in crime, shown when planning.
import { normalCdf } from '../normal';

export interface SampleSizeInputs {
  /** λ0: crimes per place-day without patrol (the hotspots' base rate), > 0. */
  baseRatePerPlaceDay: number;
  /** The proportional reduction to detect on patrol days, 0 < r < 1 (0.2 = 20% fewer crimes). */
  reduction: number;
  /** Share of place-days on patrol; default 0.5 (equal arms need the fewest place-days). */
  patrolShare?: number;
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Power; default 0.8. */
  power?: number;
}

export interface SampleSize {
  /** Place-days each arm needs, rounded up. */
  patrolPlaceDays: number;
  controlPlaceDays: number;
  total: number;
  /** λ1 = λ0 (1 − r): the patrol-day rate assumed. */
  patrolRatePerPlaceDay: number;
  /** The total before rounding, for showing how close a schedule is. */
  exactTotal: number;
  method: string;
}

/**
 * The standard normal quantile, P(Z ≤ z) = p, by bisection on Cody's normalCdf (relative error < 1e-14): 200
 * halvings of [−40, 0] reach double precision. Solved on the lower tail, where normalCdf keeps its digits.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : Number.NaN;
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  let [low, high] = [-40, 0];
  for (let i = 0; i < 200 && high - low > 0; i++) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Place-days needed, by the square-root (variance-stabilising) normal approximation for two Poisson rates: a count
 * X ~ Poisson(nλ) has √X ≈ Normal(√(nλ), 1/4) (Anscombe 1948), so √(X1/n1) − √(X0/n0) has variance
 * (1/n1 + 1/n0)/4, and with n1 = sN, n0 = (1 − s)N the total is
 *   N = (z_{1−α/2} + z_{power})² / (4 s (1 − s) (√λ0 − √λ1)²),
 * i.e. n = (z + z)² / (2 (√λ0 − √λ1)²) per arm when s = 1/2 — van Belle's rule n = 4 / (√θ0 − √θ1)² per group
 * (Statistical Rules of Thumb, 2nd ed., Wiley 2008, p. 40) with its 4 for (1.96 + 0.84)²/2 = 3.92. A square-root
 * statistic is among the tests for two Poisson rates compared by Gu, Ng, Tang & Schucany (2008, Biometrical Journal
 * 50:283–298). The trial itself is analysed with the exact conditional test; this only sizes it.
 */
export function placeDaysNeeded(inputs: SampleSizeInputs): SampleSize | { problem: string } {
  const { baseRatePerPlaceDay: rate0, reduction } = inputs;
  const share = inputs.patrolShare ?? 0.5;
  const alpha = inputs.alpha ?? 0.05;
  const power = inputs.power ?? 0.8;
  if (!(rate0 > 0 && Number.isFinite(rate0)))
    return { problem: `The base rate must be more than 0 crimes per place-day (got ${rate0}).` };
  if (!(reduction > 0 && reduction < 1))
    return { problem: `The reduction must be between 0 and 1, e.g. 0.2 for 20% fewer (got ${reduction}).` };
  if (!(share > 0 && share < 1)) return { problem: `The patrol share must be between 0 and 1 (got ${share}).` };
  if (!(alpha > 0 && alpha < 1)) return { problem: `The significance level must be between 0 and 1 (got ${alpha}).` };
  if (!(power > 0.5 && power < 1)) return { problem: `The power must be between 0.5 and 1 (got ${power}).` };
  const rate1 = rate0 * (1 - reduction);
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  const exactTotal = (z * z) / (4 * share * (1 - share) * (Math.sqrt(rate0) - Math.sqrt(rate1)) ** 2);
  // Ceil each arm after a 1e-9 relative trim, so 4.0000000000001 from rounding is 4, not 5.
  const arm = (x: number) => Math.ceil(x * (1 - 1e-9));
  const patrolPlaceDays = arm(share * exactTotal);
  const controlPlaceDays = arm((1 - share) * exactTotal);
  const pct = (x: number) => `${+(x * 100).toPrecision(4)}%`;
  return {
    patrolPlaceDays,
    controlPlaceDays,
    total: patrolPlaceDays + controlPlaceDays,
    patrolRatePerPlaceDay: rate1,
    exactTotal,
    method:
      `To detect ${pct(reduction)} fewer crimes (${rate0.toPrecision(3)} to ${rate1.toPrecision(3)} per place-day) ` +
      `with ${pct(power)} power at two-sided α = ${alpha}: ${patrolPlaceDays} patrol and ${controlPlaceDays} control ` +
      'place-days (Poisson counts, square-root normal approximation; more if crimes cluster on the same days).',
  };
}
