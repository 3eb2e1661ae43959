import { distanceBandMoran, hasVariance, type BandMoran } from './distance-band-moran';
import { BucketGrid, kthNearestDistances, projectLngLat, type PlanarPoints } from './planar-points';

export interface IncrementalSpatialAutocorrelationOptions {
  /** Explicit band distances; when given, the start/increment rules and the extent cap are not applied. */
  distancesMetres?: number[];
  /** Number of bands (ArcGIS's default 10). */
  bands?: number;
  /** Default: the smallest distance at which every non-outlying point has a neighbour. */
  startMetres?: number;
  /** Default: the average nearest-neighbour distance. */
  incrementMetres?: number;
  /** Row-standardise the band weights, as ArcGIS's Incremental Spatial Autocorrelation does by default (true). */
  rowStandardise?: boolean;
}

export interface IncrementalSpatialAutocorrelationResult {
  /** Moran's I and its z-score (randomisation assumption, as ArcGIS reports) at each band, nearest first. */
  bands: { metres: number; i: number; z: number; meanNeighbours: number }[];
  /** The first peak of z (null when there is none). */
  peakMetres: number | null;
  /** The distance band to use for Gi*: the first peak, else OHSA's fallback. */
  chosenMetres: number;
  /** One plain-English sentence saying how `chosenMetres` was chosen. */
  reason: string;
}

/** Esri's peak filter (SSUtilities.returnPeakIndices, levelFilter = 1.65): a peak must be at least this z. */
export const PEAK_MINIMUM_Z = 1.65;

/**
 * The Gi* neighbourhood as ArcGIS Pro's Optimized Hot Spot Analysis (OHSA) picks it, by Incremental Spatial
 * Autocorrelation (ISA). What the documentation says, and how we read it:
 * - "How Incremental Spatial Autocorrelation works": the tool "runs the Spatial Autocorrelation (Global Moran's I) tool
 *   for a series of increasing distances, measuring the intensity of spatial clustering for each distance. The
 *   intensity of clustering is determined by the z-score returned. … At some particular distance, however, the z-score
 *   generally peaks." The tool reference adds: select the peak distance for your scale, "often this is the first
 *   statistically significant peak encountered". OHSA takes the first peak.
 * - Start (same page, ArcGIS 10.1 help, read in its Japanese edition and translated): the default Beginning Distance
 *   is the smallest distance ensuring every feature has at least one neighbour, a good choice unless the data have
 *   spatial outliers. Ours: the largest nearest-neighbour distance once points whose nearest-neighbour distance is
 *   over mean + 3 sd are set aside (OHSA runs ISA with 3 standard deviations of locational outliers excluded).
 * - Increment and count: the average nearest-neighbour distance, 10 bands. This is Esri's published script
 *   (MoransI_Increment.py, ArcGIS 10.1: nIncrements = 10, dIncrement = the average nearest-neighbour distance); if a
 *   band would pass 75% of the study area's longer side the 10 bands are spread evenly from the start to that instead.
 * - Peak: z[c] > z[c + 1], z rose somewhere before c, and z[c] > 1.65 (Esri's returnPeakIndices filter, p < 0.10
 *   two-sided, our reading of "statistically significant"); the last band cannot be a peak.
 * - No peak: OHSA's fallback, in Esri's words (OptimizedHotSpotAnalysis.py, knnDecision): "return the
 *   average at which all features have a desired set of nearest neighbors. This value is scaled to be larger than 3
 *   and no larger than 30. If computed value is larger than 1 standard distance, then return the standard distance
 *   instead." K = 5% of the points, clamped to 3…30; the mean of each point's K-th nearest-neighbour distance.
 * Moran's I z uses the randomisation variance, as ArcGIS's Moran's I does (esda's z_rand; `moransI` is normality).
 */
export function incrementalSpatialAutocorrelation(
  values: ArrayLike<number>,
  centres: ArrayLike<readonly [number, number]>,
  options: IncrementalSpatialAutocorrelationOptions = {},
): IncrementalSpatialAutocorrelationResult {
  if (values.length !== centres.length) {
    throw new RangeError(`${values.length} values for ${centres.length} centres: they must match one to one.`);
  }
  const n = values.length;
  if (n < 4)
    return { bands: [], peakMetres: null, chosenMetres: 0, reason: 'Fewer than four cells: no distance to test.' };
  const points = projectLngLat(centres);
  const distances = options.distancesMetres ?? defaultSchedule(points, options).distances;
  const moran: BandMoran[] = distanceBandMoran(values, points, distances, options.rowStandardise ?? true);
  const bands = moran.map((b) => ({ metres: b.metres, i: b.i, z: b.zRandom, meanNeighbours: b.meanNeighbours }));
  const span = `${bands.length} distances from ${metresText(bands[0].metres)} to ${metresText(bands.at(-1)!.metres)}`;
  const peak = firstPeakIndex(bands.map((b) => b.z));
  if (peak !== null) {
    const { metres, z } = bands[peak];
    return {
      bands,
      peakMetres: metres,
      chosenMetres: metres,
      reason: `First peak of Moran's I z-score (z = ${z.toFixed(2)}) at ${metresText(metres)}, of ${span}.`,
    };
  }
  const fallback = nearestNeighbourFallback(points);
  const flat = hasVariance(values) ? 'No peak' : 'The values do not vary, so there is no peak';
  return {
    bands,
    peakMetres: null,
    chosenMetres: fallback.metres,
    reason: `${flat} of Moran's I z-score above ${PEAK_MINIMUM_Z} in ${span}: using ${fallback.text}.`,
  };
}

/** Index of the first peak of `z` by Esri's rule (see above), or null. */
export function firstPeakIndex(z: ArrayLike<number>, minimumZ = PEAK_MINIMUM_Z): number | null {
  let goneUp = false;
  for (let c = 0; c + 1 < z.length; c++) {
    const step = z[c + 1] - z[c];
    if (step > 0) goneUp = true;
    if (step < 0 && goneUp && z[c] > minimumZ) return c;
  }
  return null;
}

/** The start, increment and band distances ArcGIS's ISA would use when the caller gives none. */
export function defaultSchedule(
  points: PlanarPoints,
  options: Pick<IncrementalSpatialAutocorrelationOptions, 'bands' | 'startMetres' | 'incrementMetres'> = {},
): { startMetres: number; incrementMetres: number; distances: number[] } {
  const count = Math.max(1, Math.floor(options.bands ?? 10));
  const nearest = kthNearestDistances(points, 1);
  const finite = Array.from(nearest).filter(Number.isFinite);
  const mean = finite.reduce((a, d) => a + d, 0) / Math.max(1, finite.length);
  const sd = Math.sqrt(finite.reduce((a, d) => a + (d - mean) ** 2, 0) / Math.max(1, finite.length));
  const inliers = finite.filter((d) => d <= mean + 3 * sd);
  const startMetres = options.startMetres ?? inliers.reduce((a, d) => Math.max(a, d), 0);
  const incrementMetres = options.incrementMetres ?? mean;
  let distances = Array.from({ length: count }, (_, k) => startMetres + k * incrementMetres);
  const cap = 0.75 * longerSide(points);
  if (distances.at(-1)! > cap && cap > startMetres && count > 1) {
    distances = Array.from({ length: count }, (_, k) => startMetres + (k * (cap - startMetres)) / (count - 1));
  }
  return { startMetres, incrementMetres, distances };
}

/** OHSA's no-peak distance: mean K-th nearest-neighbour distance, K = 5% of n in 3…30, capped at standard distance. */
function nearestNeighbourFallback(points: PlanarPoints): { metres: number; text: string } {
  const n = points.x.length;
  const k = Math.min(n - 1, Math.max(3, Math.min(30, Math.floor(0.05 * n))));
  const kth = kthNearestDistances(points, k);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += kth[i];
  const average = sum / n;
  const standard = standardDistance(points);
  const averageText = `the average distance to the ${k} nearest neighbours`;
  if (average > standard) {
    return { metres: standard, text: `one standard distance, ${metresText(standard)}, as ${averageText} is longer` };
  }
  return { metres: average, text: `${averageText}, ${metresText(average)}` };
}

/** Standard distance: the root mean square distance from the mean centre (ArcGIS "Standard Distance", one sd). */
function standardDistance(points: PlanarPoints): number {
  const n = points.x.length;
  let mx = 0,
    my = 0;
  for (let i = 0; i < n; i++) {
    mx += points.x[i] / n;
    my += points.y[i] / n;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (points.x[i] - mx) ** 2 + (points.y[i] - my) ** 2;
  return Math.sqrt(sum / n);
}

function longerSide(points: PlanarPoints): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < points.x.length; i++) {
    minX = Math.min(minX, points.x[i]);
    maxX = Math.max(maxX, points.x[i]);
    minY = Math.min(minY, points.y[i]);
    maxY = Math.max(maxY, points.y[i]);
  }
  return Math.max(maxX - minX, maxY - minY);
}

/** "1,310 m": whole metres with thousands separators, the same in every locale. */
function metresText(metres: number): string {
  return `${String(Math.round(metres)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} m`;
}

/**
 * Neighbours within `metres` (great-circle distance approximated on a local equirectangular plane) of each centre,
 * [lng, lat] in GeoJSON order; i itself is included when `includeSelf` (the Gi* convention) and left out otherwise
 * (Local Moran's I). A bucket grid with buckets one band wide: each point scans the 3×3 buckets around its own. Each
 * list is in ascending index order; the lists share one buffer.
 */
export function neighboursWithinMetres(
  centres: ArrayLike<readonly [number, number]>,
  metres: number,
  includeSelf: boolean,
): Int32Array[] {
  if (!(metres >= 0 && Number.isFinite(metres)))
    throw new RangeError(`A distance band of ${metres} m: give metres ≥ 0.`);
  const points = projectLngLat(centres);
  const n = points.x.length;
  const grid = new BucketGrid(points, metres);
  const reach = Math.ceil(metres / grid.size);
  const limit = metres * metres;
  let buffer = new Int32Array(Math.max(16, n * 8));
  const rowStart = new Int32Array(n + 1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = length;
    const col = grid.colOf(points.x[i]);
    const row = grid.rowOf(points.y[i]);
    for (let r = Math.max(0, row - reach); r <= Math.min(grid.rows - 1, row + reach); r++) {
      for (let c = Math.max(0, col - reach); c <= Math.min(grid.cols - 1, col + reach); c++) {
        const bucket = r * grid.cols + c;
        for (let s = grid.start[bucket]; s < grid.start[bucket + 1]; s++) {
          const j = grid.order[s];
          if (j === i && !includeSelf) continue;
          const dx = points.x[j] - points.x[i];
          const dy = points.y[j] - points.y[i];
          if (dx * dx + dy * dy > limit) continue;
          if (length === buffer.length) {
            const grown = new Int32Array(buffer.length * 2);
            grown.set(buffer);
            buffer = grown;
          }
          buffer[length++] = j;
        }
      }
    }
  }
  rowStart[n] = length;
  return Array.from({ length: n }, (_, i) => buffer.subarray(rowStart[i], rowStart[i + 1]).sort());
}
