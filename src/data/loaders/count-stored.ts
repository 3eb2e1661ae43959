import type { Connector } from '../connector';
import { tableToRows } from '../rows';
import { sqlString } from '../sql/literals';
import type { FileReport } from './file-report';

/** Fills a report's stored/mapped counts from what the database now holds for that file. */
export async function countStored(db: Connector, report: FileReport): Promise<void> {
  const [c] = tableToRows<{ stored: number; mapped: number; no_coordinates: number; out_of_area: number }>(
    await db.query(`SELECT
    count(*)::INTEGER AS stored,
    count(*) FILTER (WHERE in_area AND h3_r10 IS NOT NULL)::INTEGER AS mapped,
    count(*) FILTER (WHERE lat IS NULL OR lon IS NULL)::INTEGER AS no_coordinates,
    count(*) FILTER (WHERE lat IS NOT NULL AND NOT in_area)::INTEGER AS out_of_area
  FROM crimes WHERE load_id IN (SELECT load_id FROM loads WHERE source_file = ${sqlString(report.path)})`),
  );
  report.rowsStored = c.stored;
  report.rowsMapped = c.mapped;
  report.noCoordinates = c.no_coordinates;
  report.outOfArea = c.out_of_area;
}
