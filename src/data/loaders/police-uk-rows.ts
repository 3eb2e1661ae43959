import type { Table } from 'apache-arrow';
import type { ForceArea } from '../force-area';
import { ByteDictionary } from '../ingest/byte-dictionary';
import type { CsvRecordReader } from '../ingest/csv-records';
import {
  boolColumn,
  dateDayColumn,
  dictionaryColumn,
  float64Column,
  int32Column,
  nullColumn,
  tableOfColumns,
  uint64Column,
} from '../ingest/arrow-columns';
import type { RowReason, SetAsideReason } from '../formats/set-aside-reasons';
import { addCount, EXAMPLES_PER_REASON, type FileReport, type RowExample } from './file-report';
import { RepeatedCrimeIds } from './police-uk-repeated-ids';
import { columnIndexes, type Column } from './police-uk-columns';
import { LOCATED, NON_NUMERIC, parsePoint, spanOf, SWAPPED, type Point } from './police-uk-points';

const ASB = 'Anti-social behaviour';
/**
 * Turns a police.uk street CSV into rows of the `crimes` table, a chunk at a time, and keeps the report's counts as it
 * goes: rows set aside (wrong column count, unreadable month, no crime type) with examples, coordinates flagged
 * (swapped, corrected; non-numeric, unmapped), months and forces seen, and the police.uk quirks. Only what the map
 * reads is built here; `storedRows` tells PoliceUkDetails which rows to take ids, locations and outcomes from later.
 * Each force the file names gets its own load id, counting up from `firstLoadId`.
 */
export class PoliceUkRows {
  readonly expectedFields: number;
  private readonly index: Record<Column, number>;
  private readonly months = new ByteDictionary();
  private monthDays: number[] = [];
  private readonly forces = new ByteDictionary();
  /** Load id per force code + 1 (slot 0: rows naming no force). */
  private readonly loadIdOfForce: number[] = [];
  private loadCount = 0;
  private readonly types = new ByteDictionary();
  private readonly lsoas = new ByteDictionary();
  private readonly coordinates = new ByteDictionary();
  private readonly points: Point[] = [];
  private readonly rowsPerLsoa: number[] = [];
  /** `monthCode * 65536 + forceCode + 1` of every stored row: the months this file replaces. */
  private readonly monthForces = new Set<number>();
  private readonly examplesPerReason = new Map<RowReason, number>();
  /** Crime IDs of stored rows, to report the ids a month repeats (rows are kept). */
  readonly crimeIds = new RepeatedCrimeIds(EXAMPLES_PER_REASON);
  /** Per data record (0 = first after the header): the load id that stored it, 0 when it was set aside. */
  private rowLoads = new Int32Array(1 << 16);
  rowsRead = 0;
  rowsStored = 0;
  asbRows = 0;
  asbWithoutId = 0;

  constructor(
    header: string[],
    private readonly report: FileReport,
    private readonly area: ForceArea,
    private readonly firstLoadId: number,
  ) {
    this.expectedFields = header.length;
    this.index = columnIndexes(header);
  }

  /** Parses up to `maxRows` more records into a table in `crimes` column order; null when the file is done. */
  readChunk(reader: CsvRecordReader, maxRows: number): Table | null {
    const ix = this.index;
    const loadIds = new Int32Array(maxRows);
    const sourceRow = new Int32Array(maxRows);
    const month = new Int32Array(maxRows);
    const type = new Int32Array(maxRows);
    const lat = new Float64Array(maxRows);
    const lon = new Float64Array(maxRows);
    const cell = new BigUint64Array(maxRows);
    const inArea = new Uint8Array(maxRows);
    let n = 0;
    let any = false;
    while (n < maxRows && reader.next()) {
      any = true;
      const ordinal = this.rowsRead++;
      if (ordinal >= this.rowLoads.length) this.growRowLoads();
      if (reader.fieldCount !== this.expectedFields) {
        this.setAside({ reason: 'wrong-column-count', row: reader.recordNumber, value: reader.rawRecord() });
        continue;
      }
      const m = this.months.internField(reader, ix.month);
      if (m === this.monthDays.length) this.monthDays.push(firstOfMonthDays(this.months.values[m]));
      if (this.monthDays[m] < 0) {
        this.setAside({
          reason: 'unparseable-month',
          row: reader.recordNumber,
          column: 'Month',
          value: reader.text(ix.month),
        });
        continue;
      }
      if (reader.isBlank(ix.crimeType)) {
        this.setAside({
          reason: 'missing-crime-type',
          row: reader.recordNumber,
          column: 'Crime type',
          value: reader.text(ix.crimeType),
        });
        continue;
      }
      const t = this.types.internField(reader, ix.crimeType);
      if (this.types.values[t] === ASB) {
        this.asbRows++;
        if (ix.crimeId < 0 || reader.isBlank(ix.crimeId)) this.asbWithoutId++;
      }
      const f =
        ix.fallsWithin < 0 || reader.isBlank(ix.fallsWithin) ? -1 : this.forces.internField(reader, ix.fallsWithin);
      const loadId = this.loadIdOfForce[f + 1] ?? this.newLoad(f);
      const point = this.pointOf(reader);
      loadIds[n] = loadId;
      this.rowLoads[ordinal] = loadId;
      sourceRow[n] = reader.recordNumber;
      month[n] = this.monthDays[m];
      type[n] = t;
      lat[n] = point.status === LOCATED || point.status === SWAPPED ? point.lat : Number.NaN;
      lon[n] = point.status === LOCATED || point.status === SWAPPED ? point.lon : Number.NaN;
      cell[n] = point.cell;
      inArea[n] = point.inArea ? 1 : 0;
      if (ix.lsoaCode >= 0 && !reader.isBlank(ix.lsoaCode)) {
        const l = this.lsoas.internField(reader, ix.lsoaCode);
        this.rowsPerLsoa[l] = (this.rowsPerLsoa[l] ?? 0) + 1;
      }
      if (point.status === LOCATED || point.status === SWAPPED) {
        point.rowsStored++;
        if (point.location === null && ix.location >= 0) point.location = reader.text(ix.location).trim();
      }
      this.monthForces.add(m * 65536 + f + 1);
      if (ix.crimeId >= 0) {
        this.crimeIds.add(reader.bytes, reader.start[ix.crimeId], reader.end[ix.crimeId], m, reader.recordNumber);
      }
      this.count(point);
      n++;
    }
    if (!any) return null;
    this.rowsStored += n;
    return tableOfColumns([
      ['load_id', int32Column(loadIds.subarray(0, n))],
      ['source_row', int32Column(sourceRow.subarray(0, n))],
      ['month', dateDayColumn(month.subarray(0, n))],
      ['occurred_at', nullColumn('timestamp', n)],
      ['crime_type', dictionaryColumn(type.subarray(0, n), this.types.values)],
      ['harm', nullColumn('float64', n)],
      ['lat', float64Column(lat.subarray(0, n))],
      ['lon', float64Column(lon.subarray(0, n))],
      ['h3_r10', uint64Column(cell.subarray(0, n))],
      ['in_area', boolColumn(inArea.subarray(0, n))],
    ]);
  }

  /** The loads this file made: one per force it names, in order of first appearance. */
  loads(): { loadId: number; force: string | null }[] {
    const loads: { loadId: number; force: string | null }[] = [];
    this.loadIdOfForce.forEach((loadId, slot) =>
      loads.push({ loadId, force: slot === 0 ? null : this.forces.values[slot - 1] }),
    );
    return loads.sort((a, b) => a.loadId - b.loadId);
  }

  /** Per data record, the load id that stored it (0: set aside). */
  get storedRows(): Int32Array {
    return this.rowLoads.subarray(0, this.rowsRead);
  }

  /** (YYYY-MM, force) pairs of the stored rows. */
  monthsAndForces(): { monthIso: string; force: string | null }[] {
    return [...this.monthForces]
      .sort((a, b) => a - b)
      .map((key) => {
        const f = (key % 65536) - 1;
        return { monthIso: this.months.values[Math.floor(key / 65536)], force: f < 0 ? null : this.forces.values[f] };
      });
  }

  /** Rows whose LSOA code is not a 2011 LLR code (2021 codes, or neighbouring areas). */
  rowsWithLsoaOutside(codes2011: Set<string>): number {
    let rows = 0;
    this.lsoas.values.forEach((code, i) => {
      if (!codes2011.has(code)) rows += this.rowsPerLsoa[i] ?? 0;
    });
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
        location: p.location ?? '',
        lat: p.lat,
        lon: p.lon,
        crimes: p.rowsStored,
        sharePercent: Math.round((10000 * p.rowsStored) / located) / 100,
      }));
  }

  private count(point: Point): void {
    const r = this.report;
    if (point.status === LOCATED || point.status === SWAPPED) {
      if (point.inArea && point.cell !== 0n) r.rowsMapped++;
      else r.outOfArea++;
    } else r.noCoordinates++;
  }

  private setAside(example: RowExample & { reason: SetAsideReason }): void {
    addCount(this.report.setAside, example.reason, 1);
    this.example(example);
  }

  private example(example: RowExample): void {
    const seen = this.examplesPerReason.get(example.reason) ?? 0;
    if (seen >= EXAMPLES_PER_REASON) return;
    this.examplesPerReason.set(example.reason, seen + 1);
    this.report.examples.push(example);
  }

  private newLoad(forceCode: number): number {
    const loadId = this.firstLoadId + this.loadCount++;
    this.loadIdOfForce[forceCode + 1] = loadId;
    return loadId;
  }

  private growRowLoads(): void {
    const grown = new Int32Array(this.rowLoads.length * 2);
    grown.set(this.rowLoads);
    this.rowLoads = grown;
  }

  /** The row's point, parsed on first sight; flagged rows are counted and exemplified on every sight. */
  private pointOf(reader: CsvRecordReader): Point {
    const { latitude, longitude } = this.index;
    const adjacent = longitude + 1 === latitude && !reader.isEscaped(longitude) && !reader.isEscaped(latitude);
    const code = adjacent
      ? this.coordinates.intern(reader.bytes, reader.start[longitude], reader.end[latitude])
      : this.coordinates.intern(...spanOf(`${reader.text(longitude)},${reader.text(latitude)}`));
    if (code === this.points.length)
      this.points.push(parsePoint(reader.text(latitude), reader.text(longitude), this.area));
    const point = this.points[code];
    if (point.status === SWAPPED || point.status === NON_NUMERIC) {
      const reason = point.status === SWAPPED ? 'swapped-lat-lon' : 'non-numeric-coordinates';
      addCount(this.report.flagged, reason, 1);
      this.example({ reason, row: reader.recordNumber, column: 'Latitude, Longitude', value: point.text });
    }
    return point;
  }
}

/** Days from 1970-01-01 to the first of a `YYYY-MM` month; −1 when the text is not one. */
function firstOfMonthDays(text: string): number {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return -1;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, 1) / 86_400_000;
}
