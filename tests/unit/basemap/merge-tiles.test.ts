// Merging the two county tile sets: the real border tile 14/8155/5367 from both sets (tests/fixtures/osm-border-tile,
// © OpenStreetMap contributors, ODbL 1.0), then synthetic cases for extents and for which copy a tile keeps.
import { describe, expect, it } from 'vitest';
import { combineTileSets, mergeVectorTiles, tileKey, type TileSet } from '../../../scripts/basemap/merge-tiles';
import { readFixture } from '../../fixture';
import { decodeTile, expectUnionOfFeatures, featureKeysByLayer, pointTile, propertyValues } from './mvt-features';

const leicestershire = new Uint8Array(readFixture('osm-border-tile/leicestershire-14-8155-5367.pbf'));
const rutland = new Uint8Array(readFixture('osm-border-tile/rutland-14-8155-5367.pbf'));

describe('mergeVectorTiles on the real border tile', () => {
  const merged = mergeVectorTiles([leicestershire, rutland]);

  it('keeps every feature of both counties with its properties and geometry, identical copies once', () => {
    const copiesByLayer = expectUnionOfFeatures(merged.mvtBytes, [leicestershire, rutland]);
    const copies = [...copiesByLayer.values()].reduce((a, b) => a + b, 0);
    expect(merged.copiesDropped).toBe(copies);
    // Measured on this tile: the village label, its church, the boundary and Eye Brook are in both extracts.
    expect(copiesByLayer.get('place')).toBe(1);
    expect(copiesByLayer.get('transportation')).toBeGreaterThan(0);
  });

  it('has the A47 (only in the Rutland tile) and the Leicestershire-only road pieces', () => {
    const names = (bytes: Uint8Array) => propertyValues(bytes, 'transportation_name', 'name:latin');
    expect(names(leicestershire)).not.toContain('Uppingham Road');
    expect(names(merged.mvtBytes)).toContain('Uppingham Road');
    expect(propertyValues(merged.mvtBytes, 'transportation_name', 'ref')).toContain('A47');
    // Every name in the Leicestershire tile is also in the Rutland one, but not every piece: its own clipped pieces.
    const rutlandRoads = new Set(featureKeysByLayer(rutland).get('transportation'));
    const leicestershireOnly = featureKeysByLayer(leicestershire)
      .get('transportation')
      ?.filter((key) => !rutlandRoads.has(key));
    expect(leicestershireOnly?.length).toBeGreaterThan(0);
    const mergedRoads = new Set(featureKeysByLayer(merged.mvtBytes).get('transportation'));
    for (const key of leicestershireOnly ?? []) expect(mergedRoads.has(key)).toBe(true);
  });

  it('is needed: concatenated bytes hold each layer twice and a decoder keeps only the last copy', () => {
    const concatenated = new Uint8Array([...leicestershire, ...rutland]);
    const layer = decodeTile(concatenated).layers.transportation;
    expect(layer.length).toBe(decodeTile(rutland).layers.transportation.length);
    expect(decodeTile(merged.mvtBytes).layers.transportation.length).toBeGreaterThan(layer.length);
  });
});

describe('mergeVectorTiles on synthetic tiles', () => {
  it('rescales a layer drawn in a smaller extent to the larger one', () => {
    const coarse = pointTile('poi', [[10, 20, { name: 'coarse' }]], 512);
    const fine = pointTile('poi', [[100, 200, { name: 'fine' }]], 4096);
    const layer = decodeTile(mergeVectorTiles([coarse, fine]).mvtBytes).layers.poi;
    expect(layer.extent).toBe(4096);
    const points = Array.from({ length: layer.length }, (_, i) => {
      const feature = layer.feature(i);
      const [[point]] = feature.loadGeometry();
      return [feature.properties.name, point.x, point.y];
    });
    expect(points).toEqual([
      ['coarse', 80, 160],
      ['fine', 100, 200],
    ]);
  });

  it("keeps a source's own repeated features", () => {
    const twice = pointTile('poi', [
      [1, 1, { name: 'a' }],
      [1, 1, { name: 'a' }],
    ]);
    const once = pointTile('poi', [[1, 1, { name: 'a' }]]);
    expect(decodeTile(mergeVectorTiles([twice, once]).mvtBytes).layers.poi.length).toBe(2);
  });
});

describe('combineTileSets', () => {
  const tile = (z: number, x: number, y: number, name: string | null) => ({
    z,
    x,
    y,
    mvtBytes: name === null ? new Uint8Array(0) : pointTile('place', [[5, 5, { name }]]),
  });
  const set = (name: string, tiles: ReturnType<typeof tile>[]): TileSet => ({
    name,
    tiles: new Map(tiles.map((t) => [tileKey(t.z, t.x, t.y), t])),
  });
  const a = set('a', [tile(0, 0, 0, null), tile(1, 0, 0, 'a only'), tile(1, 1, 0, 'a'), tile(1, 1, 1, 'a')]);
  const b = set('b', [tile(0, 0, 0, null), tile(1, 0, 1, 'b only'), tile(1, 1, 0, null), tile(1, 1, 1, 'b')]);
  const combined = combineTileSets([a, b]);

  it('keeps single copies as they are, merges shared tiles with features on both sides, drops empty ones', () => {
    expect(combined.tiles.map((t) => tileKey(t.z, t.x, t.y))).toEqual(['1/0/0', '1/0/1', '1/1/0', '1/1/1']);
    expect(combined.tiles[0].mvtBytes).toBe(a.tiles.get('1/0/0')?.mvtBytes);
    expect(combined.tiles[2].mvtBytes).toBe(a.tiles.get('1/1/0')?.mvtBytes);
    expect(propertyValues(combined.tiles[3].mvtBytes, 'place', 'name')).toEqual(['a', 'b']);
    expect(combined.emptyKeys).toEqual(['0/0/0']);
    expect([...combined.sharedByZoom]).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect([...combined.mergedByZoom]).toEqual([[1, 1]]);
  });
});
