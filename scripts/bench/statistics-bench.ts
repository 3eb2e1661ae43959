import { gridDisk, latLngToCell } from 'h3-js';
import { emergingHotSpots, giStar } from '../../src/analysis';

const centre = latLngToCell(52.6365, -1.1327, 9);

/** ~50,000 resolution-9 cells around Leicester with a lumpy value surface. */
export function giStarInput(cellCount: number): { h3: string; value: number }[] {
  const k = Math.ceil((-3 + Math.sqrt(9 + 12 * (cellCount - 1))) / 6);
  return gridDisk(centre, k)
    .slice(0, cellCount)
    .map((h3, i) => ({ h3, value: (i * 7919) % 13 === 0 ? 20 : i % 5 }));
}

export function emergingInput(steps: number, cellCount: number): { h3: string; value: number }[][] {
  const cells = giStarInput(cellCount);
  return Array.from({ length: steps }, (_, t) =>
    cells.map((c, i) => ({ h3: c.h3, value: (c.value + t * (i % 3)) % 17 })),
  );
}

export const runGiStar = (cells: { h3: string; value: number }[]) => giStar(cells);
export const runEmerging = (cube: { h3: string; value: number }[][]) => emergingHotSpots(cube);
