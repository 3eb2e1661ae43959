import { tableFromArrays } from 'apache-arrow';
import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { bngColumnsToLatLng } from '../ingest/bng';
import { describeMapping, type MappedCsv } from '../ingest/column-mapping';
import { float64Column } from '../rows';
import {
  DELETE_REPLACED_BY_ID_SQL,
  DISTINCT_GRID_REFERENCES_SQL,
  FILL_FROM_GRID_SQL,
  FORCE_SET_ASIDE_SQL,
  insertForceCrimesSql,
  MARK_DUPLICATE_IDS_SQL,
  REPLACED_BY_ID_SQL,
  STAGE_FILE_ROWS_SQL,
  stageForceCrimesSql,
} from '../sql/ingest-force';
import { NEXT_LOAD_ID_SQL } from '../sql/loads';
import { DROP_STAGING_GRID_SQL } from '../sql/staging';
import { classifyStagedOffences } from './classify-offences';
import { countStored } from './count-stored';
import { emptyReport, type FileReport } from './file-report';
import { indexStagedPoints } from './point-index';
import { accountForRows, correctSwappedCoordinates, queryRows, withRegisteredCsv } from './staged-file';

/**
 * A force crime export (RMS/Niche-style CSV, free column names): `mapping` says which column is which. Coordinates may
 * be WGS84 or British National Grid; the offence text is kept and
 * classified into a police.uk category by the Home Office offence classification (classify-offences.ts).
 */
export async function loadForceCrimes(
  db: Connector,
  area: ForceArea,
  { path, utf8, header, mapping }: MappedCsv,
): Promise<FileReport> {
  const report = { ...emptyReport(path, 'force-crimes'), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`Columns used: ${describeMapping(mapping)}.`);
  await withRegisteredCsv(db, utf8, async (registered) => {
    await db.query(stageForceCrimesSql(registered, header, mapping));
    await db.query(MARK_DUPLICATE_IDS_SQL);
    const fileRow = await accountForRows(db, report, 'staging_force', FORCE_SET_ASIDE_SQL);
    await correctSwappedCoordinates(db, report, fileRow);
    if (mapping.easting && mapping.northing) await convertGridReferences(db);
    const [{ n: replaced }] = await queryRows<{ n: number }>(db, REPLACED_BY_ID_SQL);
    if (replaced > 0) {
      await db.query(DELETE_REPLACED_BY_ID_SQL);
      report.notes.push(`${replaced.toLocaleString('en-GB')} rows replace earlier rows with the same id.`);
    }
    await classifyStagedOffences(db, report, mapping.offenceCategories);
    await indexStagedPoints(db, 'staging_force', area);
    const [{ load_id: loadId }] = await queryRows<{ load_id: number }>(db, NEXT_LOAD_ID_SQL);
    await db.query(STAGE_FILE_ROWS_SQL);
    await db.query(insertForceCrimesSql(path, loadId));
    await countStored(db, report);
  });
  return report;
}

/** British National Grid → WGS84 once per distinct grid reference (proj4, in JS), written back into staging. */
export async function convertGridReferences(db: Connector): Promise<void> {
  const grid = await db.query(DISTINCT_GRID_REFERENCES_SQL);
  const eastings = float64Column(grid, 'easting');
  const northings = float64Column(grid, 'northing');
  const { lats, lngs } = bngColumnsToLatLng(eastings, northings);
  await db.query(DROP_STAGING_GRID_SQL);
  await db.insertArrow(
    'staging_grid',
    tableFromArrays({ easting: eastings, northing: northings, latitude: lats, longitude: lngs }),
  );
  await db.query(FILL_FROM_GRID_SQL);
}
