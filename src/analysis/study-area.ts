import { polygonToCellsExperimental, POLYGON_TO_CELLS_FLAGS } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';

/** West, south, east, north in WGS84 degrees (GeoJSON order). */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * Where a hot spot statistic compares cells (issue 15): Gi* asks whether a cell is hot *compared with the rest of the
 * study area*, so at resolution 10 the city centre is only informative against the city, not against fields.
 */
export type StudyAreaSpec =
  | { kind: 'llr' }
  | { kind: 'district'; name: string }
  /** Leicester city = the district "Leicester" (the unitary authority). */
  | { kind: 'city' }
  | { kind: 'bbox'; bbox: BBox }
  | { kind: 'polygon'; polygon: Polygon | MultiPolygon; label?: string };

export const DEFAULT_STUDY_AREA: StudyAreaSpec = { kind: 'llr' };

/** The districts of LLR as the ONS boundary file names them (`LAD13NM` in public/boundaries/llr_lad.geojson). */
export const LLR_DISTRICT_NAMES = [
  'Blaby',
  'Charnwood',
  'Harborough',
  'Hinckley and Bosworth',
  'Leicester',
  'Melton',
  'North West Leicestershire',
  'Oadby and Wigston',
  'Rutland',
] as const;

export const CITY_DISTRICT = 'Leicester';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the legend and the CLI call the area. */
export function studyAreaLabel(spec: StudyAreaSpec): string {
  switch (spec.kind) {
    case 'llr':
      return 'all of LLR';
    case 'district':
      return spec.name;
    case 'city':
      return 'Leicester city';
    case 'bbox':
      return 'the map view';
    case 'polygon':
      return spec.label ?? 'a drawn area';
  }
}

const ACCEPTED =
  'llr, city, district:<name> (one of ' +
  LLR_DISTRICT_NAMES.join(', ') +
  '), bbox:minLon,minLat,maxLon,maxLat or polygon:lng,lat;lng,lat;…';

/** Degrees to 6 places (~0.1 m): short in a URL, and formatting then parsing gives the same text back. */
const coordinate = (x: number) => String(Number(x.toFixed(6)));

/**
 * The short text form used by the CLI (`--area`) and the URL: `llr`, `city`, `district:Charnwood`,
 * `bbox:-1.2,52.6,-1.1,52.7`, and a drawn single-ring polygon as `polygon:lng,lat;lng,lat;…` (ring not closed).
 * Null for a polygon with holes or several parts: it has no short form.
 */
export function formatStudyArea(spec: StudyAreaSpec): string | null {
  switch (spec.kind) {
    case 'llr':
    case 'city':
      return spec.kind;
    case 'district':
      return `district:${spec.name}`;
    case 'bbox':
      return `bbox:${spec.bbox.map(coordinate).join(',')}`;
    case 'polygon': {
      if (spec.polygon.type !== 'Polygon' || spec.polygon.coordinates.length !== 1) return null;
      const ring = spec.polygon.coordinates[0].slice(0, -1);
      return `polygon:${ring.map(([lng, lat]) => `${coordinate(lng)},${coordinate(lat)}`).join(';')}`;
    }
  }
}

function numbers(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim());
  const values = parts.map(Number);
  return parts.every((p) => p !== '') && values.every(Number.isFinite) ? values : null;
}

const inRange = (lng: number, lat: number) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90;

function parseBBox(text: string): Parsed<StudyAreaSpec> {
  const values = numbers(text);
  const bad = (why: string): Parsed<StudyAreaSpec> => ({
    ok: false,
    error: `"bbox:${text}" is not a box: ${why}. Give bbox:minLon,minLat,maxLon,maxLat, e.g. bbox:-1.2,52.6,-1.1,52.7.`,
  });
  if (!values || values.length !== 4) return bad('it needs four numbers separated by commas');
  const [w, s, e, n] = values;
  if (!inRange(w, s) || !inRange(e, n)) return bad('longitudes lie within ±180 and latitudes within ±90');
  if (!(w < e && s < n)) return bad('the minimum longitude and latitude must be below the maximum ones');
  return { ok: true, value: { kind: 'bbox', bbox: [w, s, e, n] } };
}

function parsePolygon(text: string): Parsed<StudyAreaSpec> {
  const points = text.split(';').map(numbers);
  if (points.length < 3 || points.some((p) => !p || p.length !== 2 || !inRange(p[0], p[1])))
    return {
      ok: false,
      error: `"polygon:${text.slice(0, 40)}…" is not a polygon: give at least three lng,lat points separated by ";".`,
    };
  const ring = points as [number, number][];
  return { ok: true, value: { kind: 'polygon', polygon: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } } };
}

/**
 * The CLI's and the URL's text back to a spec; district names are matched ignoring case. `districts` defaults to
 * LLR's; the error sentence names everything that is accepted.
 */
export function parseStudyArea(text: string, districts: readonly string[] = LLR_DISTRICT_NAMES): Parsed<StudyAreaSpec> {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'llr') return { ok: true, value: { kind: 'llr' } };
  if (lower === 'city') return { ok: true, value: { kind: 'city' } };
  const colon = trimmed.indexOf(':');
  const kind = colon >= 0 ? lower.slice(0, colon) : lower;
  const rest = colon >= 0 ? trimmed.slice(colon + 1).trim() : '';
  if (kind === 'district') {
    const name = districts.find((d) => d.toLowerCase() === rest.toLowerCase());
    if (name) return { ok: true, value: { kind: 'district', name } };
    return { ok: false, error: `There is no district called "${rest}" in LLR: use one of ${districts.join(', ')}.` };
  }
  if (kind === 'bbox') return parseBBox(rest);
  if (kind === 'polygon') return parsePolygon(rest);
  return { ok: false, error: `Unknown study area "${trimmed}": use ${ACCEPTED}.` };
}

/** The box as a GeoJSON polygon ([lng, lat], counter-clockwise). */
export function bboxPolygon([w, s, e, n]: BBox): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/**
 * The H3 cells covering an area at a resolution: every cell whose centre is inside plus every cell the boundary
 * crosses (h3-js `polygonToCellsExperimental` with `containmentOverlapping`, as ForceArea screens LLR), so crimes near
 * the edge keep their hex. Each cell once, in the order found.
 */
export function cellsCoveringArea(polygons: (Polygon | MultiPolygon)[], resolution: number): string[] {
  const cells = new Set<string>();
  for (const geometry of polygons) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of parts)
      for (const cell of polygonToCellsExperimental(
        rings,
        resolution,
        POLYGON_TO_CELLS_FLAGS.containmentOverlapping,
        true,
      ))
        cells.add(cell);
  }
  return [...cells];
}
