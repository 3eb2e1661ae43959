import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { cellToLatLng, getResolution, latLngToCell } from 'h3-js';
import { bboxOf } from './bbox';

const outerRings = (polygon: Polygon | MultiPolygon): Position[][] =>
  polygon.type === 'Polygon' ? [polygon.coordinates[0]] : polygon.coordinates.map((p) => p[0]);

/** The mean of a polygon's outer-ring vertices (the closing vertex once): inside any hotspot of a few cells. */
function centreOf(polygon: Polygon | MultiPolygon): [number, number] {
  const points = outerRings(polygon).flatMap((ring) => ring.slice(0, -1));
  const lng = points.reduce((sum, p) => sum + p[0], 0) / points.length;
  const lat = points.reduce((sum, p) => sum + p[1], 0) / points.length;
  return [lng, lat];
}

/**
 * The cells (hot spots of a watch list or an emerging tier) that lie outside the GRIP hotspot set. A cell is in the
 * set when its centre is in a hotspot polygon (a centre on an edge counts as inside), or when it holds a hotspot's
 * centre: at a coarse hex size a 150 m hotspot can sit in a cell without covering the cell's centre, and that cell is
 * not outside the set. Order is kept.
 */
export function outsideSet<T extends { h3: string }>(cells: T[], hotspotPolygons: (Polygon | MultiPolygon)[]): T[] {
  if (hotspotPolygons.length === 0) return cells;
  const shapes = hotspotPolygons.map((polygon) => ({ polygon, box: bboxOf(polygon), centre: centreOf(polygon) }));
  const holdingCentres = new Map<number, Set<string>>();
  const holdsACentre = (h3: string) => {
    const resolution = getResolution(h3);
    let held = holdingCentres.get(resolution);
    if (!held) {
      held = new Set(shapes.map(({ centre: [lng, lat] }) => latLngToCell(lat, lng, resolution)));
      holdingCentres.set(resolution, held);
    }
    return held.has(h3);
  };
  return cells.filter((cell) => {
    if (holdsACentre(cell.h3)) return false;
    const [lat, lng] = cellToLatLng(cell.h3);
    const lngLat: [number, number] = [lng, lat];
    return !shapes.some(
      ({ polygon, box }) =>
        lng >= box[0] && lat >= box[1] && lng <= box[2] && lat <= box[3] && booleanPointInPolygon(lngLat, polygon),
    );
  });
}
