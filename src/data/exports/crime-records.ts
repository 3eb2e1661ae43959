// The crime records (the `crime_records` view of src/data/sql/schema.ts) as CSV, for `grip export records` and the
// app's "crime records of a selection". Every stored row counts, mapped or not (in_area says which), as the load
// report's totals do. Written page by page, so a million rows never sit in memory as one string.
import { timeClauses } from '../sql/crime-queries';
import { h3HexSql } from '../sql/h3-cells';
import { sqlString, sqlStringList } from '../sql/literals';
import { csvRecord, CSV_BOM, type CsvCell } from './csv';

export interface CrimeRecordsFilter {
  /** `YYYY-MM`, both ends included; null = unbounded. */
  fromMonth: string | null;
  toMonth: string | null;
  /** data.police.uk crime types; [] = all. */
  crimeTypes: string[];
  /** Only records located in this box `[west, south, east, north]` (a selection's export narrows it further). */
  bbox?: [number, number, number, number];
  /** The profile's hour and weekday choices (0 = Monday): records without a time then do not match. */
  hours?: [number, number];
  weekdays?: number[];
}

/** One exported row, typed as DuckDB returns it (dates and flags already text, so the CSV shows them as written). */
export interface CrimeRecordRow {
  crime_id: string | null;
  month: string;
  occurred_at: string | null;
  crime_type: string;
  offence: string | null;
  harm: number | null;
  longitude: number | null;
  latitude: number | null;
  location: string | null;
  lsoa_code: string | null;
  outcome: string | null;
  h3_r10: string | null;
  in_area: string | null;
  source_file: string;
  source_format: string;
  force: string | null;
  source_row: number;
}

/** The CSV's columns, in order: the row's keys. */
export const CRIME_RECORD_COLUMNS: readonly (keyof CrimeRecordRow)[] = [
  'crime_id',
  'month',
  'occurred_at',
  'crime_type',
  'offence',
  'harm',
  'longitude',
  'latitude',
  'location',
  'lsoa_code',
  'outcome',
  'h3_r10',
  'in_area',
  'source_file',
  'source_format',
  'force',
  'source_row',
];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One page of records in a stable order (month, file, row in the file), so pages neither overlap nor skip. */
export function crimeRecordsSql(filter: CrimeRecordsFilter, limit: number, offset: number): string {
  // Qualified names: `month` is both a DATE column and a text alias here, and DuckDB lets aliases into WHERE.
  const where = ['true'];
  if (filter.fromMonth && MONTH.test(filter.fromMonth))
    where.push(`r.month >= ${sqlString(`${filter.fromMonth}-01`)}::DATE`);
  if (filter.toMonth && MONTH.test(filter.toMonth)) where.push(`r.month <= ${sqlString(`${filter.toMonth}-01`)}::DATE`);
  if (filter.crimeTypes.length > 0) where.push(`r.crime_type IN (${sqlStringList(filter.crimeTypes)})`);
  if (filter.bbox && filter.bbox.every(Number.isFinite)) {
    const [west, south, east, north] = filter.bbox;
    where.push(`r.lon BETWEEN ${west} AND ${east} AND r.lat BETWEEN ${south} AND ${north}`);
  }
  where.push(...timeClauses(filter, 'r.occurred_at'));
  return `SELECT r.crime_id, strftime(r.month, '%Y-%m') AS month,
  strftime(r.occurred_at, '%Y-%m-%dT%H:%M:%S') AS occurred_at, r.crime_type, r.offence, r.harm,
  r.lon AS longitude, r.lat AS latitude, r.location, r.lsoa_code, r.outcome,
  CASE WHEN r.h3_r10 IS NULL THEN NULL ELSE ${h3HexSql('r.h3_r10')} END AS h3_r10,
  CASE WHEN r.in_area THEN 'yes' WHEN NOT r.in_area THEN 'no' END AS in_area,
  r.source_file, r.source_format, r.force, r.source_row
FROM crime_records r WHERE ${where.join(' AND ')}
ORDER BY r.month, r.source_file, r.source_row, r.load_id
LIMIT ${Math.max(1, Math.round(limit))} OFFSET ${Math.max(0, Math.round(offset))}`;
}

export const crimeRecordCells = (row: CrimeRecordRow): CsvCell[] => CRIME_RECORD_COLUMNS.map((c) => row[c]);

/**
 * Writes BOM, header and every matching record through `write`, `pageRows` at a time; returns the records written.
 * `query` runs SQL and returns typed rows (Engine.query).
 */
export async function writeCrimeRecordsCsv(
  query: (sql: string) => Promise<CrimeRecordRow[]>,
  write: (chunk: string) => void | Promise<void>,
  filter: CrimeRecordsFilter,
  pageRows = 50_000,
): Promise<number> {
  await write(CSV_BOM + csvRecord(CRIME_RECORD_COLUMNS));
  let written = 0;
  for (;;) {
    const rows = await query(crimeRecordsSql(filter, pageRows, written));
    if (rows.length > 0) await write(rows.map((row) => csvRecord(crimeRecordCells(row))).join(''));
    written += rows.length;
    if (rows.length < pageRows) return written;
  }
}
