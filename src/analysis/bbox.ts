import type { Geometry, Position } from 'geojson';

/** West, south, east, north in degrees (GeoJSON order). */
export type LngLatBox = [west: number, south: number, east: number, north: number];

type Nested = Position | Nested[];

/** The box around every vertex of a geometry (holes and closing vertices change nothing). */
export function bboxOf(geometry: Geometry): LngLatBox {
  const box: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: Nested): void => {
    if (typeof value[0] !== 'number') return (value as Nested[]).forEach(visit);
    const [lng, lat] = value as Position;
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  };
  const visitGeometry = (g: Geometry): void =>
    g.type === 'GeometryCollection' ? g.geometries.forEach(visitGeometry) : visit(g.coordinates);
  visitGeometry(geometry);
  return box;
}
