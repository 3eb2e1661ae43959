import { ScatterplotLayer } from '@deck.gl/layers';
import type { PointOfInterest, PoiGroup } from './points-of-interest';

export const POI_LAYER_ID = 'points-of-interest';

/** Four families, not thirteen colours: what a patrol planner tells apart at a glance beside a hotspot. */
export const POI_FAMILIES = [
  { id: 'nightlife', label: 'Pubs, bars, clubs, off-licences', colour: [13, 110, 110] },
  { id: 'shops', label: 'Takeaways, shops, betting, fuel', colour: [122, 78, 22] },
  { id: 'transport', label: 'Bus and rail stations', colour: [31, 78, 156] },
  { id: 'education', label: 'Schools and colleges', colour: [70, 70, 70] },
] as const satisfies readonly { id: string; label: string; colour: [number, number, number] }[];

type FamilyId = (typeof POI_FAMILIES)[number]['id'];

const FAMILY_OF_GROUP: Record<PoiGroup, FamilyId> = {
  pub: 'nightlife',
  bar: 'nightlife',
  nightclub: 'nightlife',
  off_licence: 'nightlife',
  fast_food: 'shops',
  convenience: 'shops',
  supermarket: 'shops',
  betting: 'shops',
  fuel: 'shops',
  bus_station: 'transport',
  rail_station: 'transport',
  school: 'education',
  college: 'education',
};

export const poiColour = (group: PoiGroup): [number, number, number] =>
  [...POI_FAMILIES.find((f) => f.id === FAMILY_OF_GROUP[group])!.colour] as [number, number, number];

/** Points of interest as small dots ringed in white (so they read over any hex colour), from street zoom's edge. */
export function poiLayer(pois: readonly PointOfInterest[], visible: boolean) {
  return new ScatterplotLayer<PointOfInterest>({
    id: POI_LAYER_ID,
    data: pois,
    visible,
    getPosition: (p) => p.lngLat,
    getFillColor: (p) => poiColour(p.group),
    getLineColor: [255, 255, 255],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    radiusUnits: 'pixels',
    getRadius: 5,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 191, 71, 255],
  });
}
