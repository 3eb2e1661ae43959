// Combines the Leicestershire and Rutland z/x/y tile sets into one: a tile both sets hold (the county border, and the
// low-zoom pyramid above it) carries mostly its own county's features in each, so the two are merged layer by layer
// rather than one replacing the other; the features both extracts hold identically are kept once.
// Mapbox Vector Tile spec 2.1: https://github.com/mapbox/vector-tile-spec/tree/master/2.1 (layers, extent, features).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { fromVectorTileJs, type VectorTileFeatureLike, type VectorTileLayerLike } from '@maplibre/vt-pbf';
import { PbfReader } from 'pbf';

export interface ZxyTile {
  z: number;
  x: number;
  y: number;
  /** Uncompressed MVT protobuf, as the source folders hold it. */
  mvtBytes: Uint8Array;
}

export interface TileSet {
  name: string;
  /** Keyed by `z/x/y`. */
  tiles: Map<string, ZxyTile>;
}

export const tileKey = (z: number, x: number, y: number): string => `${z}/${x}/${y}`;

/** Reads every `{z}/{x}/{y}.pbf` under `tilesDir` (the XYZ scheme: y counts down from the north). */
export function readTileSet(name: string, tilesDir: string): TileSet {
  const tiles = new Map<string, ZxyTile>();
  const numbered = (dir: string) => readdirSync(dir).filter((entry) => /^\d+$/.test(entry));
  for (const zName of numbered(tilesDir)) {
    for (const xName of numbered(path.join(tilesDir, zName))) {
      for (const file of readdirSync(path.join(tilesDir, zName, xName))) {
        const match = /^(\d+)\.pbf$/.exec(file);
        if (!match) continue;
        const [z, x, y] = [Number(zName), Number(xName), Number(match[1])];
        const mvtBytes = new Uint8Array(readFileSync(path.join(tilesDir, zName, xName, file)));
        tiles.set(tileKey(z, x, y), { z, x, y, mvtBytes });
      }
    }
  }
  return { name, tiles };
}

/** A feature drawn in a layer's own extent, rescaled to the merged layer's extent when the two differ. */
function inExtent(feature: VectorTileFeature, targetExtent: number): VectorTileFeatureLike {
  const scale = targetExtent / feature.extent;
  return {
    type: feature.type,
    properties: feature.properties,
    id: feature.id,
    extent: targetExtent,
    loadGeometry: () =>
      scale === 1
        ? feature.loadGeometry()
        : feature.loadGeometry().map((ring) => ring.map((p) => p.mult(scale).round())),
  };
}

/** Type, properties (in key order) and geometry: two features with the same key draw the same thing. */
function featureKey(feature: VectorTileFeatureLike): string {
  const properties = Object.entries(feature.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const geometry = feature.loadGeometry().map((ring) => ring.flatMap((p) => [p.x, p.y]));
  return JSON.stringify([feature.type, feature.id ?? null, properties, geometry]);
}

type SourceLayer = VectorTile['layers'][string];

export interface MergedTile {
  mvtBytes: Uint8Array;
  /** Features left out because another source tile already held an identical one. */
  copiesDropped: number;
}

/**
 * A layer's features from all its sources, without copies: each county extract also holds the ways and nodes that
 * straddle the border (the county boundary, a road, a village label), identically. A feature appears as many times as
 * in the source that has it most often, so a source's own repeats are kept.
 */
function unionOfFeatures(sources: readonly SourceLayer[], extent: number) {
  const features: VectorTileFeatureLike[] = [];
  let copiesDropped = 0;
  const mergedCounts = new Map<string, number>();
  for (const layer of sources) {
    const sourceCounts = new Map<string, number>();
    for (let i = 0; i < layer.length; i++) {
      const feature = inExtent(layer.feature(i), extent);
      const key = featureKey(feature);
      const seen = (sourceCounts.get(key) ?? 0) + 1;
      sourceCounts.set(key, seen);
      if (seen > (mergedCounts.get(key) ?? 0)) features.push(feature);
      else copiesDropped++;
    }
    for (const [key, count] of sourceCounts) mergedCounts.set(key, Math.max(count, mergedCounts.get(key) ?? 0));
  }
  return { features, copiesDropped };
}

/**
 * Joins several tiles of the same z/x/y into one, layer by layer: each layer keeps every distinct feature of its
 * sources, the largest extent among them (the others are rescaled, since coordinates are in extent units, spec 4.3)
 * and the lowest version (a version-1 layer makes no winding promise, so only the lower claim holds for the mix).
 * Re-encoding is needed: a tile should not hold two layers of one name (spec 4.1), and MapLibre keeps only the last
 * of them, so plain byte concatenation would lose a county's features.
 */
export function mergeVectorTiles(mvtTiles: readonly Uint8Array[]): MergedTile {
  const sourcesByName = new Map<string, SourceLayer[]>();
  for (const bytes of mvtTiles) {
    for (const layer of Object.values(new VectorTile(new PbfReader(bytes)).layers)) {
      sourcesByName.set(layer.name, [...(sourcesByName.get(layer.name) ?? []), layer]);
    }
  }
  const layers: Record<string, VectorTileLayerLike> = {};
  let copiesDropped = 0;
  for (const [name, sources] of sourcesByName) {
    const extent = Math.max(...sources.map((layer) => layer.extent));
    const union = unionOfFeatures(sources, extent);
    const features = union.features;
    copiesDropped += union.copiesDropped;
    layers[name] = {
      name,
      extent,
      version: Math.min(...sources.map((layer) => layer.version)),
      length: features.length,
      feature: (i) => features[i],
    };
  }
  return { mvtBytes: fromVectorTileJs({ layers }), copiesDropped };
}

export interface CombinedTiles {
  /** One tile per z/x/y that has any features, sorted by z, x, y. */
  tiles: ZxyTile[];
  /** Tiles present in more than one set, per zoom. */
  sharedByZoom: Map<number, number>;
  /** Shared tiles where more than one copy had features, so they were decoded and merged, per zoom. */
  mergedByZoom: Map<number, number>;
  /** Zero-byte source files (no features), left out: PMTiles entries must have length > 0. */
  emptyKeys: string[];
  /** Border features both sets held identically, kept once. */
  copiesDropped: number;
}

const increment = (counts: Map<number, number>, z: number) => counts.set(z, (counts.get(z) ?? 0) + 1);

/**
 * One tile per z/x/y over all sets: a tile only one set holds keeps its bytes; a shared tile with features in one set
 * only keeps that set's bytes; a shared tile with features in several is merged. Empty tiles are dropped.
 */
export function combineTileSets(sets: readonly TileSet[]): CombinedTiles {
  const copiesByKey = new Map<string, ZxyTile[]>();
  for (const set of sets) {
    for (const [key, tile] of set.tiles) copiesByKey.set(key, [...(copiesByKey.get(key) ?? []), tile]);
  }
  const result: CombinedTiles = {
    tiles: [],
    sharedByZoom: new Map(),
    mergedByZoom: new Map(),
    emptyKeys: [],
    copiesDropped: 0,
  };
  for (const [key, copies] of copiesByKey) {
    const { z, x, y } = copies[0];
    if (copies.length > 1) increment(result.sharedByZoom, z);
    const withFeatures = copies.filter((tile) => tile.mvtBytes.length > 0);
    if (withFeatures.length === 0) result.emptyKeys.push(key);
    else if (withFeatures.length === 1) result.tiles.push(withFeatures[0]);
    else {
      increment(result.mergedByZoom, z);
      const merged = mergeVectorTiles(withFeatures.map((tile) => tile.mvtBytes));
      result.copiesDropped += merged.copiesDropped;
      result.tiles.push({ z, x, y, mvtBytes: merged.mvtBytes });
    }
  }
  result.tiles.sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
  result.emptyKeys.sort();
  return result;
}
