/** Points in metres on a local plane, east (x) and north (y) of the study area's mean centre. */
export interface PlanarPoints {
  x: Float64Array;
  y: Float64Array;
}

/** IUGG mean Earth radius R1 (Moritz 1980, Geodetic Reference System 1980), in metres. */
const EARTH_RADIUS_METRES = 6_371_008.8;

/**
 * Local equirectangular projection about the mean centre: x = R·Δλ·cos φ0, y = R·Δφ. Over a county (~60 km) the
 * distance error is a fraction of a per cent, well inside what a distance band needs. Input in GeoJSON order.
 */
export function projectLngLat(lngLat: ArrayLike<readonly [number, number]>): PlanarPoints {
  const n = lngLat.length;
  let sumLng = 0;
  let sumLat = 0;
  for (let k = 0; k < n; k++) {
    sumLng += lngLat[k][0];
    sumLat += lngLat[k][1];
  }
  const lng0 = n > 0 ? sumLng / n : 0;
  const lat0 = n > 0 ? sumLat / n : 0;
  const metresPerDegreeLat = (EARTH_RADIUS_METRES * Math.PI) / 180;
  const metresPerDegreeLng = metresPerDegreeLat * Math.cos((lat0 * Math.PI) / 180);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    x[k] = (lngLat[k][0] - lng0) * metresPerDegreeLng;
    y[k] = (lngLat[k][1] - lat0) * metresPerDegreeLat;
  }
  return { x, y };
}

/**
 * A bucket grid over the points: points sorted by bucket (counting sort, so each bucket's points stay in index order),
 * `start[b]..start[b + 1]` the slice of `order` in bucket b. Neighbour searches scan a few buckets, not all points.
 */
export class BucketGrid {
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly cols: number;
  readonly rows: number;
  readonly size: number;
  private readonly minX: number;
  private readonly minY: number;

  constructor(
    readonly points: PlanarPoints,
    bucketMetres: number,
  ) {
    const n = points.x.length;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let k = 0; k < n; k++) {
      minX = Math.min(minX, points.x[k]);
      maxX = Math.max(maxX, points.x[k]);
      minY = Math.min(minY, points.y[k]);
      maxY = Math.max(maxY, points.y[k]);
    }
    if (n === 0) minX = maxX = minY = maxY = 0;
    // Never more buckets than ~4 per point: a tiny band over a big area would otherwise allocate a huge grid.
    const area = Math.max(1, (maxX - minX) * (maxY - minY));
    let size = Math.max(bucketMetres, 1e-6, Math.sqrt(area / (4 * n + 16)));
    if (!Number.isFinite(size)) size = 1;
    this.size = size;
    this.minX = minX;
    this.minY = minY;
    this.cols = Math.floor((maxX - minX) / size) + 1;
    this.rows = Math.floor((maxY - minY) / size) + 1;
    const bucketOf = new Int32Array(n);
    const counts = new Int32Array(this.cols * this.rows + 1);
    for (let k = 0; k < n; k++) {
      bucketOf[k] = this.rowOf(points.y[k]) * this.cols + this.colOf(points.x[k]);
      counts[bucketOf[k] + 1]++;
    }
    for (let b = 0; b < this.cols * this.rows; b++) counts[b + 1] += counts[b];
    this.start = counts.slice();
    this.order = new Int32Array(n);
    for (let k = 0; k < n; k++) this.order[counts[bucketOf[k]]++] = k;
  }

  colOf(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.minX) / this.size)));
  }

  rowOf(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.minY) / this.size)));
  }
}

/**
 * The distance from each point to its k-th nearest other point (k = 1: the nearest-neighbour distance), by searching
 * rings of buckets outwards until no unseen bucket can hold a closer point. Infinity when there are under k others.
 */
export function kthNearestDistances(points: PlanarPoints, k: number): Float64Array {
  const n = points.x.length;
  const out = new Float64Array(n).fill(Infinity);
  if (n < 2 || k < 1) return out;
  const grid = new BucketGrid(points, 0);
  const best = new Float64Array(k); // the k smallest squared distances so far, ascending
  const maxRing = Math.max(grid.cols, grid.rows);
  for (let i = 0; i < n; i++) {
    const x = points.x[i];
    const y = points.y[i];
    const col = grid.colOf(x);
    const row = grid.rowOf(y);
    let found = 0;
    for (let ring = 0; ring <= maxRing; ring++) {
      for (let r = row - ring; r <= row + ring; r++) {
        if (r < 0 || r >= grid.rows) continue;
        const edgeRow = r === row - ring || r === row + ring;
        for (let c = col - ring; c <= col + ring; c += edgeRow ? 1 : 2 * ring) {
          if (c >= 0 && c < grid.cols) found = scanBucket(grid, r * grid.cols + c, i, x, y, best, found);
          if (ring === 0) break;
        }
      }
      const reach = ring * grid.size; // any point in ring + 1 is at least this far away
      if (found === k && best[k - 1] <= reach * reach) break;
    }
    if (found === k) out[i] = Math.sqrt(best[k - 1]);
  }
  return out;
}

function scanBucket(
  grid: BucketGrid,
  bucket: number,
  self: number,
  x: number,
  y: number,
  best: Float64Array,
  found: number,
): number {
  const { order, points } = grid;
  const k = best.length;
  for (let s = grid.start[bucket]; s < grid.start[bucket + 1]; s++) {
    const j = order[s];
    if (j === self) continue;
    const dx = points.x[j] - x;
    const dy = points.y[j] - y;
    const d2 = dx * dx + dy * dy;
    if (found === k && d2 >= best[k - 1]) continue;
    let at = found === k ? k - 1 : found++;
    while (at > 0 && best[at - 1] > d2) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = d2;
  }
  return found;
}
