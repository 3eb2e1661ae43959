// Cells and centres of hotspot shapes: drawn polygons, street segments read from a hub's file, bare cell lists.
import { cellToLatLng, getResolution, greatCircleDistance, isValidCell, latLngToCell } from 'h3-js';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { cellsOfGeometry, cellsPolygon, type LngLat } from '../hotspot-proposal';

export const HOTSPOT_RESOLUTION = 10;

/** A street segment is sampled this often to find the cells it runs through (a resolution-10 edge is ≈ 66 m). */
const LINE_STEP_M = 10;

export const isHotspotCell = (cell: string): boolean =>
  typeof cell === 'string' && isValidCell(cell) && getResolution(cell) === HOTSPOT_RESOLUTION;

export const sortedCells = (cells: Iterable<string>): string[] => [...new Set(cells)].sort();

/** Metres between two [lng, lat] points (great circle, h3-js's Earth radius). */
export function metresBetween([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  return greatCircleDistance([lat1, lng1], [lat2, lng2], 'm');
}

const cellLngLat = (cell: string): LngLat => {
  const [lat, lng] = cellToLatLng(cell);
  return [lng, lat];
};

/**
 * The centre of a hand-made hotspot: the centre of its cell nearest the mean of its cell centres (ties by cell id), so
 * the centre lies on the hotspot, as a proposed hotspot's seed does. Without crimes to hand, harm cannot choose it.
 */
export function centreOfCells(cells: string[]): LngLat {
  const sorted = sortedCells(cells);
  const centres = sorted.map(cellLngLat);
  const mean: LngLat = [
    centres.reduce((s, c) => s + c[0], 0) / centres.length,
    centres.reduce((s, c) => s + c[1], 0) / centres.length,
  ];
  let best = 0;
  for (let i = 1; i < centres.length; i++)
    if (metresBetween(centres[i], mean) < metresBetween(centres[best], mean)) best = i;
  return centres[best];
}

/** The point halfway along a line (by length): the centre of a street segment. */
function middleOfLine(line: Position[]): LngLat {
  const lengths = line.slice(1).map((p, i) => metresBetween(line[i] as LngLat, p as LngLat));
  let half = lengths.reduce((s, x) => s + x, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (half <= lengths[i] && lengths[i] > 0) {
      const t = half / lengths[i];
      return [line[i][0] + t * (line[i + 1][0] - line[i][0]), line[i][1] + t * (line[i + 1][1] - line[i][1])];
    }
    half -= lengths[i];
  }
  return [line[0][0], line[0][1]];
}

/** Cells a line runs through, sampled every LINE_STEP_M (straight in degrees between vertices: segments are short). */
function cellsOfLine(line: Position[]): string[] {
  const cells = new Set<string>();
  line.forEach(([lng, lat], i) => {
    cells.add(latLngToCell(lat, lng, HOTSPOT_RESOLUTION));
    if (i === 0) return;
    const [lng0, lat0] = line[i - 1];
    const steps = Math.ceil(metresBetween([lng0, lat0], [lng, lat]) / LINE_STEP_M);
    for (let s = 1; s < steps; s++)
      cells.add(latLngToCell(lat0 + ((lat - lat0) * s) / steps, lng0 + ((lng - lng0) * s) / steps, HOTSPOT_RESOLUTION));
  });
  return [...cells];
}

export type HotspotShape = Polygon | MultiPolygon | LineString | MultiLineString;

/**
 * What a shape read from a file covers: an area, its cells (centres inside) and it stays the drawn polygon; a street
 * segment, the cells it runs through, centred halfway along (a set's hotspots are areas, so the line becomes its
 * cells).
 */
export function cellsOfShape(shape: HotspotShape): { cells: string[]; centreLngLat: LngLat } {
  if (shape.type === 'Polygon' || shape.type === 'MultiPolygon') {
    const cells = cellsOfGeometry(shape);
    return { cells, centreLngLat: centreOfCells(cells) };
  }
  const lines = shape.type === 'LineString' ? [shape.coordinates] : shape.coordinates;
  const longest = lines.reduce((a, b) => (lineLength(b) > lineLength(a) ? b : a));
  return { cells: sortedCells(lines.flatMap(cellsOfLine)), centreLngLat: middleOfLine(longest) };
}

const lineLength = (line: Position[]) =>
  line.slice(1).reduce((s, p, i) => s + metresBetween(line[i] as LngLat, p as LngLat), 0);

/** Type and [lng, lat] positions to 6 decimals, as the hotspot file writes them. */
function canonicalText(g: Polygon | MultiPolygon): string {
  const ring = (r: Position[]) => r.map((p) => [Number(p[0].toFixed(6)), Number(p[1].toFixed(6))]);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return JSON.stringify([g.type, polygons.map((rings) => rings.map(ring))]);
}

/** Whether a polygon is (to the file's 6 decimals) just the union of the cells: then it need not be kept as drawn. */
export function isUnionOfCells(geometry: Polygon | MultiPolygon, cells: string[]): boolean {
  return canonicalText(geometry) === canonicalText(cellsPolygon(cells));
}
