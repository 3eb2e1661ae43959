import { latLngToCell } from 'h3-js';
import { tableFromArrays, type Table } from 'apache-arrow';

export const STORED_RESOLUTION = 10;

export interface PointCells {
  cells: BigUint64Array; // H3 cell at the stored resolution as DuckDB's UBIGINT; 0 where the point is not valid
  inArea: Uint8Array; // 1 where the point is inside the force area
}

type Area = { contains(lat: number, lng: number, cell: string): boolean };

/**
 * A point's H3 cell at the stored resolution as DuckDB's UBIGINT (0 when the point is not valid) and whether it lies in
 * the area. h3-js takes (lat, lng).
 */
export function cellForPoint(lat: number, lng: number, area: Area): { cell: bigint; inArea: boolean } {
  if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) return { cell: 0n, inArea: false };
  const cell = latLngToCell(lat, lng, STORED_RESOLUTION);
  return { cell: BigInt(`0x${cell}`), inArea: area.contains(lat, lng, cell) };
}

/** One H3 cell and an in-force-area flag per point. */
export function cellsForPoints(lats: Float64Array, lngs: Float64Array, area: Area): PointCells {
  const cells = new BigUint64Array(lats.length);
  const inArea = new Uint8Array(lats.length);
  for (let i = 0; i < lats.length; i++) {
    const point = cellForPoint(lats[i], lngs[i], area);
    cells[i] = point.cell;
    inArea[i] = point.inArea ? 1 : 0;
  }
  return { cells, inArea };
}

/** Distinct (lat, lng) pairs with their cells, to join back onto the staged rows. */
export function pointCellsTable(lats: Float64Array, lngs: Float64Array, { cells, inArea }: PointCells): Table {
  return tableFromArrays({ latitude: lats, longitude: lngs, h3_r10: cells, in_area: inArea });
}
