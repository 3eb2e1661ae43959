// The GRIP hotspots a schedule or an evaluation is for, read from a hotspot file: only their ids and shapes. Unlike
// the proposal's reader (areas only), this takes street segments too: the demo's hotspots are LineStrings, and a
// patrol area may be either (hotspotArea buffers a line).
import type { Geometry } from 'geojson';
import type { HotspotShape } from '../hotspot-set/shapes';

export interface PatrolHotspot {
  id: string;
  shape: HotspotShape;
}

const SHAPES = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** True when every leaf of the nested coordinates is a [longitude, latitude] pair of finite degrees. */
function validCoordinates(value: unknown, depth: number): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (depth === 0) {
    const [lng, lat] = value as unknown[];
    return typeof lng === 'number' && typeof lat === 'number' && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
  }
  return value.every((v) => validCoordinates(v, depth - 1));
}

const DEPTH: Record<string, number> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** The file's hotspots, and a sentence per feature left out (which feature, what is wrong). */
export function readPatrolHotspots(text: string, fileName: string): { hotspots: PatrolHotspot[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { hotspots: [], problems: [`${fileName} is not valid JSON; no hotspots were loaded.`] };
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { hotspots: [], problems: [`${fileName} is not a GeoJSON FeatureCollection; no hotspots were loaded.`] };
  const hotspots: PatrolHotspot[] = [];
  const problems: string[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const id = isObject(f) && isObject(f.properties) ? f.properties.hotspot_id : undefined;
    const where = `${fileName}, features[${i}]${typeof id === 'string' ? ` (${id})` : ''}`;
    const geometry = isObject(f) && isObject(f.geometry) ? (f.geometry as unknown as Geometry) : null;
    let why: string | null = null;
    if (typeof id !== 'string' || id.trim() === '') why = 'it has no hotspot_id (a non-empty string such as "H01")';
    else if (hotspots.some((h) => h.id === id)) why = 'its hotspot_id is used by an earlier feature';
    else if (!geometry || !SHAPES.has(geometry.type))
      why = 'its geometry is not a Polygon, MultiPolygon, LineString or MultiLineString';
    else if (!validCoordinates((geometry as { coordinates?: unknown }).coordinates, DEPTH[geometry.type]))
      why = 'its coordinates are not [longitude, latitude] in degrees';
    if (why) problems.push(`${where}: ${why}; it was left out.`);
    else hotspots.push({ id: id as string, shape: geometry as HotspotShape });
  });
  return { hotspots, problems };
}
