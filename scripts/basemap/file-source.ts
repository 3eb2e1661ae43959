// Opening a PMTiles archive in Node with the `pmtiles` reader: its own FileSource wants a browser File, so this
// serves the byte ranges from memory. Usage: `const archive = openPmtilesFile('public/basemap/llr-osm.pmtiles');
// const tile = await archive.getZxy(14, 8150, 5340)` (tile.data is the decompressed MVT).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Compression, PMTiles, type RangeResponse, type Source } from 'pmtiles';

/** A `pmtiles` Source over bytes already in memory; `getBytes` returns at most what is there, as HTTP would. */
export class BufferSource implements Source {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly key = 'memory',
  ) {}

  static fromFile(file: string): BufferSource {
    return new BufferSource(new Uint8Array(readFileSync(file)), file);
  }

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const start = this.bytes.byteOffset + Math.min(offset, this.bytes.length);
    const end = this.bytes.byteOffset + Math.min(offset + length, this.bytes.length);
    // A copy, so the reader's ArrayBuffer never exposes the rest of a pooled Buffer.
    return { data: this.bytes.buffer.slice(start, end) as ArrayBuffer };
  }
}

/** Decompression with node:zlib rather than the reader's default (DecompressionStream, then fflate). */
export async function nodeDecompress(data: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return data;
  if (compression !== Compression.Gzip) throw new Error(`compression ${compression} is not supported here`);
  const out = gunzipSync(new Uint8Array(data));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** A reader over bytes in memory. */
export const openPmtilesBytes = (bytes: Uint8Array, key?: string): PMTiles =>
  new PMTiles(new BufferSource(bytes, key), undefined, nodeDecompress);

/** A reader over a file, read whole into memory (the LLR archive is a few MB). */
export const openPmtilesFile = (file: string): PMTiles =>
  new PMTiles(BufferSource.fromFile(file), undefined, nodeDecompress);
