import { cellToParent, latLngToCell, polygonToCells, polygonToCellsExperimental, POLYGON_TO_CELLS_FLAGS } from 'h3-js';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../analysis/bbox';

const SCREEN_RESOLUTION = 8;

/**
 * Is a point inside Leicester, Leicestershire and Rutland? H3 cells screen the easy cases (cells wholly inside
 * → in; cells not touching → out), and only points in cells on the boundary get an exact point-in-polygon test.
 */
export class ForceArea {
  private interior: Set<string> | null = null;
  private readonly touching = new Set<string>();
  private readonly studyCellsByResolution = new Map<number, string[]>();

  private bboxes: [number, number, number, number][] | null = null;
  private km2: number | null = null;

  constructor(private readonly features: Feature<Polygon | MultiPolygon>[]) {}

  /** The force area in km² (geodesic, @turf/area): the denominator of area shares and PAI. */
  get areaKm2(): number {
    this.km2 ??= this.features.reduce((sum, f) => sum + area(f), 0) / 1e6;
    return this.km2;
  }

  /** The district (the boundary feature's `LAD13NM`) holding a point; null outside them all. */
  districtOf(lat: number, lng: number): string | null {
    this.bboxes ??= this.features.map((f) => bboxOf(f.geometry));
    for (let i = 0; i < this.features.length; i++) {
      const [minX, minY, maxX, maxY] = this.bboxes[i];
      if (lng < minX || lng > maxX || lat < minY || lat > maxY) continue;
      if (booleanPointInPolygon([lng, lat], this.features[i])) {
        const name = this.features[i].properties?.LAD13NM;
        return typeof name === 'string' ? name : null;
      }
    }
    return null;
  }

  /** The districts' names (`LAD13NM`), as the boundary file has them. */
  get districtNames(): string[] {
    return this.features.flatMap((f) => (typeof f.properties?.LAD13NM === 'string' ? [f.properties.LAD13NM] : []));
  }

  /** A district's boundary (`LAD13NM`, exact name); null when LLR has no district of that name. */
  districtGeometry(name: string): Polygon | MultiPolygon | null {
    return this.features.find((f) => f.properties?.LAD13NM === name)?.geometry ?? null;
  }

  /** Built on first use (~1 s): the pre-indexed demo never needs it, so start-up does not pay for it. */
  private screen(): Set<string> {
    if (this.interior) return this.interior;
    this.interior = new Set<string>();
    for (const feature of this.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) {
        for (const c of polygonToCellsExperimental(
          polygon,
          SCREEN_RESOLUTION,
          POLYGON_TO_CELLS_FLAGS.containmentFull,
          true,
        ))
          this.interior.add(c);
        for (const c of polygonToCellsExperimental(
          polygon,
          SCREEN_RESOLUTION,
          POLYGON_TO_CELLS_FLAGS.containmentOverlapping,
          true,
        ))
          this.touching.add(c);
      }
    }
    return this.interior;
  }

  /**
   * The study area for statistics at one resolution: every cell whose centre lies in LLR (zero-valued where no crime
   * falls). Cached per resolution; ~24k cells at resolution 9, ~170k at 10.
   */
  studyCells(resolution: number): string[] {
    const cached = this.studyCellsByResolution.get(resolution);
    if (cached) return cached;
    const cells = new Set<string>();
    for (const feature of this.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) for (const c of polygonToCells(polygon, resolution, true)) cells.add(c);
    }
    const list = [...cells];
    this.studyCellsByResolution.set(resolution, list);
    return list;
  }

  /** `cellR10`, when the caller already has the point's resolution-10 cell, saves one H3 call. */
  contains(lat: number, lng: number, cellR10?: string): boolean {
    const screenCell = cellR10 ? cellToParent(cellR10, SCREEN_RESOLUTION) : latLngToCell(lat, lng, SCREEN_RESOLUTION);
    if (this.screen().has(screenCell)) return true;
    if (!this.touching.has(screenCell)) return false;
    return this.features.some((f) => booleanPointInPolygon([lng, lat], f));
  }
}
