import { gridDisk, latLngToCell } from 'h3-js';
import {
  cellCentres,
  emergingHotSpots,
  giStar,
  incrementalSpatialAutocorrelation,
  localMoransI,
  neighboursWithin,
} from '../../src/analysis';

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

/** Res-10 cells around Leicester (−1.13, 52.63), synthetic counts with a raised patch, as the stats need them. */
export function res10Input(cellCount: number): {
  values: number[];
  neighbours: Int32Array[];
  centres: [number, number][];
} {
  const k = Math.ceil((-3 + Math.sqrt(9 + 12 * (cellCount - 1))) / 6);
  const cells = gridDisk(latLngToCell(52.63, -1.13, 10), k).slice(0, cellCount);
  const values = cells.map((_, i) => ((i * 7919) % 13 === 0 ? 20 : i % 5) + (i < cellCount / 10 ? 5 : 0));
  // Ring-1 lists without the cell itself, computed once as the map reuses them while filters change.
  const neighbours = neighboursWithin(cells, 1).map((list, i) => list.filter((j) => j !== i));
  return { values, neighbours, centres: cellCentres(cells) };
}

export const runLocalMoran = (input: ReturnType<typeof res10Input>) => localMoransI(input.values, input.neighbours);
export const runDistanceBands = (input: ReturnType<typeof res10Input>) =>
  incrementalSpatialAutocorrelation(input.values, input.centres);
