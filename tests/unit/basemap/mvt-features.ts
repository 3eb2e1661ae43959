// Test helpers: vector tiles decoded into comparable feature keys, independent of the merge code under test.
import { expect } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf';
import { PbfReader } from 'pbf';

/** @mapbox/point-geometry's Point, named through vt-pbf's types (it is not a direct dependency of ours). */
type Point = ReturnType<VectorTileFeatureLike['loadGeometry']>[number][number];

export const decodeTile = (bytes: Uint8Array | ArrayBuffer): VectorTile =>
  new VectorTile(new PbfReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)));

/** Everything a feature draws or says: type, id, properties (sorted by key) and geometry in tile units. */
export function featureKeysByLayer(bytes: Uint8Array | ArrayBuffer): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const [name, layer] of Object.entries(decodeTile(bytes).layers)) {
    const layerKeys: string[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const properties = Object.entries(feature.properties).sort(([a], [b]) => (a < b ? -1 : 1));
      const geometry = feature.loadGeometry().map((ring) => ring.map((p) => `${p.x},${p.y}`).join(' '));
      layerKeys.push(JSON.stringify({ type: feature.type, id: feature.id, properties, geometry }));
    }
    keys.set(name, layerKeys);
  }
  return keys;
}

export function countOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Values of `property` over a layer's features. */
export function propertyValues(bytes: Uint8Array | ArrayBuffer, layerName: string, property: string): unknown[] {
  const layer = decodeTile(bytes).layers[layerName];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties[property]);
}

/** A one-layer tile of points, each `[x, y, properties]`, in the given extent. */
export function pointTile(
  layerName: string,
  points: [number, number, Record<string, string | number | boolean>][],
  extent = 4096,
): Uint8Array {
  const layer = {
    name: layerName,
    version: 2,
    extent,
    length: points.length,
    feature: (i: number) => ({
      type: 1 as const,
      id: undefined,
      extent,
      properties: points[i][2],
      // The encoder reads only x and y.
      loadGeometry: () => [[{ x: points[i][0], y: points[i][1] } as Point]],
    }),
  };
  return fromVectorTileJs({ layers: { [layerName]: layer } });
}

/**
 * Expects `mergedBytes` to hold, per layer, every feature of every source tile, each as many times as the source that
 * has it most often (a border feature both counties' extracts hold identically is kept once), and nothing else.
 * Returns, per layer, how many source features were such identical copies.
 */
export function expectUnionOfFeatures(
  mergedBytes: Uint8Array | ArrayBuffer,
  sources: readonly (Uint8Array | ArrayBuffer)[],
): Map<string, number> {
  const merged = featureKeysByLayer(mergedBytes);
  const sourceKeys = sources.map(featureKeysByLayer);
  const layerNames = new Set(sourceKeys.flatMap((keys) => [...keys.keys()]));
  expect([...merged.keys()].sort()).toEqual([...layerNames].sort());
  const copiesByLayer = new Map<string, number>();
  for (const name of layerNames) {
    const expected = new Map<string, number>();
    for (const keys of sourceKeys) {
      for (const [key, count] of countOf(keys.get(name) ?? []))
        expected.set(key, Math.max(count, expected.get(key) ?? 0));
    }
    const got = countOf(merged.get(name) ?? []);
    expect(got, `layer ${name}`).toEqual(expected);
    const sourceTotal = sourceKeys.reduce((sum, keys) => sum + (keys.get(name)?.length ?? 0), 0);
    copiesByLayer.set(name, sourceTotal - (merged.get(name)?.length ?? 0));
  }
  return copiesByLayer;
}
