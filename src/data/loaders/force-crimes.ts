import { tableFromArrays } from 'apache-arrow';
import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { bngColumnsToLatLng } from '../ingest/bng';
import { describeMapping, type ColumnMapping } from '../ingest/column-mapping';
import { float64Column, tableToRows } from '../rows';
import {
  DELETE_REPLACED_BY_ID_SQL, DISTINCT_GRID_REFERENCES_SQL, FILL_FROM_GRID_SQL, FORCE_SET_ASIDE_SQL, insertForceCrimesSql,
  MARK_DUPLICATE_IDS_SQL, REPLACED_BY_ID_SQL, stageForceCrimesSql,
} from '../sql/ingest-force';
import { DROP_REJECTS_SQL, REJECTED_ROWS_SQL } from '../sql/ingest-police-uk';
import { countStored } from './count-stored';
import { addCount, addExamples, emptyReport, type FileReport } from './file-report';
import { indexStagedPoints } from './point-index';
import { fileRowOf } from './police-uk-street';

const rows = async <T>(db: Connector, sql: string) => tableToRows<T>(await db.query(sql));

/**
 * A force crime export (RMS/Niche-style CSV, free column names): `mapping` says which column is which. Coordinates may
 * be WGS84 or British National Grid; the offence text is kept and mapped to a police.uk category for the map.
 */
export async function loadForceCrimes(db: Connector, area: ForceArea, path: string, utf8: Uint8Array, header: string[], mapping: ColumnMapping): Promise<FileReport> {
  const report = { ...emptyReport(path, 'force-crimes'), columns: { header, mapping: { ...mapping } } };
  report.notes.push(`Columns used: ${describeMapping(mapping)}.`);
  const registered = `upload-${Math.random().toString(36).slice(2)}.csv`;
  await db.registerFile(registered, utf8);
  try {
    await db.query(stageForceCrimesSql(registered, header, mapping));
    const rejected = await rows<{ row_number: number; raw_line: string }>(db, REJECTED_ROWS_SQL);
    await db.query(MARK_DUPLICATE_IDS_SQL);
    const [{ staged }] = await rows<{ staged: number }>(db, 'SELECT count(*)::INTEGER AS staged FROM staging_force');
    report.rowsRead = staged + rejected.length;
    addCount(report.setAside, 'wrong-column-count', rejected.length);
    addExamples(report, rejected.map((r) => ({ reason: 'wrong-column-count', row: r.row_number, value: r.raw_line.trim().slice(0, 120) })));
    const setAside = await rows<{ reason: string; record_index: number; value: string | null }>(db, FORCE_SET_ASIDE_SQL);
    const rejectedRows = rejected.map((r) => r.row_number);
    for (const r of setAside) addCount(report.setAside, r.reason, 1);
    addExamples(report, setAside.map((r) => ({ reason: r.reason, row: fileRowOf(r.record_index, rejectedRows), value: r.value ?? '' })));

    if (mapping.easting && mapping.northing) await convertGridReferences(db);
    const [{ n: replaced }] = await rows<{ n: number }>(db, REPLACED_BY_ID_SQL);
    if (replaced > 0) {
      await db.query(DELETE_REPLACED_BY_ID_SQL);
      report.notes.push(`${replaced.toLocaleString('en-GB')} rows replace earlier rows with the same id.`);
    }
    await indexStagedPoints(db, 'staging_force', area);
    await db.query(insertForceCrimesSql(path));
    await countStored(db, report);
  } finally {
    await db.query('DROP TABLE IF EXISTS staging_force; DROP TABLE IF EXISTS staging_grid; DROP TABLE IF EXISTS staging_point_cells');
    await db.query(DROP_REJECTS_SQL).catch(() => undefined);
    await db.dropFile(registered);
  }
  return report;
}

/** British National Grid → WGS84 once per distinct grid reference (proj4, in JS), written back into staging. */
export async function convertGridReferences(db: Connector): Promise<void> {
  const grid = await db.query(DISTINCT_GRID_REFERENCES_SQL);
  const eastings = float64Column(grid, 'easting');
  const northings = float64Column(grid, 'northing');
  const { lats, lngs } = bngColumnsToLatLng(eastings, northings);
  await db.query('DROP TABLE IF EXISTS staging_grid');
  await db.insertArrow('staging_grid', tableFromArrays({ easting: eastings, northing: northings, latitude: lats, longitude: lngs }));
  await db.query(FILL_FROM_GRID_SQL);
}
