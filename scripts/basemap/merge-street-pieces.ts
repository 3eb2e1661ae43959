// Vector tiles clip every road at tile edges (and repeat the part in each tile's buffer), so one street arrives as
// many pieces. Pieces of the same name that touch or lie close are one street; this joins them and describes it.

export type LngLat = [number, number];

/** One named line from one tile. */
export interface StreetPiece {
  lines: LngLat[][];
}

export interface MergedStreet {
  /** A point ON the street: the nearest point of its lines to their length-weighted centre. */
  lngLat: LngLat;
  bbox: [number, number, number, number];
  lengthMetres: number;
  pieces: number;
}

const METRES_PER_DEGREE_LAT = 111_320;

/** Planar metres around LLR (equirectangular at the point's latitude): within 0.1 % over a few km, enough here. */
function toMetres([lng, lat]: LngLat): [number, number] {
  return [lng * METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180), lat * METRES_PER_DEGREE_LAT];
}

function fromMetres([x, y]: [number, number]): LngLat {
  const lat = y / METRES_PER_DEGREE_LAT;
  return [x / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180)), lat];
}

type Xy = [number, number];

/** The nearest point of segment ab to p, in planar metres. */
function nearestOnSegment(p: Xy, a: Xy, b: Xy): Xy {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return [a[0] + t * dx, a[1] + t * dy];
}

const distance = (a: Xy, b: Xy) => Math.hypot(a[0] - b[0], a[1] - b[1]);

interface PlanarPiece {
  lines: Xy[][];
  box: [number, number, number, number];
}

function toPlanar(piece: StreetPiece): PlanarPiece {
  const lines = piece.lines.map((line) => line.map(toMetres));
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of lines.flat()) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return { lines, box };
}

/** Smallest distance from any vertex of one piece to any segment of the other (either way round). */
function pieceDistance(a: PlanarPiece, b: PlanarPiece): number {
  let best = Infinity;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ])
    for (const p of from.lines.flat())
      for (const line of to.lines)
        for (let i = 0; i < line.length; i++) {
          const q = line.length === 1 ? line[0] : nearestOnSegment(p, line[i], line[Math.min(i + 1, line.length - 1)]);
          best = Math.min(best, distance(p, q));
          if (best === 0) return 0;
        }
  return best;
}

const boxGap = (a: PlanarPiece['box'], b: PlanarPiece['box']) =>
  Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));

/** Groups of piece indices whose pieces are chained by gaps of at most `joinMetres` (union–find). */
export function clusterPieces(pieces: readonly StreetPiece[], joinMetres: number): number[][] {
  const planar = pieces.map(toPlanar);
  const parent = pieces.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < planar.length; i++)
    for (let j = i + 1; j < planar.length; j++) {
      if (root(i) === root(j) || boxGap(planar[i].box, planar[j].box) > joinMetres) continue;
      if (pieceDistance(planar[i], planar[j]) <= joinMetres) parent[root(j)] = root(i);
    }
  const groups = new Map<number, number[]>();
  pieces.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()];
}

/** One street from its pieces: a point on it, its bbox and its length (tile buffers overlap, so a little long). */
export function mergeStreet(pieces: readonly StreetPiece[]): MergedStreet {
  const planar = pieces.map(toPlanar);
  let lengthMetres = 0;
  let [sumX, sumY] = [0, 0];
  for (const line of planar.flatMap((p) => p.lines))
    for (let i = 0; i + 1 < line.length; i++) {
      const segment = distance(line[i], line[i + 1]);
      lengthMetres += segment;
      sumX += ((line[i][0] + line[i + 1][0]) / 2) * segment;
      sumY += ((line[i][1] + line[i + 1][1]) / 2) * segment;
    }
  const firstVertex = planar[0].lines[0][0];
  const centre: Xy = lengthMetres > 0 ? [sumX / lengthMetres, sumY / lengthMetres] : firstVertex;
  let onStreet: Xy = firstVertex;
  for (const line of planar.flatMap((p) => p.lines))
    for (let i = 0; i < line.length; i++) {
      const q = nearestOnSegment(centre, line[i], line[Math.min(i + 1, line.length - 1)]);
      if (distance(centre, q) < distance(centre, onStreet)) onStreet = q;
    }
  const bbox: MergedStreet['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of pieces.flatMap((p) => p.lines.flat())) {
    bbox[0] = Math.min(bbox[0], lng);
    bbox[1] = Math.min(bbox[1], lat);
    bbox[2] = Math.max(bbox[2], lng);
    bbox[3] = Math.max(bbox[3], lat);
  }
  return { lngLat: fromMetres(onStreet), bbox, lengthMetres, pieces: pieces.length };
}
