import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { cellsPolygon, type ProposedHotspot } from '../analysis/hotspot-proposal';
import type { HotspotSet, SetHotspot } from '../analysis/hotspot-set';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { OutlinedArea } from '../map/hotspot-set-layers';

/** The outline a hotspot is drawn with: the shape drawn by hand or read from a file, else the union of its cells. */
export const outlineOf = (h: SetHotspot): Polygon | MultiPolygon => h.drawn ?? cellsPolygon(h.cells);

/** The set in use as the map outlines it (Tier 1). */
export function shapesOfSet(set: HotspotSet | null | undefined): GripHotspotShape[] {
  return (set?.hotspots ?? []).map((h) => ({ hotspotId: h.hotspotId, name: h.name, geometry: outlineOf(h) }));
}

export const areasOf = (hotspots: (SetHotspot | ProposedHotspot)[]): OutlinedArea[] =>
  hotspots.map((h) => ({ hotspotId: h.hotspotId, polygon: 'polygon' in h ? h.polygon : outlineOf(h) }));

/** The hotspot of the set under a point of the map, for the tooltip's "H03 · Haymarket, Leicester" line. */
export function hotspotAt(shapes: GripHotspotShape[], lngLat: [number, number]): GripHotspotShape | null {
  return (
    shapes.find(
      (s) =>
        (s.geometry.type === 'Polygon' || s.geometry.type === 'MultiPolygon') &&
        booleanPointInPolygon(lngLat, s.geometry),
    ) ?? null
  );
}
