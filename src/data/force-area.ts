import { cellToParent, latLngToCell, polygonToCellsExperimental, POLYGON_TO_CELLS_FLAGS } from 'h3-js';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const SCREEN_RESOLUTION = 8;

/**
 * Is a point inside Leicester, Leicestershire and Rutland? H3 cells screen the easy cases (cells wholly inside
 * → in; cells not touching → out), and only points in cells on the boundary get an exact point-in-polygon test.
 */
export class ForceArea {
  private readonly interior = new Set<string>();
  private readonly touching = new Set<string>();

  constructor(private readonly features: Feature<Polygon | MultiPolygon>[]) {
    for (const feature of features) {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) {
        for (const c of polygonToCellsExperimental(polygon, SCREEN_RESOLUTION, POLYGON_TO_CELLS_FLAGS.containmentFull, true)) this.interior.add(c);
        for (const c of polygonToCellsExperimental(polygon, SCREEN_RESOLUTION, POLYGON_TO_CELLS_FLAGS.containmentOverlapping, true)) this.touching.add(c);
      }
    }
  }

  /** `cellR10`, when the caller already has the point's resolution-10 cell, saves one H3 call. */
  contains(lat: number, lng: number, cellR10?: string): boolean {
    const screen = cellR10 ? cellToParent(cellR10, SCREEN_RESOLUTION) : latLngToCell(lat, lng, SCREEN_RESOLUTION);
    if (this.interior.has(screen)) return true;
    if (!this.touching.has(screen)) return false;
    return this.features.some((f) => booleanPointInPolygon([lng, lat], f));
  }
}
