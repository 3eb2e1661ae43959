// PMTiles v3 directories: entry serialisation and the root / leaf split.
// Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (chapter 4, Directories).

/** One directory entry (spec chapter 4). `runLength` 0 marks an entry pointing at a leaf directory. */
export interface DirectoryEntry {
  tileId: number;
  /** Bytes from the start of the tile data section (tile entries) or leaf directory section (leaf entries). */
  offset: number;
  lengthBytes: number;
  runLength: number;
}

/** Spec chapter 2: the header and the root directory must fit in the first 16,384 bytes. */
export const HEADER_BYTES = 127;
export const ROOT_LIMIT_BYTES = 16_384;

/**
 * Appends `value` as an unsigned LEB128 varint (spec chapter 4). Tile ids pass 2^32 from zoom 16, beyond the 32 bits
 * JavaScript's bit operators handle, so this divides instead of shifting.
 */
function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/**
 * Serialises entries sorted by tile id, before internal compression (spec chapter 4): the entry count, then the columns
 * tile id (delta to the previous), run length, length, offset (0 when it follows the previous entry's bytes directly,
 * otherwise offset + 1).
 */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  if (entries.length === 0) throw new Error('a PMTiles directory must hold at least one entry (spec chapter 4)');
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastTileId = 0;
  for (const entry of entries) {
    if (entry.tileId < lastTileId) throw new Error(`directory entries out of order at tile id ${entry.tileId}`);
    pushVarint(out, entry.tileId - lastTileId);
    lastTileId = entry.tileId;
  }
  for (const entry of entries) pushVarint(out, entry.runLength);
  for (const entry of entries) {
    if (entry.lengthBytes <= 0) throw new Error(`entry ${entry.tileId} has length 0; the spec requires > 0`);
    pushVarint(out, entry.lengthBytes);
  }
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    const contiguous = previous !== undefined && entry.offset === previous.offset + previous.lengthBytes;
    pushVarint(out, contiguous ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

export interface DirectoryLayout {
  /** The root directory, compressed. */
  root: Uint8Array;
  /** The leaf directories back to back, compressed; empty when every entry fits in the root. */
  leaves: Uint8Array;
  leafCount: number;
  /** Tile entries per leaf directory; 0 when there are no leaves. */
  entriesPerLeaf: number;
}

export interface DirectoryOptions {
  compress: (bytes: Uint8Array) => Uint8Array;
  /** Largest compressed root directory allowed; defaults to what spec chapter 2 leaves after the header. */
  maxRootBytes?: number;
}

/**
 * Puts every tile entry in the root directory when it fits, else splits the entries into leaf directories of equal
 * entry count and lets the root point at them, growing the leaves until the root fits (the approach of the reference
 * writer, go-pmtiles `optimizeDirectories`). One level of leaves addresses millions of tiles, ample for one county.
 */
export function layoutDirectories(entries: readonly DirectoryEntry[], options: DirectoryOptions): DirectoryLayout {
  const maxRootBytes = options.maxRootBytes ?? ROOT_LIMIT_BYTES - HEADER_BYTES;
  const wholeRoot = options.compress(serializeDirectory(entries));
  if (wholeRoot.length <= maxRootBytes) {
    return { root: wholeRoot, leaves: new Uint8Array(0), leafCount: 0, entriesPerLeaf: 0 };
  }
  let entriesPerLeaf = 4096;
  for (;;) {
    const layout = splitIntoLeaves(entries, entriesPerLeaf, options.compress);
    if (layout.root.length <= maxRootBytes) return layout;
    if (layout.leafCount === 1) throw new Error(`the root directory cannot fit in ${maxRootBytes} bytes`);
    entriesPerLeaf = Math.ceil(entriesPerLeaf * 1.2);
  }
}

function splitIntoLeaves(
  entries: readonly DirectoryEntry[],
  entriesPerLeaf: number,
  compress: (bytes: Uint8Array) => Uint8Array,
): DirectoryLayout {
  const leafBlobs: Uint8Array[] = [];
  const rootEntries: DirectoryEntry[] = [];
  let leafOffset = 0;
  for (let start = 0; start < entries.length; start += entriesPerLeaf) {
    const chunk = entries.slice(start, start + entriesPerLeaf);
    const blob = compress(serializeDirectory(chunk));
    rootEntries.push({ tileId: chunk[0].tileId, offset: leafOffset, lengthBytes: blob.length, runLength: 0 });
    leafBlobs.push(blob);
    leafOffset += blob.length;
  }
  return {
    root: compress(serializeDirectory(rootEntries)),
    leaves: concatBytes(leafBlobs),
    leafCount: leafBlobs.length,
    entriesPerLeaf,
  };
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
