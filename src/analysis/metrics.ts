import { twoSidedP } from './normal';

/**
 * Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008, Security Journal 21:4–28):
 * PAI = (crimes in the hotspots / all crimes) / (hotspot area / study area). 1 = no better than chance.
 */
export function pai(crimesInArea: number, crimesTotal: number, areaKm2: number, areaTotalKm2: number): number {
  return crimesTotal > 0 && areaKm2 > 0 && areaTotalKm2 > 0
    ? crimesInArea / crimesTotal / (areaKm2 / areaTotalKm2)
    : Number.NaN;
}

/**
 * Recapture Rate Index (Levine 2004, CrimeStat III): how well last period's hotspots recapture this period's crime,
 * RRI = (nAfter / nBefore) / (totalAfter / totalBefore). Above 1: the hotspots held more than their share.
 */
export function rri(nAfter: number, nBefore: number, totalAfter: number, totalBefore: number): number {
  return nBefore > 0 && totalBefore > 0 && totalAfter > 0 ? nAfter / nBefore / (totalAfter / totalBefore) : Number.NaN;
}

/** Counts before and after an intervention in the treated hotspot, its surrounding buffer and a control area. */
export interface DisplacementCounts {
  hotspotBefore: number;
  hotspotAfter: number;
  bufferBefore: number;
  bufferAfter: number;
  controlBefore: number;
  controlAfter: number;
}

/**
 * Weighted Displacement Quotient (Bowers & Johnson 2003, J. Quantitative Criminology 19(3):275–301):
 * WDQ = (Da/Ca − Db/Cb) / (Ra/Ca − Rb/Cb), with R the treated area, D the buffer, C the control, b/a before/after.
 * Read only when the success measure (denominator) is negative, i.e. crime fell in the hotspot relative to control:
 * WDQ > 0 diffusion of benefit, < 0 displacement (> −1: less than the gain), < −1 displacement exceeds the gain.
 * NaN when a control count is 0 or the success measure is exactly 0 (no effect to weigh).
 */
export function wdq(c: DisplacementCounts): number {
  if (c.controlBefore <= 0 || c.controlAfter <= 0) return Number.NaN;
  const success = c.hotspotAfter / c.controlAfter - c.hotspotBefore / c.controlBefore;
  const displacement = c.bufferAfter / c.controlAfter - c.bufferBefore / c.controlBefore;
  return success === 0 ? Number.NaN : displacement / success;
}

/**
 * Total net effect (Bowers & Johnson 2003; Guerette 2009): crimes prevented in the hotspot plus those prevented (or, if
 * negative, displaced) in the buffer, each against what the control area's trend predicted:
 * TNE = [Rb·(Ca/Cb) − Ra] + [Db·(Ca/Cb) − Da]. Positive = crimes saved.
 */
export function totalNetEffect(c: DisplacementCounts): number {
  if (c.controlBefore <= 0) return Number.NaN;
  const controlTrend = c.controlAfter / c.controlBefore;
  return c.hotspotBefore * controlTrend - c.hotspotAfter + (c.bufferBefore * controlTrend - c.bufferAfter);
}

/** Before/after counts for a treated area, its control, and (optionally) each one's displacement buffer. */
export interface WddCounts {
  treatedBefore: number;
  treatedAfter: number;
  controlBefore: number;
  controlAfter: number;
  treatedBufferBefore?: number;
  treatedBufferAfter?: number;
  controlBufferBefore?: number;
  controlBufferAfter?: number;
}

export interface WddResult {
  estimate: number;
  standardError: number;
  z: number;
  p: number;
  lower95: number;
  upper95: number;
}

/**
 * Weighted Displacement Difference (Wheeler & Ratcliffe 2018, Crime Science 7:11): crimes the intervention changed,
 * net of the control's trend, buffers included: WDD = ΔT − ΔC + ΔTb − ΔCb (Δ = after − before; negative = crimes
 * prevented). Counts are taken as Poisson, so Var(WDD) = the sum of all eight counts; z and a 95% interval follow.
 */
export function wdd(c: WddCounts): WddResult {
  const counts = [
    c.treatedBefore,
    c.treatedAfter,
    c.controlBefore,
    c.controlAfter,
    c.treatedBufferBefore ?? 0,
    c.treatedBufferAfter ?? 0,
    c.controlBufferBefore ?? 0,
    c.controlBufferAfter ?? 0,
  ];
  const [tb, ta, cb, ca, dtb, dta, dcb, dca] = counts;
  const estimate = ta - tb - (ca - cb) + (dta - dtb) - (dca - dcb);
  const standardError = Math.sqrt(counts.reduce((sum, n) => sum + n, 0));
  const z = standardError > 0 ? estimate / standardError : Number.NaN;
  return {
    estimate,
    standardError,
    z,
    p: Number.isNaN(z) ? Number.NaN : twoSidedP(z),
    lower95: estimate - 1.959963984540054 * standardError,
    upper95: estimate + 1.959963984540054 * standardError,
  };
}
