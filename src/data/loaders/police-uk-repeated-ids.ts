/**
 * Crime IDs seen more than once within one month of a police.uk file. police.uk gives every crime its own id (none
 * repeats in 24 real Leicestershire months), so a repeat means a damaged or doubled file; the rows are kept and the
 * report says so. Ids are byte spans of the file, never decoded, and each month has its own small table: a month
 * holds at most ~100k rows (the largest force), and a file's rows come month by month, so the table in use stays in
 * cache and the check costs little next to parsing the row.
 */
export class RepeatedCrimeIds {
  private readonly tables: MonthIds[] = [];
  private last: MonthIds | null = null;
  private lastMonth = -1;
  /** Rows whose id an earlier row of the same month already had. */
  repeats = 0;
  /** The first few repeats: the id and the rows (header = row 1) of its first and repeated sight. */
  readonly examples: { crimeId: string; firstRow: number; row: number }[] = [];

  constructor(private readonly maxExamples = 3) {}

  /**
   * Notes the id `bytes[start..end)` of a row of month `monthCode`; blank ids (ASB rows) are never repeats. `bytes` is
   * the whole file, the same buffer on every call: ids are kept as offsets into it.
   */
  add(bytes: Uint8Array, start: number, end: number, monthCode: number, row: number): void {
    while (start < end && bytes[start] === 0x20) start++;
    while (end > start && bytes[end - 1] === 0x20) end--;
    if (end === start) return;
    if (monthCode !== this.lastMonth) {
      // A file's months are of a size: the next month's table starts as large as the last one grew (no rehashing).
      this.last = this.tables[monthCode] ??= new MonthIds(this.last?.size ?? 0);
      this.lastMonth = monthCode;
    }
    const firstRow = this.last!.add(bytes, start, end, row);
    if (firstRow === 0) return;
    this.repeats++;
    if (this.examples.length < this.maxExamples) {
      this.examples.push({ crimeId: new TextDecoder().decode(bytes.subarray(start, end)), firstRow, row });
    }
  }
}

/** One month's ids: an open-addressing table of (hash, entry + 1) pairs side by side, so a probe reads one line. */
class MonthIds {
  private slots: Int32Array;
  private entryStart: Int32Array;
  private entryEnd: Int32Array;
  private entryRow: Int32Array;
  private entries = 0;

  constructor(expectedIds: number) {
    let capacity = 1 << 10;
    while (capacity < expectedIds) capacity *= 2;
    this.slots = new Int32Array(4 * capacity); // 2 slots per id: the table stays at most half full
    this.entryStart = new Int32Array(capacity);
    this.entryEnd = new Int32Array(capacity);
    this.entryRow = new Int32Array(capacity);
  }

  get size(): number {
    return this.entries;
  }

  /** The row that had this id first, or 0 (the id is new and now noted). */
  add(bytes: Uint8Array, start: number, end: number, row: number): number {
    // The length and the last 8 bytes, read 4 at a time: police.uk ids are 64 hex digits of a SHA-256 (random in every
    // byte), and ids that count up differ at the end. Equal hashes are compared byte by byte.
    const length = end - start;
    const at = length >= 8 ? end - 8 : start;
    let hash = Math.imul(length, 0x9e3779b1);
    hash ^= Math.imul(word(bytes, at, end), 0x85ebca6b);
    hash ^= Math.imul(word(bytes, at + 4, end), 0xc2b2ae35);
    hash ^= hash >>> 15;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[2 * slot + 1] - 1;
      if (entry < 0) break;
      if (slots[2 * slot] === hash && this.sameId(entry, bytes, start, end)) return this.entryRow[entry];
      slot = (slot + 1) & mask;
    }
    const entry = this.entries++;
    if (entry === this.entryStart.length) this.growEntries();
    this.entryStart[entry] = start;
    this.entryEnd[entry] = end;
    this.entryRow[entry] = row;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry + 1;
    if (this.entries * 2 > mask) this.rehash();
    return 0;
  }

  private sameId(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.entryStart[entry];
    if (this.entryEnd[entry] - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (bytes[from + k] !== bytes[start + k]) return false;
    return true;
  }

  private growEntries(): void {
    const grow = (from: Int32Array) => {
      const grown = new Int32Array(from.length * 2);
      grown.set(from);
      return grown;
    };
    this.entryStart = grow(this.entryStart);
    this.entryEnd = grow(this.entryEnd);
    this.entryRow = grow(this.entryRow);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s];
      slots[2 * slot + 1] = old[s + 1];
    }
    this.slots = slots;
  }
}

/** Up to 4 bytes from `at` (before `end`) as one 32-bit number. */
function word(bytes: Uint8Array, at: number, end: number): number {
  if (at + 4 <= end) return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
  let w = 0;
  for (let k = at; k < end; k++) w = (w << 8) | bytes[k];
  return w;
}
