import { latLngToCell, polygonToCells } from 'h3-js';
import { tableFromArrays, type Table } from 'apache-arrow';

export const STORED_RESOLUTION = 10;

/**
 * One H3 cell per point at the stored resolution, as the UBIGINT DuckDB keeps; 0 where the point is missing
 * or not a valid coordinate. h3-js takes (lat, lng).
 */
export function cellsForPoints(lats: Float64Array, lngs: Float64Array): BigUint64Array {
  const cells = new BigUint64Array(lats.length);
  for (let i = 0; i < lats.length; i++) {
    const lat = lats[i];
    const lng = lngs[i];
    if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) continue;
    cells[i] = BigInt(`0x${latLngToCell(lat, lng, STORED_RESOLUTION)}`);
  }
  return cells;
}

/** An Arrow table with one UBIGINT column `h3_r10`. */
export function cellsTable(cells: BigUint64Array): Table {
  return tableFromArrays({ h3_r10: cells });
}

/** Distinct (lat, lng) pairs with their cells, to join back onto the staged rows. */
export function pointCellsTable(lats: Float64Array, lngs: Float64Array, cells: BigUint64Array): Table {
  return tableFromArrays({ latitude: lats, longitude: lngs, h3_r10: cells });
}

type PolygonCoordinates = number[][][];
export interface BoundaryFeature {
  geometry: { type: 'Polygon'; coordinates: PolygonCoordinates } | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
}

/** Cells whose centres fall inside any of the boundary polygons (GeoJSON [lng, lat] order). */
export function cellsInsideBoundary(features: BoundaryFeature[], resolution: number): string[] {
  const cells = new Set<string>();
  for (const feature of features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) {
      for (const cell of polygonToCells(polygon, resolution, true)) cells.add(cell);
    }
  }
  return [...cells];
}
