// Street names for the gazetteer: OSM `transportation_name` lines from the z14 tiles joined into one entry per street
// per settlement, then police.uk snap-point names that OSM has no street for nearby.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { GENERIC_PLACES } from '../../src/analysis/hotspot-proposal/naming';
import { normaliseName, type GazetteerEntry } from '../../src/map/gazetteer';
import { areaAt, clampToLlr, type Area } from './llr-areas';
import { clusterPieces, mergeStreet, type LngLat, type StreetPiece } from './merge-street-pieces';
import { osmName, type TileFeature } from './osm-tile-features';
import type { Localities, Place } from './gazetteer-places';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Pieces of one name in one settlement this close are one street. Tile clipping leaves gaps of 0 m; 500 m also
 * bridges a street broken by a square or a renamed stretch, yet keeps apart the Church Lanes of neighbouring villages.
 */
export const JOIN_METRES = 500;

/** Named lines that are not streets: railway lines, indoor corridors, race tracks, lifts, motorway services. */
const NOT_STREETS = new Set(['rail', 'transit', 'corridor', 'raceway', 'elevator', 'services', 'rest_area']);

export interface StreetEntry extends GazetteerEntry {
  /** Normalised name, for matching police.uk names. */
  key: string;
}

function linesOf(feature: TileFeature): LngLat[][] {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates as LngLat[]];
  if (g.type === 'MultiLineString') return g.coordinates as LngLat[][];
  return [];
}

/** The spelling most pieces use ("St Margaret's Way" over a stray "St Margarets Way"); ties alphabetical. */
function commonestSpelling(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** A part of a street this short (a tile-buffer sliver across a boundary) joins the longest part of its street. */
const SLIVER_METRES = 100;

interface NamedPiece extends StreetPiece {
  settlement: Place;
}

/** The street's pieces grouped by settlement, slivers folded into the longest group. */
function partsBySettlement(pieces: readonly NamedPiece[]): NamedPiece[][] {
  const parts = new Map<Place, NamedPiece[]>();
  for (const piece of pieces) parts.set(piece.settlement, [...(parts.get(piece.settlement) ?? []), piece]);
  const measured = [...parts.values()].map((part) => ({ part, metres: mergeStreet(part).lengthMetres }));
  measured.sort((a, b) => b.metres - a.metres);
  const kept = measured.filter((m, i) => i === 0 || m.metres >= SLIVER_METRES).map((m) => m.part);
  for (const sliver of measured.filter((m, i) => i > 0 && m.metres < SLIVER_METRES)) kept[0].push(...sliver.part);
  return kept;
}

/**
 * Named OSM lines as one entry per street per settlement: pieces of a name are chained into streets first (gaps up
 * to JOIN_METRES), then each street is split by the settlement its pieces are nearest, so London Road through
 * Leicester, Oadby and Great Glen is three entries but a London Road is never split within Oadby.
 */
export function streetsFromTiles(
  features: Iterable<TileFeature>,
  districts: readonly Area[],
  localities: Localities,
): { streets: StreetEntry[]; pieces: number } {
  const byName = new Map<string, { pieces: NamedPiece[]; spellings: string[] }>();
  let pieceCount = 0;
  for (const f of features) {
    const name = osmName(f.properties);
    const lines = linesOf(f).filter((line) => line.length > 0);
    if (!name || NOT_STREETS.has(String(f.properties.class)) || lines.length === 0) continue;
    const middle = lines[0][Math.floor(lines[0].length / 2)];
    const district = areaAt(middle, districts);
    if (!district) continue;
    const key = normaliseName(name);
    const group = byName.get(key) ?? { pieces: [], spellings: [] };
    group.pieces.push({ lines, settlement: localities.settlement(middle, district.name) });
    group.spellings.push(name);
    byName.set(key, group);
    pieceCount++;
  }
  const streets: StreetEntry[] = [];
  for (const [key, group] of byName) {
    const name = commonestSpelling(group.spellings);
    for (const cluster of clusterPieces(group.pieces, JOIN_METRES))
      for (const part of partsBySettlement(cluster.map((i) => group.pieces[i]))) {
        const street = mergeStreet(part);
        streets.push({
          name,
          kind: 'street',
          key,
          lngLat: street.lngLat,
          bbox: clampToLlr(street.bbox),
          context: localities.context(street.lngLat, part[0].settlement),
          rank: Math.round(street.lengthMetres),
        });
      }
  }
  return { streets, pieces: pieceCount };
}

/** Metres from a point to a street's bbox (0 inside): a cheap "is this police.uk name that OSM street" test. */
function metresToBbox([lng, lat]: LngLat, [w, s, e, n]: [number, number, number, number]): number {
  const dLng = Math.max(0, w - lng, lng - e) * 111_320 * Math.cos((lat * Math.PI) / 180);
  const dLat = Math.max(0, s - lat, lat - n) * 111_320;
  return Math.hypot(dLng, dLat);
}

/** police.uk capitalises after an apostrophe ("St John'S Close"); OSM does not. */
const fixCapitals = (name: string) => name.replace(/'S\b/g, "'s");

/** Road numbers alone ("A6003", "M1") are not street names a search box needs. */
const ROAD_NUMBER = /^[ABM]\d+(\([MT]\))?$/;

/**
 * police.uk snap-point names (public/basemap/street_points.geojson) as streets, only where OSM has no street of that
 * name within JOIN_METRES: those are counted as confirmed and dropped. Generic place types ("Supermarket"), road
 * numbers and names of places ("On or near Loughborough") are left out; points of one name within JOIN_METRES of each
 * other are one entry.
 */
export function policeUkStreets(
  osmStreets: readonly StreetEntry[],
  placeNames: ReadonlySet<string>,
  districts: readonly Area[],
  localities: Localities,
): { streets: StreetEntry[]; confirmed: number; generic: number } {
  const file = path.join(repoRoot, 'public/basemap/street_points.geojson');
  const points = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Point>;
  const byKey = new Map<string, StreetEntry[]>();
  for (const s of osmStreets) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  const streets: StreetEntry[] = [];
  let [confirmed, generic] = [0, 0];
  for (const point of points.features) {
    const name = fixCapitals(String(point.properties?.name ?? '').trim());
    const lngLat = point.geometry.coordinates as LngLat;
    const key = normaliseName(name);
    if (!name || GENERIC_PLACES.has(name) || ROAD_NUMBER.test(name) || placeNames.has(key)) {
      generic++;
      continue;
    }
    const near = (s: StreetEntry) => s.bbox !== undefined && metresToBbox(lngLat, s.bbox) <= JOIN_METRES;
    if ((byKey.get(key) ?? []).some(near)) {
      confirmed++;
      continue;
    }
    const district = areaAt(lngLat, districts);
    if (!district) continue;
    const already = streets.find((s) => s.key === key && metresToBbox(lngLat, s.bbox!) <= JOIN_METRES);
    if (already) continue;
    const settlement = localities.settlement(lngLat, district.name);
    const context = localities.context(lngLat, settlement);
    streets.push({ name, kind: 'street', key, lngLat, bbox: [...lngLat, ...lngLat], context });
  }
  return { streets, confirmed, generic };
}
