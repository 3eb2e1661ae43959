import type { CsvRecordReader } from './csv-records';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Interns byte spans as small integer codes, decoding each distinct value to a string once. police.uk columns such
 * as Month, Crime type, Location or LSOA repeat a few thousand values over a million rows, so a row costs a hash of
 * its bytes, not a new string. Leading and trailing spaces are not part of a value. An open-addressing table of
 * codes (not a Map: 32-bit hashes are not small integers to V8, so Map lookups on them allocate).
 */
export class ByteDictionary {
  readonly values: string[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes: number[] = [];
  private entryBytes = new Uint8Array(1 << 14);
  private entryStart: number[] = [];
  private entryEnd: number[] = [];
  private lastCode = -1;

  intern(bytes: Uint8Array, start: number, end: number): number {
    while (start < end && bytes[start] === 0x20) start++;
    while (end > start && bytes[end - 1] === 0x20) end--;
    // Consecutive rows often repeat a value (one month, one force per file): check the last one first.
    if (this.lastCode >= 0 && this.sameAs(this.lastCode, bytes, start, end)) return this.lastCode;
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k], 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const code = this.slots[slot];
      if (code < 0) break;
      if (this.hashes[code] === hash && this.sameAs(code, bytes, start, end)) return (this.lastCode = code);
      slot = (slot + 1) & mask;
    }
    const code = this.add(bytes, start, end, hash);
    this.slots[slot] = code;
    if (this.values.length * 2 > this.slots.length) this.rehash();
    return (this.lastCode = code);
  }

  /** Interns field `f` of the reader's current record. */
  internField(reader: CsvRecordReader, f: number): number {
    if (!reader.isEscaped(f)) return this.intern(reader.bytes, reader.start[f], reader.end[f]);
    const unescaped = encoder.encode(reader.text(f));
    return this.intern(unescaped, 0, unescaped.length);
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const at = this.entryEnd.length > 0 ? this.entryEnd[this.entryEnd.length - 1] : 0;
    if (at + (end - start) > this.entryBytes.length) {
      const grown = new Uint8Array(Math.max(this.entryBytes.length * 2, at + (end - start)));
      grown.set(this.entryBytes);
      this.entryBytes = grown;
    }
    for (let k = start; k < end; k++) this.entryBytes[at + k - start] = bytes[k];
    this.entryStart.push(at);
    this.entryEnd.push(at + (end - start));
    this.hashes.push(hash);
    this.values.push(decoder.decode(bytes.subarray(start, end)));
    return this.values.length - 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, code) => {
      let slot = hash & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = code;
    });
  }

  private sameAs(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.entryStart[code];
    if (this.entryEnd[code] - from !== end - start) return false;
    const stored = this.entryBytes;
    for (let k = 0; k < end - start; k++) if (stored[from + k] !== bytes[start + k]) return false;
    return true;
  }
}
