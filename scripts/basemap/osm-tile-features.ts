// The OpenStreetMap vector tiles in the shared data (OpenMapTiles schema, two county sets, zoom 0–14) read as GeoJSON
// features. They are not in the repository (22 MB), so the basemap build reads them from ../shared by default.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import type { Geometry } from 'geojson';
import { PbfReader } from 'pbf';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Override with OSM_TILES_DIR; the folder holds `<set>/tiles/{z}/{x}/{y}.pbf` (see its README.md). */
export const OSM_TILES_DIR = process.env.OSM_TILES_DIR ?? path.resolve(repoRoot, '../shared/data/basemap/osm-tiles');

/** Leicester + Leicestershire, and Rutland: the two tile sets, each with only its own county's features. */
export const OSM_TILE_SETS = ['leicestershire', 'rutland'] as const;

/** Street names and POIs are complete only at the highest zoom: lower zooms drop minor roads and most POIs. */
export const OSM_DETAIL_ZOOM = 14;

export type TileProperties = Record<string, string | number | boolean>;

export interface TileFeature {
  layer: string;
  properties: TileProperties;
  geometry: Geometry;
  /** "leicestershire/14/8140/5364", for messages. */
  tile: string;
}

/** The OSM name: this tilemaker build writes it as `name:latin` only (process-openmaptiles.lua, SetNameAttributes). */
export function osmName(properties: TileProperties): string {
  const name = properties['name:latin'] ?? properties.name;
  return typeof name === 'string' ? name.trim() : '';
}

/** Every feature of the named layers in every tile of both sets at `zoom`, with lng/lat coordinates. */
export function* readTileFeatures(layers: readonly string[], zoom = OSM_DETAIL_ZOOM): Generator<TileFeature> {
  for (const set of OSM_TILE_SETS) {
    const zoomDir = path.join(OSM_TILES_DIR, set, 'tiles', String(zoom));
    if (!existsSync(zoomDir))
      throw new Error(`No OSM tiles at ${zoomDir}: set OSM_TILES_DIR to the shared osm-tiles folder (see its README).`);
    for (const xName of readdirSync(zoomDir)) {
      for (const yName of readdirSync(path.join(zoomDir, xName))) {
        if (!yName.endsWith('.pbf')) continue;
        const [x, y] = [Number(xName), Number(yName.slice(0, -4))];
        const tile = new VectorTile(new PbfReader(readFileSync(path.join(zoomDir, xName, yName))));
        for (const layerName of layers) {
          const layer = tile.layers[layerName];
          for (let i = 0; i < (layer?.length ?? 0); i++) {
            const feature = layer.feature(i);
            yield {
              layer: layerName,
              properties: feature.properties,
              geometry: feature.toGeoJSON(x, y, zoom).geometry,
              tile: `${set}/${zoom}/${x}/${y}`,
            };
          }
        }
      }
    }
  }
}
