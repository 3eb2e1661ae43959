// The archive the app ships, public/basemap/llr-osm.pmtiles (OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0),
// read with the `pmtiles` package: header, metadata, and every tile in and around its bounds decoded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Compression, TileType, type Header, type PMTiles } from 'pmtiles';
import { openPmtilesFile } from '../../../scripts/basemap/file-source';
import { decodeTile } from './mvt-features';

const ARCHIVE = path.resolve(import.meta.dirname, '../../../public/basemap/llr-osm.pmtiles');

/**
 * Tiles per zoom, measured by `npm run basemap:tiles` (2026-12-01) from the shared osm-tiles folder: the union of the
 * Leicestershire (1,540 files) and Rutland (335) sets, 79 z/x/y in both counted once, less 12 zero-byte tiles
 * (z0–z3 are empty in both sets). Recounted here by reading the archive.
 */
const TILES_PER_ZOOM = [0, 0, 0, 0, 1, 1, 2, 2, 3, 5, 11, 32, 105, 346, 1276];

/**
 * Features per layer over all tiles, measured by decoding every tile of both source sets, with the 127 border
 * features that both sets hold identically counted once (431,720 in all).
 */
const FEATURES_PER_LAYER: Record<string, number> = {
  aerodrome_label: 117,
  aeroway: 571,
  boundary: 3789,
  building: 92908,
  housenumber: 17100,
  landcover: 39132,
  landuse: 23849,
  mountain_peak: 140,
  park: 255,
  place: 3966,
  poi: 21633,
  transportation: 105844,
  transportation_name: 103814,
  water: 4140,
  water_name: 6334,
  waterway: 8128,
};

/** Slippy-map tile column and row of a point (XYZ scheme). */
function tileOf(lngLat: [number, number], z: number): [number, number] {
  const n = 2 ** z;
  const latRadians = (lngLat[1] * Math.PI) / 180;
  const x = Math.floor(((lngLat[0] + 180) / 360) * n);
  const y = Math.floor(((1 - Math.asinh(Math.tan(latRadians)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

interface VectorLayerJson {
  id: string;
  fields: Record<string, string>;
}

let archive: PMTiles;
let header: Header;
let metadata: Record<string, unknown>;
const tilesPerZoom = TILES_PER_ZOOM.map(() => 0);
const featuresPerLayer: Record<string, number> = {};
const fieldsPerLayer = new Map<string, Set<string>>();
let tilesOutsideBounds = 0;

beforeAll(async () => {
  if (!existsSync(ARCHIVE)) throw new Error(`${ARCHIVE} is missing: build it with npm run basemap:tiles`);
  archive = openPmtilesFile(ARCHIVE);
  header = await archive.getHeader();
  metadata = (await archive.getMetadata()) as Record<string, unknown>;
  for (let z = header.minZoom; z <= header.maxZoom; z++) {
    // One tile of margin on every side: a tile found there would lie outside the header's bounds.
    const [west, north] = tileOf([header.minLon, header.maxLat], z);
    const [east, south] = tileOf([header.maxLon, header.minLat], z);
    for (let x = Math.max(0, west - 1); x <= Math.min(2 ** z - 1, east + 1); x++) {
      for (let y = Math.max(0, north - 1); y <= Math.min(2 ** z - 1, south + 1); y++) {
        const tile = await archive.getZxy(z, x, y);
        if (!tile) continue;
        tilesPerZoom[z]++;
        if (x < west || x > east || y < north || y > south) tilesOutsideBounds++;
        for (const [name, layer] of Object.entries(decodeTile(tile.data).layers)) {
          featuresPerLayer[name] = (featuresPerLayer[name] ?? 0) + layer.length;
          const fields = fieldsPerLayer.get(name) ?? new Set<string>();
          for (let i = 0; i < layer.length; i++) for (const key in layer.feature(i).properties) fields.add(key);
          fieldsPerLayer.set(name, fields);
        }
      }
    }
  }
});

describe('public/basemap/llr-osm.pmtiles', () => {
  it('has a PMTiles v3 header for gzipped vector tiles over LLR, centred on Leicester', () => {
    expect(header).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: 127,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      clustered: true,
      minZoom: 0,
      maxZoom: 14,
      centerZoom: 12,
      centerLon: -1.134,
      centerLat: 52.636,
    });
    // The union of the two sets' metadata.json bounds.
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([
      -1.5963879, 52.3936, -0.4276539, 52.9776,
    ]);
    expect(header.numAddressedTiles).toBe(1784);
    expect(header.leafDirectoryLength).toBe(0); // 1,784 entries fit in the root directory
  });

  it('holds the known number of tiles at each zoom, all inside its bounds', () => {
    expect(tilesPerZoom).toEqual(TILES_PER_ZOOM);
    expect(tilesOutsideBounds).toBe(0);
  });

  it('holds every feature of both county sets, border copies once', () => {
    expect(featuresPerLayer).toEqual(FEATURES_PER_LAYER);
  });

  it('credits OpenStreetMap and OpenMapTiles and names its sources by commit', () => {
    expect(metadata.attribution).toBe('© OpenStreetMap contributors, © OpenMapTiles');
    expect(metadata.license).toBe('ODbL-1.0');
    expect(metadata.sources).toEqual([
      expect.objectContaining({ commit: 'a2c7f0e201c46b2f8ad17c8d82a6558941affff8' }),
      expect.objectContaining({ commit: '5a1729c57692f2f1ccd6e3e22407ab286dc10760' }),
    ]);
  });

  it('describes in vector_layers exactly the layers the tiles hold, with every property they carry', () => {
    const vectorLayers = metadata.vector_layers as VectorLayerJson[];
    expect(vectorLayers.map((layer) => layer.id).sort()).toEqual(Object.keys(FEATURES_PER_LAYER));
    for (const layer of vectorLayers) {
      const fields = [...(fieldsPerLayer.get(layer.id) ?? [])];
      expect(Object.keys(layer.fields), layer.id).toEqual(expect.arrayContaining(fields));
    }
  });
});
