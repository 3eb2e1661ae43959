// Place names for the gazetteer: OSM `place` points from the z14 tiles, with the approximate populations of
// public/basemap/llr_places.geojson as their rank, and which settlement or suburb a point is nearest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { distanceMetres } from '../../src/analysis/hotspot-proposal/geodesy';
import { normaliseName, type GazetteerEntry, type GazetteerKind } from '../../src/map/gazetteer';
import { areaAt, type Area } from './llr-areas';
import { osmName, type TileFeature } from './osm-tile-features';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** OSM place=* values kept, as gazetteer kinds. Farms (636) and isolated dwellings (161) are left out: too many. */
const PLACE_KINDS: Record<string, GazetteerKind> = {
  city: 'city',
  town: 'town',
  village: 'village',
  suburb: 'suburb',
  neighbourhood: 'suburb',
  quarter: 'suburb',
  hamlet: 'hamlet',
  locality: 'locality',
  square: 'locality',
  island: 'locality',
  islet: 'locality',
};

/** Kinds a street can be "in": the context names the nearest of these in the street's district. */
const SETTLEMENT_KINDS = new Set<GazetteerKind>(['city', 'town', 'village', 'hamlet']);

/** Only a city or town has suburbs: "Belgrave, Leicester", but not "Agar Nook, Bardon" (Agar Nook is Coalville's). */
const HAS_SUBURBS = new Set<GazetteerKind>(['city', 'town']);

/** A suburb further than this from every town or city of its district is named by its district alone. */
const SUBURB_TOWN_METRES = 3000;

/**
 * How far a settlement of each kind reaches, for "which settlement is this street in": a point 1.5 km from
 * Loughborough's centre is in Loughborough, not in the hamlet 700 m away. A known population reaches
 * 10 m × √population (Leicester 6 km, Loughborough 2.5 km, Birstall 1.1 km) when that is further.
 */
const REACH_METRES: Partial<Record<GazetteerKind, number>> = { city: 4000, town: 1500, village: 700, hamlet: 300 };
const reachMetres = (p: Place) => Math.max(REACH_METRES[p.kind] ?? 300, 10 * Math.sqrt(p.rank ?? 0));

/** The same place repeats in every tile whose buffer holds it; copies of one name and kind this close are one. */
const SAME_PLACE_METRES = 1000;

export interface Place extends GazetteerEntry {
  district: string;
}

const metresBetween = (a: [number, number], b: [number, number]) => distanceMetres(a[1], a[0], b[1], b[0]);

/** One entry per OSM place inside LLR, each with its district; populations attached by name within 3 km. */
export function placesFromTiles(features: Iterable<TileFeature>, districts: readonly Area[]): Place[] {
  const places: Place[] = [];
  for (const f of features) {
    const kind = PLACE_KINDS[String(f.properties.class)];
    const name = osmName(f.properties);
    if (!kind || !name || f.geometry.type !== 'Point') continue;
    const lngLat = f.geometry.coordinates as [number, number];
    const key = normaliseName(name);
    if (
      places.some(
        (p) => p.kind === kind && normaliseName(p.name) === key && metresBetween(p.lngLat, lngLat) < SAME_PLACE_METRES,
      )
    )
      continue;
    const district = areaAt(lngLat, districts);
    if (district) places.push({ name, kind, lngLat, district: district.name });
  }
  addPopulations(places);
  return places;
}

/** Approximate 2021-era populations of 32 towns: the rank that puts Loughborough above Loughborough Moors. */
function addPopulations(places: Place[]): void {
  const file = path.join(repoRoot, 'public/basemap/llr_places.geojson');
  const towns = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Point>;
  for (const town of towns.features) {
    const name = String(town.properties?.name);
    const lngLat = town.geometry.coordinates as [number, number];
    const match = places.find(
      (p) =>
        SETTLEMENT_KINDS.has(p.kind) &&
        normaliseName(p.name) === normaliseName(name) &&
        metresBetween(p.lngLat, lngLat) < 3000,
    );
    const population = Number(town.properties?.population);
    if (match) match.rank = population;
    else places.push({ name, kind: 'town', lngLat, rank: population, district: String(town.properties?.district) });
  }
}

/** The candidate nearest the point, distances first divided by `scale` (its reach) when given. */
function nearest(
  lngLat: [number, number],
  candidates: readonly Place[],
  scale: (p: Place) => number = () => 1,
): { place: Place; metres: number } | null {
  let best: { place: Place; metres: number; scaled: number } | null = null;
  for (const place of candidates) {
    const metres = metresBetween(lngLat, place.lngLat);
    const scaled = metres / scale(place);
    if (!best || scaled < best.scaled) best = { place, metres, scaled };
  }
  return best;
}

/** Finds, for a point in a district, the settlement it belongs to and the words that say where it is. */
export class Localities {
  private settlements = new Map<string, Place[]>();
  private suburbs = new Map<string, Place[]>();
  private all: Place[];

  constructor(places: readonly Place[]) {
    this.all = places.filter((p) => SETTLEMENT_KINDS.has(p.kind));
    for (const p of places) {
      const map = SETTLEMENT_KINDS.has(p.kind) ? this.settlements : p.kind === 'suburb' ? this.suburbs : null;
      map?.set(p.district, [...(map.get(p.district) ?? []), p]);
    }
  }

  /** The city, town, village or hamlet of the district nearest in terms of its reach (any district if it has none). */
  settlement(lngLat: [number, number], district: string): Place {
    const found =
      nearest(lngLat, this.settlements.get(district) ?? this.all, reachMetres) ??
      nearest(lngLat, this.all, reachMetres);
    if (!found) throw new Error('no settlements were read from the place layer');
    return found.place;
  }

  /**
   * "Belgrave, Leicester" when a suburb of the district is nearer than the settlement's own point (and within
   * 1.5 km), else "Oakham, Rutland", or just "Leicester" where settlement and district share the name.
   */
  context(lngLat: [number, number], settlement: Place): string {
    const suburbs = HAS_SUBURBS.has(settlement.kind) ? (this.suburbs.get(settlement.district) ?? []) : [];
    const suburb = nearest(lngLat, suburbs);
    const settlementMetres = metresBetween(lngLat, settlement.lngLat);
    if (suburb && suburb.metres < Math.min(1500, settlementMetres) && suburb.place.name !== settlement.name)
      return `${suburb.place.name}, ${settlement.name}`;
    return settlement.name === settlement.district ? settlement.name : `${settlement.name}, ${settlement.district}`;
  }

  /** The town or city a suburb belongs to: the nearest in its district within 3 km, else none. */
  townOf(suburb: Place): Place | null {
    const towns = (this.settlements.get(suburb.district) ?? []).filter((p) => HAS_SUBURBS.has(p.kind));
    const found = nearest(suburb.lngLat, towns);
    return found && found.metres <= SUBURB_TOWN_METRES ? found.place : null;
  }
}
