import { sqlIdentifier, sqlString } from './literals';

/**
 * Every uploaded CSV is read the same way: all columns as text (validation is ours, row by row), real CSV quoting, and
 * rows with the wrong number of columns sent to `rejects` with their record number (header = row 1) instead of
 * failing the file.
 */
export function readCsvSql(registeredName: string, columns: string[]): string {
  const asVarchar = `{${columns.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}}`;
  return `read_csv(${sqlString(registeredName)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
  columns = ${asVarchar}, store_rejects = true, rejects_table = 'rejects', rejects_scan = 'rejects_scan', null_padding = false)`;
}

/**
 * Rejected rows of the last scan only (DuckDB keeps appending to the rejects table across scans), one per record
 * (it writes one line per bad column).
 */
export const REJECTED_ROWS_SQL = `SELECT line::INTEGER AS row_number, any_value(error_type) AS error_type,
  any_value(csv_line) AS raw_line, any_value(error_message) AS message
FROM rejects WHERE scan_id = (SELECT max(scan_id) FROM rejects_scan) GROUP BY line ORDER BY line`;

export const DROP_REJECTS_SQL = 'DROP TABLE IF EXISTS rejects; DROP TABLE IF EXISTS rejects_scan';

/** A column the analyst mapped, quoted; SQL NULL when the field is not mapped. */
export function mappedColumn(name: string | undefined): string {
  return name ? sqlIdentifier(name) : 'NULL';
}

/** UK exports write dates day first; ISO forms are accepted too. Never month first. */
export const DAY_FIRST_FORMATS = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%dT%H:%M',
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%d/%m/%Y',
  '%Y-%m-%d',
];

/** The first of `formats` that parses the text, else NULL. */
export function parseTimestampSql(text: string, formats: string[] = DAY_FIRST_FORMATS): string {
  return `coalesce(${formats.map((f) => `try_strptime(trim(${text}), ${sqlString(f)})`).join(', ')})`;
}
