// Reading a GRIP hotspot file back: every feature validated; a bad one is left out with a problem naming its index
// and what is wrong, the good ones are kept. Properties a hub-drawn file lacks are null.
import { getResolution, isValidCell, latLngToCell, polygonToCells } from 'h3-js';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PROPERTY_DECIMALS, type HotspotFeature, type HotspotProperties } from './hotspot-geojson';
import type { HotspotDefinition, LngLat } from './types';

export type HotspotFileProblemCode =
  | 'not-json'
  | 'not-feature-collection'
  | 'not-a-feature'
  | 'not-a-polygon'
  | 'bad-coordinates'
  | 'missing-id'
  | 'duplicate-id'
  | 'bad-property'
  | 'bad-cells';

export interface HotspotFileProblem {
  code: HotspotFileProblemCode;
  /** Position in `features` (0-based); null for a problem with the whole file. */
  featureIndex: number | null;
  hotspotId: string | null;
  sentence: string;
}

/** What each problem means, in one sentence, after the feature it is about. */
const MEANING: Record<HotspotFileProblemCode, string> = {
  'not-json': 'the file is not valid JSON',
  'not-feature-collection': 'the file is not a GeoJSON FeatureCollection',
  'not-a-feature': 'it is not a GeoJSON Feature object',
  'not-a-polygon': 'its geometry is not a Polygon or MultiPolygon (a GRIP hotspot is an area)',
  'bad-coordinates': 'its coordinates are not closed rings of [longitude, latitude] in degrees',
  'missing-id': 'it has no hotspot_id (a non-empty string such as "H01")',
  'duplicate-id': 'its hotspot_id is used by an earlier feature',
  'bad-property': 'a property has the wrong type',
  'bad-cells': 'cells must be a list of H3 resolution-10 cell ids',
};

function problem(
  code: HotspotFileProblemCode,
  featureIndex: number | null,
  hotspotId: string | null,
  detail = '',
): HotspotFileProblem {
  const where = featureIndex === null ? '' : `features[${featureIndex}]${hotspotId ? ` (${hotspotId})` : ''}: `;
  const meaning = where ? MEANING[code] : MEANING[code].charAt(0).toUpperCase() + MEANING[code].slice(1);
  const sentence = `${where}${meaning}${detail ? ` (${detail})` : ''}; ${where ? 'it was not loaded' : 'nothing was loaded'}.`;
  return { code, featureIndex, hotspotId, sentence };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function validRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(validPosition)) return false;
  const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  return first[0] === last[0] && first[1] === last[1];
}

const validPolygon = (rings: unknown) => Array.isArray(rings) && rings.length > 0 && rings.every(validRing);

type Check = { ok: true; value: unknown } | { ok: false; detail: string };
const NUMBER_KEYS = Object.keys(PROPERTY_DECIMALS) as (keyof typeof PROPERTY_DECIMALS)[];
const STRING_KEYS = ['name', 'street', 'town', 'district', 'from_month', 'to_month'] as const;

function checkProperties(p: Record<string, unknown>): { ok: true; value: HotspotProperties } | Check {
  const bad = (key: string, want: string) => ({ ok: false as const, detail: `${key} should be ${want}` });
  const out: Record<string, unknown> = { hotspot_id: p.hotspot_id };
  for (const key of STRING_KEYS) {
    if (p[key] !== undefined && p[key] !== null && typeof p[key] !== 'string') return bad(key, 'a string or null');
    out[key] = p[key] ?? null;
  }
  for (const key of NUMBER_KEYS) {
    const v = p[key];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) return bad(key, 'a number');
    out[key] = v ?? null;
  }
  for (const key of ['locked', 'snap_point_flag'] as const) {
    if (p[key] !== undefined && p[key] !== null && typeof p[key] !== 'boolean') return bad(key, 'true or false');
    out[key] = p[key] ?? (key === 'locked' ? false : null);
  }
  for (const key of ['crimes_by_type', 'harm_by_type'] as const) {
    const v = p[key] ?? {};
    if (!isObject(v) || !Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x)))
      return bad(key, 'an object of numbers by crime type');
    out[key] = v;
  }
  const types = p.crime_types ?? [];
  if (!Array.isArray(types) || !types.every((t) => typeof t === 'string'))
    return bad('crime_types', 'a list of strings');
  out.crime_types = types;
  if (p.rank_by !== undefined && p.rank_by !== null && p.rank_by !== 'harm' && p.rank_by !== 'count')
    return bad('rank_by', '"harm", "count" or null');
  out.rank_by = p.rank_by ?? null;
  out.cells = p.cells ?? [];
  return { ok: true, value: out as unknown as HotspotProperties };
}

/** Reads a hotspot file: the valid features, and one problem per feature left out. */
export function readHotspotsGeoJson(text: string): { features: HotspotFeature[]; problems: HotspotFileProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { features: [], problems: [problem('not-json', null, null, (error as Error).message)] };
  }
  if (!isObject(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features))
    return { features: [], problems: [problem('not-feature-collection', null, null)] };
  const features: HotspotFeature[] = [];
  const problems: HotspotFileProblem[] = [];
  const seen = new Set<string>();
  parsed.features.forEach((f: unknown, i: number) => {
    if (!isObject(f) || f.type !== 'Feature') return problems.push(problem('not-a-feature', i, null));
    const p = isObject(f.properties) ? f.properties : {};
    const id = typeof p.hotspot_id === 'string' && p.hotspot_id.trim() ? p.hotspot_id : null;
    if (!id) return problems.push(problem('missing-id', i, null));
    if (seen.has(id)) return problems.push(problem('duplicate-id', i, id));
    const g = f.geometry;
    if (!isObject(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
      return problems.push(problem('not-a-polygon', i, id, `it is ${isObject(g) ? String(g.type) : 'missing'}`));
    const coordinatesOk =
      g.type === 'Polygon'
        ? validPolygon(g.coordinates)
        : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(validPolygon);
    if (!coordinatesOk) return problems.push(problem('bad-coordinates', i, id));
    const checked = checkProperties(p);
    if (!checked.ok) return problems.push(problem('bad-property', i, id, checked.detail));
    const cells = (checked.value as HotspotProperties).cells as unknown;
    const cellsOk =
      Array.isArray(cells) && cells.every((c) => typeof c === 'string' && isValidCell(c) && getResolution(c) === 10);
    if (!cellsOk) return problems.push(problem('bad-cells', i, id));
    seen.add(id);
    features.push({ properties: checked.value as HotspotProperties, geometry: g as unknown as Polygon | MultiPolygon });
  });
  return { features, problems };
}

/** Resolution-10 cells whose centres lie in the geometry; the cell under its first vertex when none does. */
export function cellsOfGeometry(geometry: Polygon | MultiPolygon): string[] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cells = new Set<string>();
  for (const rings of polygons) for (const c of polygonToCells(rings as number[][][], 10, true)) cells.add(c);
  if (cells.size === 0) {
    const [lng, lat] = polygons[0][0][0];
    cells.add(latLngToCell(lat, lng, 10));
  }
  return [...cells].sort();
}

/** A feature read back as a hotspot definition (to lock, or to measure on the data loaded). */
export function definitionFromFeature(feature: HotspotFeature): HotspotDefinition & { locked: boolean } {
  const p = feature.properties;
  const centre: LngLat | null = p.centre_lon !== null && p.centre_lat !== null ? [p.centre_lon, p.centre_lat] : null;
  return {
    hotspotId: p.hotspot_id,
    name: p.name,
    cells: p.cells.length > 0 ? [...p.cells] : cellsOfGeometry(feature.geometry),
    centreLngLat: centre,
    locked: p.locked,
  };
}
