import buffer from '@turf/buffer';
import type { MultiPolygon, Polygon } from 'geojson';
import type { HotspotShape } from './hotspot-set/shapes';

/** A street-segment GRIP hotspot counts what lies within this distance of its line (the patrol rules' default). */
export const DEFAULT_STREET_BUFFER_METRES = 50;

/**
 * The area a GRIP hotspot covers: an area as drawn; a street segment (a line) as its buffer, so that a crime or a
 * patrol ping is "in" a street-segment hotspot when it lies within `bufferMetres` of the line (Turf's geodesic buffer).
 */
export function hotspotArea(
  shape: HotspotShape,
  bufferMetres: number = DEFAULT_STREET_BUFFER_METRES,
): Polygon | MultiPolygon {
  if (shape.type === 'Polygon' || shape.type === 'MultiPolygon') return shape;
  if (!(bufferMetres > 0)) throw new Error(`A street-segment buffer must be more than 0 m (got ${bufferMetres}).`);
  const buffered = buffer(shape, bufferMetres, { units: 'meters' });
  if (!buffered) throw new Error('The street segment has no length to buffer.');
  return buffered.geometry;
}

/** An area grown by `metres` all round: "inside or within 100 m" of a GRIP hotspot (nearby places, displacement). */
export function areaWithin(area: Polygon | MultiPolygon, metres: number): Polygon | MultiPolygon {
  const grown = buffer(area, metres, { units: 'meters' });
  if (!grown) throw new Error('The area has nothing to grow.');
  return grown.geometry;
}
