import { gridDisk } from 'h3-js';

/**
 * Binary contiguity on the H3 grid: j neighbours i when gridDistance(i, j) ≤ ringDistance, i itself included
 * (the Gi* convention); cells outside the study area (not in `cells`) are ignored.
 */
export function neighboursWithin(cells: string[], ringDistance = 1): Int32Array[] {
  const index = new Map<string, number>();
  cells.forEach((h3, i) => index.set(h3, i));
  return cells.map((h3) => {
    const ring = gridDisk(h3, ringDistance);
    const found: number[] = [];
    for (const other of ring) {
      const j = index.get(other);
      if (j !== undefined) found.push(j);
    }
    return Int32Array.from(found);
  });
}
