import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { describeMapping, type ColumnMapping } from '../ingest/column-mapping';
import { tableToRows } from '../rows';
import { INSERT_PATROL_PINGS_SQL, PATROL_SET_ASIDE_SQL, stagePatrolPingsSql } from '../sql/ingest-patrol';
import { DROP_REJECTS_SQL, REJECTED_ROWS_SQL } from '../sql/ingest-police-uk';
import { addCount, addExamples, emptyReport, type FileReport } from './file-report';
import { convertGridReferences } from './force-crimes';
import { indexStagedPoints } from './point-index';
import { fileRowOf } from './police-uk-street';

const rows = async <T>(db: Connector, sql: string) => tableToRows<T>(await db.query(sql));

/** Patrol GPS pings into `patrol_pings`; the report counts pings, not crimes (none are "mapped" as crime). */
export async function loadPatrolPings(db: Connector, area: ForceArea, path: string, utf8: Uint8Array, header: string[], mapping: ColumnMapping): Promise<FileReport> {
  const report = { ...emptyReport(path, 'patrol-pings'), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`Patrol GPS pings. Columns used: ${describeMapping(mapping)}.`);
  const registered = `upload-${Math.random().toString(36).slice(2)}.csv`;
  await db.registerFile(registered, utf8);
  try {
    await db.query(stagePatrolPingsSql(registered, header, mapping));
    const rejected = await rows<{ row_number: number; raw_line: string }>(db, REJECTED_ROWS_SQL);
    const [{ staged }] = await rows<{ staged: number }>(db, 'SELECT count(*)::INTEGER AS staged FROM staging_force');
    report.rowsRead = staged + rejected.length;
    addCount(report.setAside, 'wrong-column-count', rejected.length);
    const setAside = await rows<{ reason: string; record_index: number; value: string }>(db, PATROL_SET_ASIDE_SQL);
    for (const r of setAside) addCount(report.setAside, r.reason, 1);
    const rejectedRows = rejected.map((r) => r.row_number);
    addExamples(report, setAside.map((r) => ({ reason: r.reason, row: fileRowOf(r.record_index, rejectedRows), value: r.value })));
    if (mapping.easting && mapping.northing) await convertGridReferences(db);
    await indexStagedPoints(db, 'staging_force', area);
    const [{ before }] = await rows<{ before: number }>(db, 'SELECT count(*)::INTEGER AS before FROM patrol_pings');
    await db.query(INSERT_PATROL_PINGS_SQL);
    const [{ after }] = await rows<{ after: number }>(db, 'SELECT count(*)::INTEGER AS after FROM patrol_pings');
    report.rowsStored = after - before;
    report.rowsMapped = report.rowsStored;
  } finally {
    await db.query('DROP TABLE IF EXISTS staging_force; DROP TABLE IF EXISTS staging_grid; DROP TABLE IF EXISTS staging_point_cells');
    await db.query(DROP_REJECTS_SQL).catch(() => undefined);
    await db.dropFile(registered);
  }
  return report;
}
