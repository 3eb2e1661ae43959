import type { Connector } from '../connector';
import { tableToRows } from '../rows';
import { DROP_REJECTS_SQL, REJECTED_ROWS_SQL } from '../sql/csv-source';
import { countFileRowsSql, countRowsSql, deleteFileRowsSql, type RecordTable } from '../sql/file-rows';
import { DROP_STAGING_TABLES_SQL, stagedCountSql, type StagingTable } from '../sql/staging';
import { SWAP_COORDINATES_SQL, SWAPPED_COORDINATES_SQL } from '../sql/point-cells';
import type { SetAsideReason } from '../formats/set-aside-reasons';
import { addCount, addExamples, type FileReport } from './file-report';

// What every CSV loader shares: the file's life in DuckDB, and accounting for each row read.

export const queryRows = async <T>(db: Connector, sql: string): Promise<T[]> => tableToRows<T>(await db.query(sql));

/**
 * Registers the bytes for `read_csv`, runs `work` with the registered name, then drops staging, rejects and the file.
 */
export async function withRegisteredCsv<T>(
  db: Connector,
  utf8: Uint8Array,
  work: (registeredName: string) => Promise<T>,
): Promise<T> {
  const registered = `upload-${Math.random().toString(36).slice(2)}.csv`;
  await db.registerFile(registered, utf8);
  try {
    return await work(registered);
  } finally {
    await db.query(DROP_STAGING_TABLES_SQL);
    await db.query(DROP_REJECTS_SQL).catch(() => undefined);
    await db.dropFile(registered);
  }
}

/** A staged record's row in the file (header = row 1), stepping over the rows DuckDB rejected before it. */
export function fileRowOf(recordIndex: number, rejectedRows: number[]): number {
  let row = recordIndex + 1;
  for (const rejectedRow of rejectedRows) if (rejectedRow <= row) row++;
  return row;
}

/** A row of a `*_SET_ASIDE_SQL` query: the reason is one the staging SQL wrote with `reasonSql`. */
interface SetAsideRow {
  reason: SetAsideReason;
  record_index: number;
  column_name?: string;
  value: string | null;
}

/**
 * Rows read = staged + rejected; rejected rows (wrong column count) and the rows `setAsideSql` lists are counted by
 * reason with their first examples. Returns the record-number → file-row mapping for later examples.
 */
export async function accountForRows(
  db: Connector,
  report: FileReport,
  stagingTable: StagingTable,
  setAsideSql: string,
): Promise<(recordIndex: number) => number> {
  const rejected = await queryRows<{ row_number: number; raw_line: string }>(db, REJECTED_ROWS_SQL);
  const [{ staged }] = await queryRows<{ staged: number }>(db, stagedCountSql(stagingTable));
  report.rowsRead = staged + rejected.length;
  addCount(report.setAside, 'wrong-column-count', rejected.length);
  addExamples(
    report,
    rejected.map((r) => ({ reason: 'wrong-column-count', row: r.row_number, value: r.raw_line.trim().slice(0, 120) })),
  );
  const rejectedRows = rejected.map((r) => r.row_number);
  const fileRow = (recordIndex: number) => fileRowOf(recordIndex, rejectedRows);
  const setAside = await queryRows<SetAsideRow>(db, setAsideSql);
  for (const r of setAside) addCount(report.setAside, r.reason, 1);
  addExamples(
    report,
    setAside.map((r) => ({
      reason: r.reason,
      row: fileRow(r.record_index),
      ...(r.column_name ? { column: r.column_name } : {}),
      value: r.value ?? '',
    })),
  );
  return fileRow;
}

/**
 * Latitude and longitude the wrong way round (a latitude of −8.7..1.8 with a longitude of 49.8..60.9 is Britain
 * swapped) are put right in `staging_force`, counted and exemplified as flagged: the rows are kept.
 */
export async function correctSwappedCoordinates(
  db: Connector,
  report: FileReport,
  fileRow: (recordIndex: number) => number,
): Promise<void> {
  const swapped = await queryRows<{ record_index: number; latitude: number; longitude: number }>(
    db,
    SWAPPED_COORDINATES_SQL,
  );
  if (swapped.length === 0) return;
  await db.query(SWAP_COORDINATES_SQL);
  addCount(report.flagged, 'swapped-lat-lon', swapped.length);
  addExamples(
    report,
    swapped.map((r) => ({
      reason: 'swapped-lat-lon',
      row: fileRow(r.record_index),
      column: 'Latitude, Longitude',
      value: `${r.latitude}, ${r.longitude}`,
    })),
  );
}

/**
 * Rows an earlier load of a file with the same name left in `table` are removed (and the report says so): a file loaded
 * again replaces itself.
 */
export async function replaceEarlierCopy(db: Connector, report: FileReport, table: RecordTable): Promise<void> {
  const [{ n }] = await queryRows<{ n: number }>(db, countFileRowsSql(table, report.path));
  if (n === 0) return;
  await db.query(deleteFileRowsSql(table, report.path));
  report.notes.push(`${report.path} was loaded before (${n.toLocaleString('en-GB')} rows): this load replaces them.`);
}

/**
 * Runs an INSERT and reports how many rows it added to `table` (rows stored; these files have no map filter), replacing
 * an earlier copy of the file.
 */
export async function insertCounting(
  db: Connector,
  report: FileReport,
  table: RecordTable,
  insertSql: string,
): Promise<void> {
  const count = async () => (await queryRows<{ n: number }>(db, countRowsSql(table)))[0].n;
  await replaceEarlierCopy(db, report, table);
  const before = await count();
  await db.query(insertSql);
  report.rowsStored = (await count()) - before;
  report.rowsMapped = report.rowsStored;
}
