// "Risky facilities" an analyst looks for beside a hotspot (Eck, Clarke & Guerette 2007, "Risky facilities: crime
// concentration in homogeneous sets of establishments and facilities", Crime Prevention Studies 21): the one place
// that says which OSM `poi` class/subclass values count, and in which plain-English group.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bboxOf } from '../analysis/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export const POI_GROUPS = [
  { id: 'pub', label: 'Pubs', singular: 'pub', order: 1 },
  { id: 'bar', label: 'Bars', singular: 'bar', order: 2 },
  { id: 'nightclub', label: 'Nightclubs', singular: 'nightclub', order: 3 },
  { id: 'off_licence', label: 'Off-licences', singular: 'off-licence', order: 4 },
  { id: 'fast_food', label: 'Fast food and takeaways', singular: 'takeaway', order: 5 },
  { id: 'convenience', label: 'Convenience shops and newsagents', singular: 'convenience shop', order: 6 },
  { id: 'supermarket', label: 'Supermarkets and department stores', singular: 'supermarket', order: 7 },
  { id: 'betting', label: 'Betting shops and pawnbrokers', singular: 'betting shop', order: 8 },
  { id: 'fuel', label: 'Petrol stations', singular: 'petrol station', order: 9 },
  { id: 'bus_station', label: 'Bus stations', singular: 'bus station', order: 10 },
  { id: 'rail_station', label: 'Rail stations', singular: 'rail station', order: 11 },
  { id: 'school', label: 'Schools', singular: 'school', order: 12 },
  { id: 'college', label: 'Colleges and universities', singular: 'college', order: 13 },
] as const;

export type PoiGroup = (typeof POI_GROUPS)[number]['id'];

export interface PointOfInterest {
  /** The OSM name, or "Unnamed pub" (the group's singular) where OSM has none: counted, not dropped. */
  name: string;
  group: PoiGroup;
  /** The OSM value it was chosen by ("pub", "alcohol", "bookmaker"), for a tooltip or a finer filter. */
  subclass: string;
  lngLat: [number, number];
}

/**
 * OSM `subclass` values (the tag's value: amenity=pub, shop=alcohol…) of each group, as this tile build writes them
 * (process-openmaptiles.lua). Left out on purpose: kindergartens (83; nurseries, not the teenagers' schools),
 * restaurants and cafés (803), car parks (3,179, mostly unnamed). Bus stops are not in the tiles at all: the build
 * reads highway=* nodes for no layer, so `bus_station` holds the 7 bus stations only.
 */
const GROUP_OF_SUBCLASS: Record<string, PoiGroup> = {
  pub: 'pub',
  biergarten: 'pub',
  bar: 'bar',
  nightclub: 'nightclub',
  alcohol: 'off_licence',
  wine: 'off_licence',
  beverages: 'off_licence',
  fast_food: 'fast_food',
  food_court: 'fast_food',
  convenience: 'convenience',
  newsagent: 'convenience',
  kiosk: 'convenience',
  general: 'convenience',
  supermarket: 'supermarket',
  department_store: 'supermarket',
  mall: 'supermarket',
  variety_store: 'supermarket',
  bookmaker: 'betting',
  pawnbroker: 'betting',
  money_lender: 'betting',
  fuel: 'fuel',
  bus_station: 'bus_station',
  bus_stop: 'bus_station',
  station: 'rail_station',
  halt: 'rail_station',
  tram_stop: 'rail_station',
  school: 'school',
  college: 'college',
  university: 'college',
};

/**
 * Most stations are in the tiles only as a named building with no class ("Loughborough Railway Station", "Oakham
 * Station"): the build's node keys skip railway=*. A classless name ending "Station" counts unless it says what
 * other kind of station it is.
 */
const RAIL_NAME = /\b(railway|rail|train) station\b|\bstation$/i;
const NOT_RAIL =
  /\b(fire|police|ambulance|petrol|filling|service|pumping|sub|substation|testing|hire|radio|power|bus|coach|lifeboat|donation|charging|old|former)\b/i;

const GROUP_SINGULAR = new Map<PoiGroup, string>(POI_GROUPS.map((g) => [g.id, g.singular]));

/** The point of interest a `poi` tile feature is, or null when it is not one of the groups. */
export function poiFromTileFeature(
  properties: Record<string, unknown>,
  lngLat: [number, number],
): PointOfInterest | null {
  const raw = properties['name:latin'] ?? properties.name;
  const name = typeof raw === 'string' ? raw.trim() : '';
  const osmClass = typeof properties.class === 'string' ? properties.class : '';
  const subclass = typeof properties.subclass === 'string' ? properties.subclass : '';
  let group: PoiGroup | undefined = GROUP_OF_SUBCLASS[subclass];
  // Subclass "station" is also an aerialway station; only a railway one (class railway/station) is a rail station.
  if (group === 'rail_station' && osmClass !== 'railway' && osmClass !== 'station') group = undefined;
  if (!group && osmClass === '' && RAIL_NAME.test(name) && !NOT_RAIL.test(name)) group = 'rail_station';
  if (!group) return null;
  return {
    name: name || `Unnamed ${GROUP_SINGULAR.get(group)}`,
    group,
    subclass: subclass || 'station',
    lngLat,
  };
}

type Area = Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>;

/** The points of interest inside an area (a GRIP hotspot's polygon), in the order given; boundary points count. */
export function poisInside(pois: readonly PointOfInterest[], area: Area): PointOfInterest[] {
  const geometry = 'geometry' in area ? area.geometry : area;
  const [w, s, e, n] = bboxOf(geometry);
  return pois.filter(
    ({ lngLat: [lng, lat] }) =>
      lng >= w && lng <= e && lat >= s && lat <= n && booleanPointInPolygon([lng, lat], geometry),
  );
}
