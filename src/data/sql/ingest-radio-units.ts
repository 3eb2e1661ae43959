import type { RadioUnitColumns } from '../ingest/radio-unit-columns';
import { mappedColumn, readCsvSql } from './csv-source';
import { sqlString } from './literals';

/** A radio id → call sign lookup, staged as text; ids are compared as the ping files write them (trimmed). */
export function stageRadioUnitsSql(registeredName: string, header: string[], columns: RadioUnitColumns): string {
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
SELECT NULLIF(trim(${mappedColumn(columns.radioId)}), '') AS radio_id,
  NULLIF(trim(${mappedColumn(columns.callSign)}), '') AS call_sign
FROM ${readCsvSql(registeredName, header)}`;
}

/** Rows with no radio id or no call sign (record index, header excluded), which name nothing. */
export const RADIO_UNITS_INCOMPLETE_SQL = `SELECT (rowid + 1)::INTEGER AS record_index FROM staging_force
WHERE radio_id IS NULL OR call_sign IS NULL ORDER BY rowid`;

/** Nothing is set aside by reason: rows naming nothing are reported in the notes. */
export const RADIO_UNITS_SET_ASIDE_SQL = `SELECT NULL AS reason, 0 AS record_index, '' AS value WHERE false`;

/**
 * The file replaces its own earlier rows and any earlier call sign for the radio ids it names (a terminal is
 * reissued to another call sign); within the file the first row for an id wins.
 */
export function replaceRadioUnitsSql(path: string): string {
  const complete = 'FROM staging_force WHERE radio_id IS NOT NULL AND call_sign IS NOT NULL';
  return `DELETE FROM radio_units WHERE source_file = ${sqlString(path)} OR radio_id IN (SELECT radio_id ${complete});
INSERT INTO radio_units (radio_id, call_sign, source_file)
SELECT radio_id, arg_min(call_sign, rowid), ${sqlString(path)} ${complete} GROUP BY radio_id`;
}

export function countRadioUnitsFromSql(path: string): string {
  return `SELECT count(*)::INTEGER AS n FROM radio_units WHERE source_file = ${sqlString(path)}`;
}
