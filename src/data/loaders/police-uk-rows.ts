import type { Table } from 'apache-arrow';
import type { ForceArea } from '../force-area';
import { cellForPoint } from '../h3-index';
import { looksSwapped } from '../ingest/swapped-coordinates';
import { ByteDictionary } from '../ingest/byte-dictionary';
import type { CsvRecordReader } from '../ingest/csv-records';
import {
  boolColumn, dateDayColumn, dictionaryColumn, float64Column, int32Column, nullColumn, tableOfColumns, uint64Column, Utf8ColumnBuilder,
} from '../ingest/arrow-columns';
import { addCount, EXAMPLES_PER_REASON, type FileReport, type RowExample } from './file-report';

/** data.police.uk street-crime columns, found by header name (they have been in this order since 2013). */
const COLUMNS = {
  crimeId: 'Crime ID', month: 'Month', fallsWithin: 'Falls within', longitude: 'Longitude', latitude: 'Latitude',
  location: 'Location', lsoaCode: 'LSOA code', crimeType: 'Crime type', outcome: 'Last outcome category',
} as const;
type Column = keyof typeof COLUMNS;

const ASB = 'Anti-social behaviour';
const MISSING = 0;
const LOCATED = 1;
const NON_NUMERIC = 2;
const SWAPPED = 3;

/** One distinct coordinate text: parsed, checked and H3-indexed once, however many rows share it. */
interface Point { status: number; lat: number; lon: number; cell: bigint; inArea: boolean; text: string; rowsStored: number; locationCode: number }

/**
 * Turns a police.uk street CSV into rows of the `crimes` table, a chunk at a time, and keeps the report's counts as it
 * goes: rows set aside (wrong column count, unreadable month, no crime type) with examples, coordinates flagged
 * (swapped, corrected; non-numeric, unmapped), months and forces seen, and the police.uk quirks.
 */
export class PoliceUkRows {
  readonly expectedFields: number;
  private readonly index: Record<Column, number>;
  private readonly months = new ByteDictionary();
  private monthDays: number[] = [];
  private readonly forces = new ByteDictionary();
  private readonly types = new ByteDictionary();
  private readonly locations = new ByteDictionary();
  private readonly lsoas = new ByteDictionary();
  private readonly outcomes = new ByteDictionary();
  private readonly coordinates = new ByteDictionary();
  private readonly points: Point[] = [];
  private readonly rowsPerLsoa: number[] = [];
  /** `monthCode * 65536 + forceCode + 1` of every stored row: the months this file replaces. */
  private readonly monthForces = new Set<number>();
  private readonly examplesPerReason = new Map<string, number>();
  rowsRead = 0;
  rowsStored = 0;
  asbRows = 0;
  asbWithoutId = 0;

  constructor(header: string[], private readonly report: FileReport, private readonly area: ForceArea, private readonly sourceFile: string, private readonly loadId: number) {
    this.expectedFields = header.length;
    this.index = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, header.indexOf(name)])) as Record<Column, number>;
  }

  /** Parses up to `maxRows` more records into a table in `crimes` column order; null when the file is done. */
  readChunk(reader: CsvRecordReader, maxRows: number): Table | null {
    const ix = this.index;
    const ids = new Utf8ColumnBuilder(maxRows);
    const month = new Int32Array(maxRows);
    const force = new Int32Array(maxRows);
    const type = new Int32Array(maxRows);
    const lat = new Float64Array(maxRows);
    const lon = new Float64Array(maxRows);
    const location = new Int32Array(maxRows);
    const lsoa = new Int32Array(maxRows);
    const outcome = new Int32Array(maxRows);
    const cell = new BigUint64Array(maxRows);
    const inArea = new Uint8Array(maxRows);
    let n = 0;
    let any = false;
    while (n < maxRows && reader.next()) {
      any = true;
      this.rowsRead++;
      if (reader.fieldCount !== this.expectedFields) {
        this.setAside({ reason: 'wrong-column-count', row: reader.recordNumber, value: reader.rawRecord() });
        continue;
      }
      const m = this.months.internField(reader, ix.month);
      if (m === this.monthDays.length) this.monthDays.push(firstOfMonthDays(this.months.values[m]));
      if (this.monthDays[m] < 0) {
        this.setAside({ reason: 'unparseable-month', row: reader.recordNumber, column: 'Month', value: reader.text(ix.month) });
        continue;
      }
      if (reader.isBlank(ix.crimeType)) {
        this.setAside({ reason: 'missing-crime-type', row: reader.recordNumber, column: 'Crime type', value: reader.text(ix.crimeType) });
        continue;
      }
      const t = this.types.internField(reader, ix.crimeType);
      const idBlank = reader.isBlank(ix.crimeId);
      if (idBlank) ids.appendNull();
      else ids.append(reader.bytes, reader.start[ix.crimeId], reader.end[ix.crimeId]);
      if (this.types.values[t] === ASB) {
        this.asbRows++;
        if (idBlank) this.asbWithoutId++;
      }
      const f = reader.isBlank(ix.fallsWithin) ? -1 : this.forces.internField(reader, ix.fallsWithin);
      const point = this.pointOf(reader);
      month[n] = this.monthDays[m];
      force[n] = f;
      type[n] = t;
      lat[n] = point.status === LOCATED || point.status === SWAPPED ? point.lat : Number.NaN;
      lon[n] = point.status === LOCATED || point.status === SWAPPED ? point.lon : Number.NaN;
      cell[n] = point.cell;
      inArea[n] = point.inArea ? 1 : 0;
      location[n] = this.optionalCode(reader, this.locations, ix.location);
      lsoa[n] = this.optionalCode(reader, this.lsoas, ix.lsoaCode);
      outcome[n] = this.optionalCode(reader, this.outcomes, ix.outcome);
      if (lsoa[n] >= 0) this.rowsPerLsoa[lsoa[n]] = (this.rowsPerLsoa[lsoa[n]] ?? 0) + 1;
      if (point.status === LOCATED || point.status === SWAPPED) {
        point.rowsStored++;
        if (point.locationCode < 0) point.locationCode = location[n];
      }
      this.monthForces.add(m * 65536 + f + 1);
      this.count(point);
      n++;
    }
    if (!any) return null;
    const constant = (value: string) => dictionaryColumn(new Int32Array(n), [value]);
    this.rowsStored += n;
    return tableOfColumns([
      ['crime_id', ids.finish()],
      ['source_file', constant(this.sourceFile)],
      ['source_format', constant('police-uk-street')],
      ['force', dictionaryColumn(force.subarray(0, n), this.forces.values)],
      ['month', dateDayColumn(month.subarray(0, n))],
      ['occurred_at', nullColumn('timestamp', n)],
      ['crime_type', dictionaryColumn(type.subarray(0, n), this.types.values)],
      ['offence', nullColumn('utf8', n)],
      ['harm', nullColumn('float64', n)],
      ['lat', float64Column(lat.subarray(0, n))],
      ['lon', float64Column(lon.subarray(0, n))],
      ['location', dictionaryColumn(location.subarray(0, n), this.locations.values)],
      ['lsoa_code', dictionaryColumn(lsoa.subarray(0, n), this.lsoas.values)],
      ['outcome', dictionaryColumn(outcome.subarray(0, n), this.outcomes.values)],
      ['h3_r10', uint64Column(cell.subarray(0, n))],
      ['in_area', boolColumn(inArea.subarray(0, n))],
      ['load_id', int32Column(new Int32Array(n).fill(this.loadId))],
    ]);
  }

  /** (YYYY-MM, force) pairs of the stored rows. */
  monthsAndForces(): { monthIso: string; force: string | null }[] {
    return [...this.monthForces].sort((a, b) => a - b).map((key) => {
      const f = (key % 65536) - 1;
      return { monthIso: this.months.values[Math.floor(key / 65536)], force: f < 0 ? null : this.forces.values[f] };
    });
  }

  /** Rows whose LSOA code is not a 2011 LLR code (2021 codes, or neighbouring areas). */
  rowsWithLsoaOutside(codes2011: Set<string>): number {
    let rows = 0;
    this.lsoas.values.forEach((code, i) => { if (!codes2011.has(code)) rows += this.rowsPerLsoa[i] ?? 0; });
    return rows;
  }

  /** Points that carry at least 20 crimes and 1% of the located rows, busiest first (at most five). */
  busyPoints(): { location: string; lat: number; lon: number; crimes: number; sharePercent: number }[] {
    const located = this.points.reduce((sum, p) => sum + p.rowsStored, 0);
    return this.points
      .filter((p) => p.rowsStored >= 20 && p.rowsStored >= 0.01 * located)
      .sort((a, b) => b.rowsStored - a.rowsStored)
      .slice(0, 5)
      .map((p) => ({
        location: p.locationCode >= 0 ? this.locations.values[p.locationCode] : '', lat: p.lat, lon: p.lon,
        crimes: p.rowsStored, sharePercent: Math.round((10000 * p.rowsStored) / located) / 100,
      }));
  }

  private count(point: Point): void {
    const r = this.report;
    if (point.status === LOCATED || point.status === SWAPPED) {
      if (point.inArea && point.cell !== 0n) r.rowsMapped++;
      else r.outOfArea++;
    } else r.noCoordinates++;
  }

  private setAside(example: RowExample): void {
    addCount(this.report.setAside, example.reason, 1);
    this.example(example);
  }

  private example(example: RowExample): void {
    const seen = this.examplesPerReason.get(example.reason) ?? 0;
    if (seen >= EXAMPLES_PER_REASON) return;
    this.examplesPerReason.set(example.reason, seen + 1);
    this.report.examples.push(example);
  }

  private optionalCode(reader: CsvRecordReader, dictionary: ByteDictionary, field: number): number {
    return field < 0 || reader.isBlank(field) ? -1 : dictionary.internField(reader, field);
  }

  /** The row's point, parsed on first sight; flagged rows are counted and exemplified on every sight. */
  private pointOf(reader: CsvRecordReader): Point {
    const { latitude, longitude } = this.index;
    const adjacent = longitude + 1 === latitude && !reader.isEscaped(longitude) && !reader.isEscaped(latitude);
    const code = adjacent
      ? this.coordinates.intern(reader.bytes, reader.start[longitude], reader.end[latitude])
      : this.coordinates.intern(...spanOf(`${reader.text(longitude)},${reader.text(latitude)}`));
    if (code === this.points.length) this.points.push(this.parsePoint(reader.text(latitude), reader.text(longitude)));
    const point = this.points[code];
    if (point.status === SWAPPED || point.status === NON_NUMERIC) {
      const reason = point.status === SWAPPED ? 'swapped-lat-lon' : 'non-numeric-coordinates';
      addCount(this.report.flagged, reason, 1);
      this.example({ reason, row: reader.recordNumber, column: 'Latitude, Longitude', value: point.text });
    }
    return point;
  }

  private parsePoint(latText: string, lonText: string): Point {
    const point: Point = { status: MISSING, lat: Number.NaN, lon: Number.NaN, cell: 0n, inArea: false, text: `${latText}, ${lonText}`, rowsStored: 0, locationCode: -1 };
    const latBlank = latText.trim() === '';
    const lonBlank = lonText.trim() === '';
    const latIn = latBlank ? Number.NaN : Number(latText);
    const lonIn = lonBlank ? Number.NaN : Number(lonText);
    if ((!latBlank && Number.isNaN(latIn)) || (!lonBlank && Number.isNaN(lonIn))) point.status = NON_NUMERIC;
    else if (latBlank || lonBlank) point.status = MISSING;
    else if (looksSwapped(latIn, lonIn)) Object.assign(point, { status: SWAPPED, lat: lonIn, lon: latIn });
    else Object.assign(point, { status: LOCATED, lat: latIn, lon: lonIn });
    if (point.status === LOCATED || point.status === SWAPPED) Object.assign(point, cellForPoint(point.lat, point.lon, this.area));
    return point;
  }
}

const encoder = new TextEncoder();

function spanOf(text: string): [Uint8Array, number, number] {
  const bytes = encoder.encode(text);
  return [bytes, 0, bytes.length];
}

/** Days from 1970-01-01 to the first of a `YYYY-MM` month; −1 when the text is not one. */
function firstOfMonthDays(text: string): number {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return -1;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, 1) / 86_400_000;
}

