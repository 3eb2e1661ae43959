import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { describeMapping, hasCoordinates, type ColumnMapping } from '../ingest/column-mapping';
import { tableToRows } from '../rows';
import { DROP_REJECTS_SQL, REJECTED_ROWS_SQL } from '../sql/ingest-police-uk';
import { insertInterventionsSql, insertVisitsSql, RECORD_SET_ASIDE_SQL, stageInterventionsSql, stageVisitsSql } from '../sql/ingest-records';
import { addCount, addExamples, emptyReport, type FileReport } from './file-report';
import { convertGridReferences } from './force-crimes';
import { indexStagedPoints } from './point-index';
import { fileRowOf } from './police-uk-street';

const rows = async <T>(db: Connector, sql: string) => tableToRows<T>(await db.query(sql));

const KINDS = {
  'patrol-visits': { table: 'patrol_visits', stage: stageVisitsSql, insert: insertVisitsSql, what: 'Patrol visits' },
  interventions: { table: 'interventions', stage: stageInterventionsSql, insert: insertInterventionsSql, what: 'Interventions and partner actions' },
};

/** Patrol visit logs and interventions: rows in, rows set aside with their row and reason, rows stored. */
export async function loadRecords(db: Connector, area: ForceArea, kind: keyof typeof KINDS, path: string, utf8: Uint8Array,
  header: string[], mapping: ColumnMapping): Promise<FileReport> {
  const spec = KINDS[kind];
  const report = { ...emptyReport(path, kind), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`${spec.what}. Columns used: ${describeMapping(mapping)}.`);
  const registered = `upload-${Math.random().toString(36).slice(2)}.csv`;
  await db.registerFile(registered, utf8);
  try {
    await db.query(spec.stage(registered, header, mapping));
    const rejected = await rows<{ row_number: number }>(db, REJECTED_ROWS_SQL);
    const [{ staged }] = await rows<{ staged: number }>(db, 'SELECT count(*)::INTEGER AS staged FROM staging_force');
    report.rowsRead = staged + rejected.length;
    addCount(report.setAside, 'wrong-column-count', rejected.length);
    const setAside = await rows<{ reason: string; record_index: number; value: string }>(db, RECORD_SET_ASIDE_SQL);
    for (const r of setAside) addCount(report.setAside, r.reason, 1);
    const rejectedRows = rejected.map((r) => r.row_number);
    addExamples(report, setAside.map((r) => ({ reason: r.reason, row: fileRowOf(r.record_index, rejectedRows), value: r.value })));
    if (kind === 'interventions' && hasCoordinates(mapping)) {
      if (mapping.easting && mapping.northing) await convertGridReferences(db);
      await indexStagedPoints(db, 'staging_force', area);
    } else if (kind === 'interventions') {
      await db.query('CREATE OR REPLACE TEMP TABLE staging_point_cells (latitude DOUBLE, longitude DOUBLE, h3_r10 UBIGINT, in_area UTINYINT)');
    }
    const [{ before }] = await rows<{ before: number }>(db, `SELECT count(*)::INTEGER AS before FROM ${spec.table}`);
    await db.query(spec.insert(path));
    const [{ after }] = await rows<{ after: number }>(db, `SELECT count(*)::INTEGER AS after FROM ${spec.table}`);
    report.rowsStored = after - before;
    report.rowsMapped = report.rowsStored;
  } finally {
    await db.query('DROP TABLE IF EXISTS staging_force; DROP TABLE IF EXISTS staging_grid; DROP TABLE IF EXISTS staging_point_cells');
    await db.query(DROP_REJECTS_SQL).catch(() => undefined);
    await db.dropFile(registered);
  }
  return report;
}
