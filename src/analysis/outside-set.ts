import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { cellToLatLng } from 'h3-js';

type Box = [number, number, number, number];

function boxOf(polygon: Polygon | MultiPolygon): Box {
  const rings: Position[][] = polygon.type === 'Polygon' ? polygon.coordinates : polygon.coordinates.flat();
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
  return box;
}

/**
 * The cells (hot spots of a watch list or an emerging tier) that lie outside the GRIP hotspot set: a cell is outside
 * when its centre is in no hotspot polygon (a point on a polygon's edge counts as inside). Order is kept.
 */
export function outsideSet<T extends { h3: string }>(cells: T[], hotspotPolygons: (Polygon | MultiPolygon)[]): T[] {
  if (hotspotPolygons.length === 0) return cells;
  const shapes = hotspotPolygons.map((polygon) => ({ polygon, box: boxOf(polygon) }));
  return cells.filter((cell) => {
    const [lat, lng] = cellToLatLng(cell.h3);
    const lngLat: [number, number] = [lng, lat];
    return !shapes.some(
      ({ polygon, box }) =>
        lng >= box[0] && lat >= box[1] && lng <= box[2] && lat <= box[3] && booleanPointInPolygon(lngLat, polygon),
    );
  });
}
