// A small, pure PMTiles v3 writer: tiles in, archive bytes out (no file access).
// Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md — header (chapter 3), directories (chapter 4),
// JSON metadata (chapter 5). Tile ids are the spec's Hilbert ids, from the `pmtiles` reader package itself.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';
import { concatBytes, HEADER_BYTES, layoutDirectories, type DirectoryEntry } from './pmtiles-directory';
import { Compression, TileType, writeHeader } from './pmtiles-header';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The uncompressed Mapbox Vector Tile; the writer gzips it. */
  mvtBytes: Uint8Array;
}

export interface ArchiveInput {
  tiles: readonly ArchiveTile[];
  /** JSON metadata (spec chapter 5): `vector_layers`, `attribution`, `name`… */
  metadata: Record<string, unknown>;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  boundsLngLat: [number, number, number, number];
  centerZoom: number;
  centerLngLat: [number, number];
  /** Test hook: a smaller root limit than the spec's, to force leaf directories. */
  maxRootBytes?: number;
}

export interface ArchiveStats {
  /** Tile ids that resolve to a tile (sum of run lengths). */
  addressedTileCount: number;
  /** Directory entries after run-length encoding. */
  tileEntryCount: number;
  /** Distinct tile blobs stored. */
  tileContentCount: number;
  /** Tiles whose bytes equal an earlier tile's and so point at its blob. */
  deduplicatedTileCount: number;
  rootDirectoryBytes: number;
  metadataBytes: number;
  leafDirectoryCount: number;
  leafDirectoriesBytes: number;
  entriesPerLeaf: number;
  tileDataBytes: number;
}

export interface Archive {
  bytes: Uint8Array;
  stats: ArchiveStats;
}

// Level 9 and Node's fixed gzip header (mtime 0) make the archive the same bytes on every run.
const gzip = (bytes: Uint8Array): Uint8Array => new Uint8Array(gzipSync(bytes, { level: 9 }));

interface TileData {
  entries: DirectoryEntry[];
  blob: Uint8Array;
  contentCount: number;
  deduplicatedCount: number;
}

/**
 * Gzips each distinct tile once, in tile id order, and points repeats back at the first copy (so the archive stays
 * clustered, spec chapter 3); a repeat whose id directly follows the previous entry extends that entry's run length.
 */
function packTiles(tiles: readonly ArchiveTile[]): TileData {
  const byId = tiles.map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), tile }));
  byId.sort((a, b) => a.tileId - b.tileId);
  const offsetByHash = new Map<string, { offset: number; lengthBytes: number }>();
  const entries: DirectoryEntry[] = [];
  const blobs: Uint8Array[] = [];
  let dataBytes = 0;
  let deduplicatedCount = 0;
  byId.forEach(({ tileId, tile }, i) => {
    const where = `tile ${tile.z}/${tile.x}/${tile.y}`;
    if (i > 0 && byId[i - 1].tileId === tileId) throw new Error(`${where} is given twice`);
    if (tile.mvtBytes.length === 0) throw new Error(`${where} is empty: leave it out (spec: lengths must be > 0)`);
    const hash = createHash('sha256').update(tile.mvtBytes).digest('hex');
    let stored = offsetByHash.get(hash);
    if (stored) deduplicatedCount++;
    else {
      const blob = gzip(tile.mvtBytes);
      stored = { offset: dataBytes, lengthBytes: blob.length };
      offsetByHash.set(hash, stored);
      blobs.push(blob);
      dataBytes += blob.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === tileId) last.runLength++;
    else entries.push({ tileId, offset: stored.offset, lengthBytes: stored.lengthBytes, runLength: 1 });
  });
  return { entries, blob: concatBytes(blobs), contentCount: blobs.length, deduplicatedCount };
}

/** Lays out header, root directory, metadata, leaf directories and tile data in the spec's recommended order. */
export function writePmtilesArchive(input: ArchiveInput): Archive {
  if (input.tiles.length === 0) throw new Error('an archive needs at least one tile');
  const outside = input.tiles.find((tile) => tile.z < input.minZoom || tile.z > input.maxZoom);
  if (outside)
    throw new Error(`tile ${outside.z}/${outside.x}/${outside.y} is outside zoom ${input.minZoom}–${input.maxZoom}`);
  const data = packTiles(input.tiles);
  const directories = layoutDirectories(data.entries, { compress: gzip, maxRootBytes: input.maxRootBytes });
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(input.metadata)));

  const rootDirectoryOffset = HEADER_BYTES;
  const metadataOffset = rootDirectoryOffset + directories.root.length;
  const leafDirectoriesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leafDirectoriesOffset + directories.leaves.length;
  const header = writeHeader({
    rootDirectoryOffset,
    rootDirectoryLengthBytes: directories.root.length,
    metadataOffset,
    metadataLengthBytes: metadata.length,
    leafDirectoriesOffset,
    leafDirectoriesLengthBytes: directories.leaves.length,
    tileDataOffset,
    tileDataLengthBytes: data.blob.length,
    addressedTileCount: input.tiles.length,
    tileEntryCount: data.entries.length,
    tileContentCount: data.contentCount,
    clustered: true,
    internalCompression: Compression.gzip,
    tileCompression: Compression.gzip,
    tileType: TileType.mvt,
    minZoom: input.minZoom,
    maxZoom: input.maxZoom,
    boundsLngLat: input.boundsLngLat,
    centerZoom: input.centerZoom,
    centerLngLat: input.centerLngLat,
  });
  return {
    bytes: concatBytes([header, directories.root, metadata, directories.leaves, data.blob]),
    stats: {
      addressedTileCount: input.tiles.length,
      tileEntryCount: data.entries.length,
      tileContentCount: data.contentCount,
      deduplicatedTileCount: data.deduplicatedCount,
      rootDirectoryBytes: directories.root.length,
      metadataBytes: metadata.length,
      leafDirectoryCount: directories.leafCount,
      leafDirectoriesBytes: directories.leaves.length,
      entriesPerLeaf: directories.entriesPerLeaf,
      tileDataBytes: data.blob.length,
    },
  };
}
