// The ONS district and ward polygons of Leicester, Leicestershire and Rutland, for the basemap build: which district
// a point is in (to keep only LLR and to say where a street is), and a label point and bbox for each area.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** [west, south, east, north] of LLR, a little outside the district polygons; every shipped coordinate is inside. */
export const LLR_BOUNDS: [number, number, number, number] = [-1.6, 52.39, -0.42, 52.98];

export type Bbox = [number, number, number, number];
type AreaGeometry = Polygon | MultiPolygon;

export interface Area {
  name: string;
  code: string;
  geometry: AreaGeometry;
  bbox: Bbox;
}

function bboxOfPositions(positions: Iterable<Position>): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

const outerRings = (g: AreaGeometry): Position[][] =>
  g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((polygon) => polygon[0]);

function readAreas(relPath: string, nameKey: string, codeKey: string): Area[] {
  const json = JSON.parse(readFileSync(path.join(repoRoot, relPath), 'utf8')) as FeatureCollection<AreaGeometry>;
  return json.features.map((f: Feature<AreaGeometry>) => ({
    name: String(f.properties?.[nameKey]),
    code: String(f.properties?.[codeKey]),
    geometry: f.geometry,
    bbox: bboxOfPositions(outerRings(f.geometry).flat()),
  }));
}

/** The 9 local authority districts (2013), from public/boundaries/llr_lad.geojson. */
export const readDistricts = (): Area[] => readAreas('public/boundaries/llr_lad.geojson', 'LAD13NM', 'LAD13CD');

/** The 171 electoral wards (2013), from public/boundaries/llr_wards.geojson. */
export const readWards = (): Area[] => readAreas('public/boundaries/llr_wards.geojson', 'WD13NM', 'WD13CD');

export function isInside([lng, lat]: [number, number], area: Area): boolean {
  const [w, s, e, n] = area.bbox;
  return lng >= w && lng <= e && lat >= s && lat <= n && booleanPointInPolygon([lng, lat], area.geometry);
}

/** The area holding the point, or null (outside LLR). */
export function areaAt(lngLat: [number, number], areas: readonly Area[]): Area | null {
  return areas.find((area) => isInside(lngLat, area)) ?? null;
}

/** Area-weighted centroid of the largest outer ring (shoelace formula), in degrees. */
function ringCentroid(ring: Position[]): { lngLat: [number, number]; area: number } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { lngLat: [cx / (3 * twiceArea), cy / (3 * twiceArea)], area: Math.abs(twiceArea / 2) };
}

/**
 * Where to put an area's search result: its centroid, or when that falls outside (a crescent-shaped ward) the point
 * of a 24 × 24 grid over the bbox that is inside and nearest the centroid.
 */
export function labelPoint(area: Area): [number, number] {
  const rings = outerRings(area.geometry).map(ringCentroid);
  const centroid = rings.reduce((a, b) => (b.area > a.area ? b : a)).lngLat;
  if (isInside(centroid, area)) return centroid;
  const [w, s, e, n] = area.bbox;
  let best: [number, number] = centroid;
  let bestDistance = Infinity;
  const steps = 24;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const point: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      const distance = Math.hypot(point[0] - centroid[0], point[1] - centroid[1]);
      if (distance < bestDistance && isInside(point, area)) [best, bestDistance] = [point, distance];
    }
  return best;
}

export function clampToLlr([w, s, e, n]: Bbox): Bbox {
  const [bw, bs, be, bn] = LLR_BOUNDS;
  return [Math.max(w, bw), Math.max(s, bs), Math.min(e, be), Math.min(n, bn)];
}
