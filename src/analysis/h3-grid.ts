import { cellToLocalIj, gridDisk } from 'h3-js';

let memo: { cells: string[]; ringDistance: number; neighbours: Int32Array[] } | null = null;

function sameCells(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * IJ offsets within `k` steps: in H3's local IJ frame (1,1) is a neighbour, so distance = max(|di|, |dj|, |di − dj|).
 */
function offsetsWithin(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let di = -k; di <= k; di++) for (let dj = -k; dj <= k; dj++) if (Math.abs(di - dj) <= k) out.push([di, dj]);
  return out;
}

/**
 * Neighbours by integer offsets in one local IJ frame (h3-js `cellToLocalIj`): one H3 call per cell instead of a
 * gridDisk per cell, ~3× faster over 50,000 cells. Null when the frame fails (a pentagon, or cells too far apart).
 */
function neighboursByLocalIj(cells: string[], ringDistance: number): Int32Array[] | null {
  const is = new Int32Array(cells.length);
  const js = new Int32Array(cells.length);
  try {
    for (let k = 0; k < cells.length; k++) {
      const { i, j } = cellToLocalIj(cells[0], cells[k]);
      is[k] = i;
      js[k] = j;
    }
  } catch {
    return null;
  }
  // A dense IJ grid with a margin of `ringDistance`: array look-ups, not a Map keyed by large numbers.
  let minI = Infinity,
    maxI = -Infinity,
    minJ = Infinity,
    maxJ = -Infinity;
  for (let k = 0; k < cells.length; k++) {
    minI = Math.min(minI, is[k]);
    maxI = Math.max(maxI, is[k]);
    minJ = Math.min(minJ, js[k]);
    maxJ = Math.max(maxJ, js[k]);
  }
  const width = maxI - minI + 1 + 2 * ringDistance;
  const height = maxJ - minJ + 1 + 2 * ringDistance;
  if (width * height > 50 * cells.length + 1_000_000) return null; // a sparse, far-flung study area: use gridDisk
  const grid = new Int32Array(width * height).fill(-1);
  const at = (k: number) => (is[k] - minI + ringDistance) * height + (js[k] - minJ + ringDistance);
  for (let k = 0; k < cells.length; k++) grid[at(k)] = k;
  const offsets = offsetsWithin(ringDistance).map(([di, dj]) => di * height + dj);
  const found = new Int32Array(offsets.length);
  return cells.map((_, k) => {
    const base = at(k);
    let n = 0;
    for (const offset of offsets) {
      const j = grid[base + offset];
      if (j >= 0) found[n++] = j;
    }
    return found.slice(0, n);
  });
}

function neighboursByGridDisk(cells: string[], ringDistance: number): Int32Array[] {
  const index = new Map<string, number>();
  cells.forEach((h3, i) => index.set(h3, i));
  return cells.map((h3) => {
    const found: number[] = [];
    for (const other of gridDisk(h3, ringDistance)) {
      const j = index.get(other);
      if (j !== undefined) found.push(j);
    }
    return Int32Array.from(found);
  });
}

/**
 * Binary contiguity on the H3 grid: j neighbours i when gridDistance(i, j) ≤ ringDistance, i itself included
 * (the Gi* convention); cells outside the study area (not in `cells`) are ignored. The last answer is kept: the map's
 * study area stays the same while filters change.
 */
export function neighboursWithin(cells: string[], ringDistance = 1): Int32Array[] {
  if (memo && memo.ringDistance === ringDistance && sameCells(memo.cells, cells)) return memo.neighbours;
  const neighbours =
    (cells.length > 0 && neighboursByLocalIj(cells, ringDistance)) || neighboursByGridDisk(cells, ringDistance);
  memo = { cells: [...cells], ringDistance, neighbours };
  return neighbours;
}
