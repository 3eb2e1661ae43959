// The streets around a place, read from the basemap's own OpenStreetMap archive (zoom 14, OpenMapTiles schema) for
// maps drawn outside MapLibre: a briefing sheet's hotspot map prints as SVG from these features.
import { VectorTile } from '@mapbox/vector-tile';
import type { Geometry, Position } from 'geojson';
import { PbfReader } from 'pbf';
import type { PMTiles } from 'pmtiles';
import type { LngLatBox } from '../analysis/bbox';

/** The archive's highest zoom, the only one that holds every minor road and street name. */
export const STREET_TILE_ZOOM = 14;

export const STREET_LAYERS = ['transportation', 'transportation_name', 'building', 'water'] as const;
export type StreetLayer = (typeof STREET_LAYERS)[number];

export interface StreetFeature {
  layer: StreetLayer;
  /** OpenMapTiles `class` (primary, minor, path, rail…), '' when the layer has none. */
  roadClass: string;
  /** The OSM name (`name:latin` in this build), '' when none. */
  name: string;
  geometry: Geometry;
}

/** Web Mercator as a fraction of the world, 0–1 from the antimeridian west and from the north edge down. */
export function mercatorFraction([lng, lat]: Position): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

/** The z/x/y tiles at `zoom` that cover a box (Web Mercator tile scheme). */
export function tilesCovering(
  [west, south, east, north]: LngLatBox,
  zoom = STREET_TILE_ZOOM,
): [number, number, number][] {
  const n = 2 ** zoom;
  const [x0, y0] = mercatorFraction([west, north]).map((f) => Math.floor(f * n));
  const [x1, y1] = mercatorFraction([east, south]).map((f) => Math.floor(f * n));
  const tiles: [number, number, number][] = [];
  for (let tx = x0; tx <= x1; tx++) for (let ty = y0; ty <= y1; ty++) tiles.push([zoom, tx, ty]);
  return tiles;
}

/**
 * Every road, street name, building and water feature of the tiles covering `box`, in longitude/latitude; `cache`
 * keeps each tile's features for the next place that shares the tile.
 */
export async function streetFeaturesAround(
  archive: PMTiles,
  box: LngLatBox,
  cache = new Map<string, StreetFeature[]>(),
): Promise<StreetFeature[]> {
  const features: StreetFeature[] = [];
  for (const [z, x, y] of tilesCovering(box)) {
    const key = `${z}/${x}/${y}`;
    if (!cache.has(key)) cache.set(key, await tileFeatures(archive, z, x, y));
    features.push(...cache.get(key)!);
  }
  return features;
}

async function tileFeatures(archive: PMTiles, z: number, x: number, y: number): Promise<StreetFeature[]> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return []; // outside LLR: the archive holds no tile there
  const decoded = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
  const features: StreetFeature[] = [];
  for (const layer of STREET_LAYERS) {
    const source = decoded.layers[layer];
    for (let i = 0; i < (source?.length ?? 0); i++) {
      const feature = source.feature(i);
      const { class: roadClass, 'name:latin': latin, name } = feature.properties;
      features.push({
        layer,
        roadClass: typeof roadClass === 'string' ? roadClass : '',
        name: typeof latin === 'string' ? latin.trim() : typeof name === 'string' ? name.trim() : '',
        geometry: feature.toGeoJSON(x, y, z).geometry,
      });
    }
  }
  return features;
}
