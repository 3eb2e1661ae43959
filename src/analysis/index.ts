// The analysis room's public API: pure functions, no DOM, no DuckDB; importable from Node.
export { giStar, giStarFromNeighbours, type GiStarResult } from './gi-star';
export { moransI, type MoransIResult } from './morans-i';
export { mannKendall, type MannKendallResult, type Trend } from './mann-kendall';
export { emergingHotSpots, classifyEmergingHotSpot, type EmergingResult, type Step } from './emerging-hot-spots';
export { benjaminiHochbergThreshold, confidenceBins } from './fdr';
export { neighboursWithin } from './h3-grid';
export { normalCdf, twoSidedP } from './normal';
export { pai, rri, wdq, wdd, totalNetEffect, type DisplacementCounts, type WddCounts, type WddResult } from './metrics';
export { DEFAULT_HARM_WEIGHTS, harmWeightFor } from './harm-weights';
export * from './crime-filter';
export {
  localMoransI,
  QUADRANT_LABELS,
  type LocalMoransIOptions,
  type LocalMoransIResult,
  type Quadrant,
} from './local-morans-i';
export { localMoranMoments, type LocalMoranMoments } from './local-morans-i-moments';
export { seededRandom, type SeededRandom } from './seeded-random';
export {
  incrementalSpatialAutocorrelation,
  neighboursWithinMetres,
  firstPeakIndex,
  type IncrementalSpatialAutocorrelationOptions,
  type IncrementalSpatialAutocorrelationResult,
} from './distance-band';
export { distanceBandMoran, type BandMoran } from './distance-band-moran';
export { projectLngLat, kthNearestDistances, type PlanarPoints } from './planar-points';
export { cellCentres } from './cell-centres';
export { logGamma, logBeta, regularizedBeta, regularizedBetaUpper, betaQuantile } from './beta';
export { binomialTest, type BinomialTestResult } from './binomial-test';
export { poissonRateRatio, type RateRatioOptions, type RateRatioResult } from './rate-ratio';
