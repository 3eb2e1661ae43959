import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { describeMapping, hasCoordinates, type MappedCsv } from '../ingest/column-mapping';
import {
  insertInterventionsSql,
  insertVisitsSql,
  RECORD_SET_ASIDE_SQL,
  stageInterventionsSql,
  stageVisitsSql,
} from '../sql/ingest-records';
import type { RecordTable } from '../sql/file-rows';
import { CREATE_EMPTY_POINT_CELLS_SQL } from '../sql/staging';
import { emptyReport, type FileReport } from './file-report';
import { convertGridReferences } from './force-crimes';
import { indexStagedPoints } from './point-index';
import { accountForRows, correctSwappedCoordinates, insertCounting, withRegisteredCsv } from './staged-file';

const KINDS: Record<
  'patrol-visits' | 'interventions',
  { table: RecordTable; stage: typeof stageVisitsSql; insert: typeof insertVisitsSql; what: string }
> = {
  'patrol-visits': { table: 'patrol_visits', stage: stageVisitsSql, insert: insertVisitsSql, what: 'Patrol visits' },
  interventions: {
    table: 'interventions',
    stage: stageInterventionsSql,
    insert: insertInterventionsSql,
    what: 'Interventions and partner actions',
  },
};

/** Patrol visit logs and interventions: rows in, rows set aside with their row and reason, rows stored. */
export async function loadRecords(
  db: Connector,
  area: ForceArea,
  kind: keyof typeof KINDS,
  { path, utf8, header, mapping }: MappedCsv,
): Promise<FileReport> {
  const spec = KINDS[kind];
  const report = { ...emptyReport(path, kind), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`${spec.what}. Columns used: ${describeMapping(mapping)}.`);
  await withRegisteredCsv(db, utf8, async (registered) => {
    await db.query(spec.stage(registered, header, mapping));
    const fileRow = await accountForRows(db, report, 'staging_force', RECORD_SET_ASIDE_SQL);
    if (kind === 'interventions' && hasCoordinates(mapping)) {
      await correctSwappedCoordinates(db, report, fileRow);
      if (mapping.easting && mapping.northing) await convertGridReferences(db);
      await indexStagedPoints(db, 'staging_force', area);
    } else if (kind === 'interventions') {
      await db.query(CREATE_EMPTY_POINT_CELLS_SQL);
    }
    await insertCounting(db, report, spec.table, spec.insert(path));
  });
  return report;
}
