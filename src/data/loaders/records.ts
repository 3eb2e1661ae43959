import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { describeMapping, hasCoordinates, type ColumnMapping } from '../ingest/column-mapping';
import {
  insertInterventionsSql,
  insertVisitsSql,
  RECORD_SET_ASIDE_SQL,
  stageInterventionsSql,
  stageVisitsSql,
} from '../sql/ingest-records';
import { emptyReport, type FileReport } from './file-report';
import { convertGridReferences } from './force-crimes';
import { indexStagedPoints } from './point-index';
import { accountForRows, correctSwappedCoordinates, insertCounting, withRegisteredCsv } from './staged-file';

const KINDS = {
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
  path: string,
  utf8: Uint8Array,
  header: string[],
  mapping: ColumnMapping,
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
      // Area-wide actions have no location: an empty point table keeps the insert's join valid.
      await db.query(
        'CREATE OR REPLACE TEMP TABLE staging_point_cells (latitude DOUBLE, longitude DOUBLE, h3_r10 UBIGINT, in_area UTINYINT)',
      );
    }
    await insertCounting(db, report, spec.table, spec.insert(path));
  });
  return report;
}
