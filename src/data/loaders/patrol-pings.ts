import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { describeMapping, speedIsKmh, type MappedCsv } from '../ingest/column-mapping';
import { insertPatrolPingsSql, PATROL_SET_ASIDE_SQL, stagePatrolPingsSql } from '../sql/ingest-patrol';
import { emptyReport, type FileReport } from './file-report';
import { convertGridReferences } from './force-crimes';
import { indexStagedPoints } from './point-index';
import { accountForRows, correctSwappedCoordinates, insertCounting, withRegisteredCsv } from './staged-file';

/** Patrol GPS pings into `patrol_pings`; the report counts pings, not crimes (none are "mapped" as crime). */
export async function loadPatrolPings(
  db: Connector,
  area: ForceArea,
  { path, utf8, header, mapping }: MappedCsv,
): Promise<FileReport> {
  const report = { ...emptyReport(path, 'patrol-pings'), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`Patrol GPS pings. Columns used: ${describeMapping(mapping)}.`);
  // ESN terminals report km/h, Airwave mph; patrol_pings keeps one unit so dwell and speed filters compare.
  if (speedIsKmh(mapping.speed)) report.notes.push(`Speed "${mapping.speed}" read as km/h and stored in mph.`);
  await withRegisteredCsv(db, utf8, async (registered) => {
    await db.query(stagePatrolPingsSql(registered, header, mapping));
    const fileRow = await accountForRows(db, report, 'staging_force', PATROL_SET_ASIDE_SQL);
    await correctSwappedCoordinates(db, report, fileRow);
    if (mapping.easting && mapping.northing) await convertGridReferences(db);
    await indexStagedPoints(db, 'staging_force', area);
    await insertCounting(db, report, 'patrol_pings', insertPatrolPingsSql(path));
  });
  return report;
}
