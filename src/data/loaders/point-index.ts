import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { cellsForPoints, pointCellsTable } from '../h3-index';
import { float64Column } from '../rows';
import { distinctPointsSql } from '../sql/point-cells';
import { DROP_STAGING_POINT_CELLS_SQL, type StagingTable } from '../sql/staging';

/**
 * H3 indexing happens in JS (the offline DuckDB build has no h3 extension), once per distinct coordinate:
 * police.uk snaps every crime to one of a few thousand points, so 1M rows need only ~20k cell look-ups.
 * Leaves `staging_point_cells (latitude, longitude, h3_r10, in_area)` for the insert to join.
 */
export async function indexStagedPoints(db: Connector, stagingTable: StagingTable, area: ForceArea): Promise<void> {
  const points = await db.query(distinctPointsSql(stagingTable));
  const lats = float64Column(points, 'latitude');
  const lngs = float64Column(points, 'longitude');
  await db.query(DROP_STAGING_POINT_CELLS_SQL);
  await db.insertArrow('staging_point_cells', pointCellsTable(lats, lngs, cellsForPoints(lats, lngs, area)));
}
