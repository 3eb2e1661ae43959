// The 127-byte PMTiles v3 header, little-endian.
// Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (chapter 3, Header).
import { HEADER_BYTES } from './pmtiles-directory';

/** Compression enum of header bytes 97 and 98 (spec chapter 3). */
export const Compression = { unknown: 0, none: 1, gzip: 2, brotli: 3, zstd: 4 } as const;
/** Tile type enum of header byte 99 (spec chapter 3). */
export const TileType = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;

export interface PmtilesHeader {
  rootDirectoryOffset: number;
  rootDirectoryLengthBytes: number;
  metadataOffset: number;
  metadataLengthBytes: number;
  leafDirectoriesOffset: number;
  leafDirectoriesLengthBytes: number;
  tileDataOffset: number;
  tileDataLengthBytes: number;
  /** Sum of run lengths: how many tile ids resolve to a tile. */
  addressedTileCount: number;
  /** Directory entries with run length > 0. */
  tileEntryCount: number;
  /** Distinct blobs in the tile data section. */
  tileContentCount: number;
  /** Blobs are in tile id order and a deduplicated entry only points back (spec chapter 3, "Clustered"). */
  clustered: boolean;
  internalCompression: number;
  tileCompression: number;
  tileType: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  boundsLngLat: [number, number, number, number];
  centerZoom: number;
  centerLngLat: [number, number];
}

/** Degrees as the header stores them: a signed 32-bit integer of degrees × 10,000,000. */
const toE7 = (degrees: number): number => Math.round(degrees * 1e7);

export function writeHeader(header: PmtilesHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64Fields: [number, number][] = [
    [8, header.rootDirectoryOffset],
    [16, header.rootDirectoryLengthBytes],
    [24, header.metadataOffset],
    [32, header.metadataLengthBytes],
    [40, header.leafDirectoriesOffset],
    [48, header.leafDirectoriesLengthBytes],
    [56, header.tileDataOffset],
    [64, header.tileDataLengthBytes],
    [72, header.addressedTileCount],
    [80, header.tileEntryCount],
    [88, header.tileContentCount],
  ];
  for (const [at, value] of u64Fields) view.setBigUint64(at, BigInt(value), true);
  view.setUint8(96, header.clustered ? 1 : 0);
  view.setUint8(97, header.internalCompression);
  view.setUint8(98, header.tileCompression);
  view.setUint8(99, header.tileType);
  view.setUint8(100, header.minZoom);
  view.setUint8(101, header.maxZoom);
  const [west, south, east, north] = header.boundsLngLat;
  view.setInt32(102, toE7(west), true);
  view.setInt32(106, toE7(south), true);
  view.setInt32(110, toE7(east), true);
  view.setInt32(114, toE7(north), true);
  view.setUint8(118, header.centerZoom);
  view.setInt32(119, toE7(header.centerLngLat[0]), true);
  view.setInt32(123, toE7(header.centerLngLat[1]), true);
  return bytes;
}
