import { gridDisk } from 'h3-js';

let memo: { cells: string[]; ringDistance: number; neighbours: Int32Array[] } | null = null;

function sameCells(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Binary contiguity on the H3 grid: j neighbours i when gridDistance(i, j) ≤ ringDistance, i itself included
 * (the Gi* convention); cells outside the study area (not in `cells`) are ignored. The last answer is kept: the map's
 * study area stays the same while filters change, and gridDisk is most of Gi*'s cost.
 */
export function neighboursWithin(cells: string[], ringDistance = 1): Int32Array[] {
  if (memo && memo.ringDistance === ringDistance && sameCells(memo.cells, cells)) return memo.neighbours;
  const index = new Map<string, number>();
  cells.forEach((h3, i) => index.set(h3, i));
  const neighbours = cells.map((h3) => {
    const ring = gridDisk(h3, ringDistance);
    const found: number[] = [];
    for (const other of ring) {
      const j = index.get(other);
      if (j !== undefined) found.push(j);
    }
    return Int32Array.from(found);
  });
  memo = { cells: [...cells], ringDistance, neighbours };
  return neighbours;
}
