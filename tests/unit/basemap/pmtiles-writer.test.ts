// The writer against the real `pmtiles` reader (the package the app uses): synthetic tiles in, archive bytes out,
// then header, every tile, deduplication and leaf directories checked through PMTiles.getHeader / getZxy.
import { describe, expect, it } from 'vitest';
import { Compression, TileType, tileIdToZxy, zxyToTileId } from 'pmtiles';
import { openPmtilesBytes } from '../../../scripts/basemap/file-source';
import { writePmtilesArchive, type ArchiveInput, type ArchiveTile } from '../../../scripts/basemap/pmtiles-writer';
import { pointTile } from './mvt-features';

const label = (text: string) => pointTile('labels', [[100, 200, { text }]]);

const baseInput = (tiles: ArchiveTile[]): ArchiveInput => ({
  tiles,
  metadata: {
    name: 'synthetic',
    vector_layers: [{ id: 'labels', fields: { text: 'String' }, minzoom: 0, maxzoom: 3 }],
  },
  minZoom: 0,
  maxZoom: 3,
  boundsLngLat: [-1.5964, 52.3936, -0.4277, 52.9776],
  centerZoom: 2,
  centerLngLat: [-1.134, 52.636],
});

/** Tile ids 5–8 are the first four z2 tiles on the Hilbert curve; they share one content, so they make one run. */
function syntheticTiles(): ArchiveTile[] {
  const tiles: ArchiveTile[] = [{ z: 0, x: 0, y: 0, mvtBytes: label('world') }];
  for (let tileId = 5; tileId <= 20; tileId++) {
    const [z, x, y] = tileIdToZxy(tileId);
    tiles.push({ z, x, y, mvtBytes: label(tileId <= 8 ? 'sea' : tileId === 20 ? 'world' : `z2 ${x} ${y}`) });
  }
  tiles.push({ z: 3, x: 3, y: 2, mvtBytes: label('z3') });
  return tiles.reverse(); // the writer sorts
}

const asBytes = (data: ArrayBuffer | undefined) => (data ? [...new Uint8Array(data)] : undefined);

describe('writePmtilesArchive read back by the pmtiles package', () => {
  const tiles = syntheticTiles();
  const archive = writePmtilesArchive(baseInput(tiles));
  const reader = openPmtilesBytes(archive.bytes);

  it('writes the 127-byte header of spec v3', async () => {
    expect(new TextDecoder().decode(archive.bytes.slice(0, 7))).toBe('PMTiles');
    const header = await reader.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: 127,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      clustered: true,
      minZoom: 0,
      maxZoom: 3,
      minLon: -1.5964,
      minLat: 52.3936,
      maxLon: -0.4277,
      maxLat: 52.9776,
      centerZoom: 2,
      centerLon: -1.134,
      centerLat: 52.636,
    });
    expect(header.jsonMetadataOffset).toBe(127 + header.rootDirectoryLength);
    expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(archive.bytes.length);
    expect(await reader.getMetadata()).toEqual(baseInput([]).metadata);
  });

  it('returns every tile as written, and nothing where there is no tile', async () => {
    for (const tile of tiles) {
      const got = await reader.getZxy(tile.z, tile.x, tile.y);
      expect(asBytes(got?.data), `${tile.z}/${tile.x}/${tile.y}`).toEqual([...tile.mvtBytes]);
    }
    expect(await reader.getZxy(1, 0, 0)).toBeUndefined();
    expect(await reader.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('stores identical tiles once: a run for consecutive ids, a pointer back otherwise', async () => {
    const header = await reader.getHeader();
    // 18 tiles; ids 5–8 one entry of run length 4 → 15 entries; 'sea' ×4 and 'world' ×2 stored once → 14 contents.
    expect(header.numAddressedTiles).toBe(18);
    expect(header.numTileEntries).toBe(15);
    expect(header.numTileContents).toBe(14);
    expect(archive.stats.deduplicatedTileCount).toBe(4);
    const world = await reader.getZxy(0, 0, 0);
    const [z, x, y] = tileIdToZxy(20);
    expect(asBytes((await reader.getZxy(z, x, y))?.data)).toEqual(asBytes(world?.data));
  });

  it('refuses empty tiles, repeated tiles and tiles outside the zoom range', () => {
    const empty = [{ z: 1, x: 0, y: 0, mvtBytes: new Uint8Array(0) }];
    expect(() => writePmtilesArchive(baseInput(empty))).toThrow(/1\/0\/0 is empty/);
    const twice = [0, 1].map(() => ({ z: 1, x: 0, y: 0, mvtBytes: label('a') }));
    expect(() => writePmtilesArchive(baseInput(twice))).toThrow(/given twice/);
    expect(() => writePmtilesArchive(baseInput([{ z: 4, x: 0, y: 0, mvtBytes: label('a') }]))).toThrow(/outside zoom/);
  });
});

describe('leaf directories', () => {
  /** Every z7 tile; every other one repeats a scattered earlier one, so offsets jump and do not compress away. */
  function fullZoom7(): ArchiveTile[] {
    const tiles: ArchiveTile[] = [];
    const firstId = zxyToTileId(7, 0, 0);
    for (let tileId = firstId; tileId < zxyToTileId(8, 0, 0); tileId++) {
      const [z, x, y] = tileIdToZxy(tileId);
      const earlier = tileId - firstId > 1 ? firstId + 2 * Math.floor(((tileId * 7919) % (tileId - firstId)) / 2) : 0;
      const n = tileId % 2 === 0 && earlier > 0 ? earlier : tileId;
      tiles.push({ z, x, y, mvtBytes: new TextEncoder().encode(`tile ${n}`) });
    }
    return tiles;
  }

  it('splits the directory when the root would pass 16,384 bytes, and every tile still resolves', async () => {
    const tiles = fullZoom7();
    const archive = writePmtilesArchive({ ...baseInput(tiles), maxZoom: 7 });
    expect(archive.stats.leafDirectoryCount).toBeGreaterThan(1);
    const reader = openPmtilesBytes(archive.bytes);
    const header = await reader.getHeader();
    expect(127 + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numAddressedTiles).toBe(16_384);
    for (const tile of tiles.filter((_, i) => i % 97 === 0 || i === tiles.length - 1)) {
      const got = await reader.getZxy(tile.z, tile.x, tile.y);
      expect(asBytes(got?.data), `${tile.z}/${tile.x}/${tile.y}`).toEqual([...tile.mvtBytes]);
    }
  });

  it('uses leaves for a small archive when the root limit is lowered', async () => {
    const tiles = syntheticTiles();
    const archive = writePmtilesArchive({ ...baseInput(tiles), maxRootBytes: 30 });
    expect(archive.stats.leafDirectoryCount).toBeGreaterThan(0);
    const reader = openPmtilesBytes(archive.bytes);
    for (const tile of tiles) {
      expect(asBytes((await reader.getZxy(tile.z, tile.x, tile.y))?.data)).toEqual([...tile.mvtBytes]);
    }
  });
});
