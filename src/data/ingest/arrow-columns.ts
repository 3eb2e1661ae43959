import {
  Bool,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampMillisecond,
  Uint64,
  Utf8,
  makeVector,
  type Data,
  type DataType,
} from 'apache-arrow';

// Arrow columns built from typed arrays, for inserting a million parsed rows into DuckDB without a JS object per row.

/** A validity bitmap with bit i set where `isValid(i)`; `undefined` when every value is valid. */
function validity(length: number, isValid: (i: number) => boolean): { bitmap?: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (isValid(i)) bitmap[i >> 3] |= 1 << (i & 7);
    else nullCount++;
  }
  return nullCount === 0 ? { nullCount } : { bitmap, nullCount };
}

/** Strings as codes into `values`; code −1 is NULL. DuckDB reads the dictionary once, not a string per row. */
export function dictionaryColumn(codes: Int32Array, values: string[]): Data {
  const { bitmap, nullCount } = validity(codes.length, (i) => codes[i] >= 0);
  const data = nullCount === 0 ? codes : codes.map((c) => Math.max(c, 0));
  return makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    length: codes.length,
    nullCount,
    nullBitmap: bitmap,
    data,
    dictionary: makeVector(utf8Data(values.length > 0 ? values : [''])),
  });
}

/** Strings as an Arrow UTF-8 column, encoded by hand: arrow's own builders compile code with `new Function`, which the
 * app's Content Security Policy (no 'unsafe-eval') forbids. */
export function utf8Data(values: string[]): Data<Utf8> {
  const encoded = values.map((v) => encoder.encode(v));
  const offsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => {
    offsets[i + 1] = offsets[i] + bytes.length;
  });
  const data = new Uint8Array(offsets[values.length]);
  encoded.forEach((bytes, i) => data.set(bytes, offsets[i]));
  return makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets: offsets, data });
}

const encoder = new TextEncoder();

/** Growable UTF-8 column filled from byte spans (ids unique per row, where a dictionary would not help). */
export class Utf8ColumnBuilder {
  private data = new Uint8Array(1 << 16);
  private readonly offsets: Int32Array;
  private readonly valid: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.offsets = new Int32Array(capacity + 1);
    this.valid = new Uint8Array(capacity);
  }

  append(bytes: Uint8Array, start: number, end: number): void {
    const at = this.offsets[this.length];
    const needed = at + (end - start);
    if (needed > this.data.length) {
      const grown = new Uint8Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data.subarray(0, at));
      this.data = grown;
    }
    const data = this.data;
    for (let k = start; k < end; k++) data[at + k - start] = bytes[k]; // short spans: a loop beats subarray + set
    this.valid[this.length] = 1;
    this.offsets[++this.length] = needed;
  }

  appendNull(): void {
    this.offsets[this.length + 1] = this.offsets[this.length];
    this.length++;
  }

  finish(): Data {
    const { bitmap, nullCount } = validity(this.length, (i) => this.valid[i] === 1);
    return makeData({
      type: new Utf8(),
      length: this.length,
      nullCount,
      nullBitmap: bitmap,
      valueOffsets: this.offsets.subarray(0, this.length + 1),
      data: this.data.subarray(0, this.offsets[this.length]),
    });
  }
}

/** Doubles with NaN as NULL. */
export function float64Column(values: Float64Array): Data {
  const { bitmap, nullCount } = validity(values.length, (i) => !Number.isNaN(values[i]));
  return makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data: values });
}

/** H3 cells as DuckDB UBIGINT, 0 as NULL. */
export function uint64Column(values: BigUint64Array): Data {
  const { bitmap, nullCount } = validity(values.length, (i) => values[i] !== 0n);
  return makeData({ type: new Uint64(), length: values.length, nullCount, nullBitmap: bitmap, data: values });
}

export function int32Column(values: Int32Array): Data {
  return makeData({ type: new Int32(), length: values.length, nullCount: 0, data: values });
}

/** Days since 1970-01-01. */
export function dateDayColumn(days: Int32Array): Data {
  return makeData({ type: new DateDay(), length: days.length, nullCount: 0, data: days });
}

export function boolColumn(values: Uint8Array): Data {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  for (let i = 0; i < values.length; i++) if (values[i]) bits[i >> 3] |= 1 << (i & 7);
  return makeData({ type: new Bool(), length: values.length, nullCount: 0, data: bits });
}

/** A column of `length` NULLs of `type` (a source that lacks a field). */
export function nullColumn(type: 'utf8' | 'float64' | 'timestamp', length: number): Data {
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  if (type === 'utf8') {
    return makeData({
      type: new Utf8(),
      length,
      nullCount: length,
      nullBitmap: bitmap,
      valueOffsets: new Int32Array(length + 1),
      data: new Uint8Array(0),
    });
  }
  if (type === 'float64')
    return makeData({
      type: new Float64(),
      length,
      nullCount: length,
      nullBitmap: bitmap,
      data: new Float64Array(length),
    });
  return makeData({
    type: new TimestampMillisecond(),
    length,
    nullCount: length,
    nullBitmap: bitmap,
    data: new BigInt64Array(length),
  });
}

/** A table from named columns of equal length, in the order given (DuckDB appends by position). */
export function tableOfColumns(columns: [string, Data][]): Table {
  const fields = columns.map(([name, data]) => new Field(name, data.type as DataType, true));
  const length = columns[0][1].length;
  const struct = makeData({
    type: new Struct(fields),
    length,
    nullCount: 0,
    children: columns.map(([, data]) => data),
  });
  return new Table(new RecordBatch(new Schema(fields), struct));
}
