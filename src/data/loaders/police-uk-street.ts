import type { Connector } from '../connector';
import { sqlString } from '../sql/literals';
import {
  BUSY_SNAP_POINTS_SQL, deleteLoadedMonthSql, FILE_MONTHS_SQL, FLAGGED_EXAMPLES_SQL, insertPoliceUkSql,
  QUIRK_COUNTS_SQL, SET_ASIDE_EXAMPLES_SQL, stagePoliceUkSql,
} from '../sql/ingest-police-uk';
import type { ForceArea } from '../force-area';
import { addCount, addExamples, emptyReport, type FileReport } from './file-report';
import { countStored } from './count-stored';
import { indexStagedPoints } from './point-index';
import { accountForRows, queryRows, withRegisteredCsv } from './staged-file';

const fmt = (n: number) => n.toLocaleString('en-GB');

/** Loads one data.police.uk street-crime CSV (already decoded to UTF-8 bytes) and says what happened to every row. */
export async function loadPoliceUkStreet(db: Connector, area: ForceArea, path: string, utf8: Uint8Array): Promise<FileReport> {
  const report = emptyReport(path, 'police-uk-street');
  await withRegisteredCsv(db, utf8, async (registered) => {
    await db.query(stagePoliceUkSql(registered));
    const fileRow = await accountForRows(db, report, 'staging_police_uk', SET_ASIDE_EXAMPLES_SQL);
    const flagged = await queryRows<{ reason: string; record_index: number; latitude_text: string; longitude_text: string }>(db, FLAGGED_EXAMPLES_SQL);
    for (const r of flagged) addCount(report.flagged, r.reason, 1);
    addExamples(report, flagged.map((r) => ({
      reason: r.reason, row: fileRow(r.record_index), column: 'Latitude, Longitude', value: `${r.latitude_text}, ${r.longitude_text}`,
    })));
    await replaceLoadedMonths(db, report);
    await describeQuirks(db, report);
    await indexStagedPoints(db, 'staging_police_uk', area);
    await db.query(insertPoliceUkSql(path));
    await countStored(db, report);
  });
  return report;
}

async function replaceLoadedMonths(db: Connector, report: FileReport): Promise<void> {
  for (const { month_iso, force } of await queryRows<{ month_iso: string; force: string }>(db, FILE_MONTHS_SQL)) {
    const [{ n }] = await queryRows<{ n: number }>(db, `SELECT count(*)::INTEGER AS n FROM crimes WHERE source_format = 'police-uk-street'
      AND force = ${sqlString(force ?? '')} AND month = ${sqlString(`${month_iso}-01`)}::DATE`);
    if (n === 0) continue;
    await db.query(deleteLoadedMonthSql(month_iso, force ?? ''));
    report.notes.push(`${month_iso} for ${force} was already loaded (${fmt(n)} rows): this file replaces it.`);
  }
}

async function describeQuirks(db: Connector, report: FileReport): Promise<void> {
  const [q] = await queryRows<{ asb_rows: number; asb_without_id: number; lsoa_not_2011: number }>(db, QUIRK_COUNTS_SQL);
  if (q.asb_without_id > 0) {
    report.notes.push(`${fmt(q.asb_without_id)} of ${fmt(q.asb_rows)} anti-social behaviour rows have no Crime ID (police.uk never gives ASB one): kept.`);
  }
  if (q.lsoa_not_2011 > 0) {
    report.notes.push(`${fmt(q.lsoa_not_2011)} rows carry an LSOA code outside the 2011 LLR set (2021 codes or neighbouring areas): kept; LSOA joins need care.`);
  }
  for (const p of await queryRows<{ location: string; latitude: number; longitude: number; crimes: number; share_percent: number }>(db, BUSY_SNAP_POINTS_SQL)) {
    report.notes.push(`Snap point "${p.location}" (${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)}) carries ${fmt(p.crimes)} crimes ` +
      `(${p.share_percent}% of located rows): police.uk anonymisation piles crimes onto such points, so check before calling it a hotspot.`);
  }
}
