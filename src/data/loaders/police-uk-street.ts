import type { Connector } from '../connector';
import { tableToRows } from '../rows';
import { sqlString } from '../sql/literals';
import {
  BUSY_SNAP_POINTS_SQL, deleteLoadedMonthSql, DROP_REJECTS_SQL, FILE_MONTHS_SQL, FLAGGED_EXAMPLES_SQL, insertPoliceUkSql,
  QUIRK_COUNTS_SQL, REJECTED_ROWS_SQL, SET_ASIDE_EXAMPLES_SQL, stagePoliceUkSql,
} from '../sql/ingest-police-uk';
import type { ForceArea } from '../force-area';
import { addCount, addExamples, emptyReport, type FileReport } from './file-report';
import { countStored } from './count-stored';
import { indexStagedPoints } from './point-index';

const rows = async <T>(db: Connector, sql: string) => tableToRows<T>(await db.query(sql));
const fmt = (n: number) => n.toLocaleString('en-GB');

/** Loads one data.police.uk street-crime CSV (already decoded to UTF-8 bytes) and says what happened to every row. */
export async function loadPoliceUkStreet(db: Connector, area: ForceArea, path: string, utf8: Uint8Array): Promise<FileReport> {
  const report = emptyReport(path, 'police-uk-street');
  const registered = `upload-${Math.random().toString(36).slice(2)}.csv`;
  await db.registerFile(registered, utf8);
  try {
    await db.query(stagePoliceUkSql(registered));
    const rejected = await rows<{ row_number: number; error_type: string; raw_line: string }>(db, REJECTED_ROWS_SQL);
    const [{ staged }] = await rows<{ staged: number }>(db, 'SELECT count(*)::INTEGER AS staged FROM staging_police_uk');
    report.rowsRead = staged + rejected.length;
    addCount(report.setAside, 'wrong-column-count', rejected.length);
    addExamples(report, rejected.map((r) => ({ reason: 'wrong-column-count', row: r.row_number, value: r.raw_line.trim().slice(0, 120) })));

    const rejectedRows = rejected.map((r) => r.row_number);
    const fileRow = (recordIndex: number) => fileRowOf(recordIndex, rejectedRows);
    const setAside = await rows<{ reason: string; record_index: number; column_name: string; value: string | null }>(db, SET_ASIDE_EXAMPLES_SQL);
    for (const r of setAside) addCount(report.setAside, r.reason, 1);
    addExamples(report, setAside.map((r) => ({ reason: r.reason, row: fileRow(r.record_index), column: r.column_name, value: r.value ?? '' })));
    const flagged = await rows<{ reason: string; record_index: number; latitude_text: string; longitude_text: string }>(db, FLAGGED_EXAMPLES_SQL);
    for (const r of flagged) addCount(report.flagged, r.reason, 1);
    addExamples(report, flagged.map((r) => ({
      reason: r.reason, row: fileRow(r.record_index), column: 'Latitude, Longitude', value: `${r.latitude_text}, ${r.longitude_text}`,
    })));

    await replaceLoadedMonths(db, report);
    await describeQuirks(db, report);
    await indexStagedPoints(db, 'staging_police_uk', area);
    await db.query(insertPoliceUkSql(path));
    await countStored(db, report);
  } finally {
    await db.query('DROP TABLE IF EXISTS staging_police_uk; DROP TABLE IF EXISTS staging_point_cells');
    await db.query(DROP_REJECTS_SQL).catch(() => undefined);
    await db.dropFile(registered);
  }
  return report;
}

/** A staged record's row in the file (header = row 1), stepping over the rows DuckDB rejected before it. */
export function fileRowOf(recordIndex: number, rejectedRows: number[]): number {
  let row = recordIndex + 1;
  for (const rejectedRow of rejectedRows) if (rejectedRow <= row) row++;
  return row;
}

async function replaceLoadedMonths(db: Connector, report: FileReport): Promise<void> {
  for (const { month_iso, force } of await rows<{ month_iso: string; force: string }>(db, FILE_MONTHS_SQL)) {
    const [{ n }] = await rows<{ n: number }>(db, `SELECT count(*)::INTEGER AS n FROM crimes WHERE source_format = 'police-uk-street'
      AND force = ${sqlString(force ?? '')} AND month = ${sqlString(`${month_iso}-01`)}::DATE`);
    if (n === 0) continue;
    await db.query(deleteLoadedMonthSql(month_iso, force ?? ''));
    report.notes.push(`${month_iso} for ${force} was already loaded (${fmt(n)} rows): this file replaces it.`);
  }
}

async function describeQuirks(db: Connector, report: FileReport): Promise<void> {
  const [q] = await rows<{ asb_rows: number; asb_without_id: number; lsoa_not_2011: number }>(db, QUIRK_COUNTS_SQL);
  if (q.asb_without_id > 0) {
    report.notes.push(`${fmt(q.asb_without_id)} of ${fmt(q.asb_rows)} anti-social behaviour rows have no Crime ID (police.uk never gives ASB one): kept.`);
  }
  if (q.lsoa_not_2011 > 0) {
    report.notes.push(`${fmt(q.lsoa_not_2011)} rows carry an LSOA code outside the 2011 LLR set (2021 codes or neighbouring areas): kept; LSOA joins need care.`);
  }
  for (const p of await rows<{ location: string; latitude: number; longitude: number; crimes: number; share_percent: number }>(db, BUSY_SNAP_POINTS_SQL)) {
    report.notes.push(`Snap point "${p.location}" (${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)}) carries ${fmt(p.crimes)} crimes ` +
      `(${p.share_percent}% of located rows): police.uk anonymisation piles crimes onto such points, so check before calling it a hotspot.`);
  }
}
