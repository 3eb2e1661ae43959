// Directory serialisation worked by hand from the PMTiles v3 spec, chapter 4
// (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): count, then the columns tile id (delta), run
// length, length, offset (0 = directly after the previous entry, else offset + 1), all as varints.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { layoutDirectories, serializeDirectory, type DirectoryEntry } from '../../../scripts/basemap/pmtiles-directory';

const gzip = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes));

describe('serializeDirectory', () => {
  it('writes the columns of the spec, with the contiguous-offset rule', () => {
    const entries: DirectoryEntry[] = [
      { tileId: 0, offset: 0, lengthBytes: 10, runLength: 1 },
      { tileId: 1, offset: 10, lengthBytes: 5, runLength: 2 }, // follows entry 0 directly: offset 0
      { tileId: 5, offset: 0, lengthBytes: 10, runLength: 1 }, // points back at entry 0's bytes: 0 + 1
    ];
    expect([...serializeDirectory(entries)]).toEqual([3, 0, 1, 4, 1, 2, 1, 10, 5, 10, 1, 0, 1]);
  });

  it('writes LEB128 varints beyond 7 and 32 bits', () => {
    const entries: DirectoryEntry[] = [{ tileId: 300, offset: 2 ** 33, lengthBytes: 1, runLength: 1 }];
    // 300 = 0b10_0101100 → 0xac 0x02; 2^33 + 1 → 0x81, three 0x80 (2^7, 2^14, 2^21 groups empty), 0x20 (2^5 · 2^28).
    expect([...serializeDirectory(entries)]).toEqual([1, 0xac, 0x02, 1, 1, 0x81, 0x80, 0x80, 0x80, 0x20]);
  });

  it('refuses what the spec forbids: no entries, a zero length, ids out of order', () => {
    expect(() => serializeDirectory([])).toThrow(/at least one entry/);
    expect(() => serializeDirectory([{ tileId: 0, offset: 0, lengthBytes: 0, runLength: 1 }])).toThrow(/length 0/);
    const unsorted = [
      { tileId: 2, offset: 0, lengthBytes: 1, runLength: 1 },
      { tileId: 1, offset: 1, lengthBytes: 1, runLength: 1 },
    ];
    expect(() => serializeDirectory(unsorted)).toThrow(/out of order/);
  });
});

describe('layoutDirectories', () => {
  const entries: DirectoryEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
    tileId: i * 3,
    offset: (i * 7919) % 100_000, // scattered offsets, so the columns do not compress away
    lengthBytes: 20 + (i % 50),
    runLength: 1,
  }));

  it('keeps every entry in the root when it fits', () => {
    const layout = layoutDirectories(entries.slice(0, 1000), { compress: gzip });
    expect(layout.leafCount).toBe(0);
    expect(layout.leaves.length).toBe(0);
  });

  it('splits into leaves, growing them until the root fits', () => {
    const layout = layoutDirectories(entries, { compress: gzip, maxRootBytes: 60 });
    expect(layout.leafCount).toBeGreaterThan(1);
    expect(layout.root.length).toBeLessThanOrEqual(60);
    expect(layout.entriesPerLeaf * layout.leafCount).toBeGreaterThanOrEqual(entries.length);
  });
});
