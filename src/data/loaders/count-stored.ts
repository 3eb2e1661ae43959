import type { Connector } from '../connector';
import { tableToRows } from '../rows';
import { storedCrimeCountsSql } from '../sql/file-rows';
import type { FileReport } from './file-report';

/** Fills a report's stored/mapped counts from what the database now holds for that file. */
export async function countStored(db: Connector, report: FileReport): Promise<void> {
  const [c] = tableToRows<{ stored: number; mapped: number; no_coordinates: number; out_of_area: number }>(
    await db.query(storedCrimeCountsSql(report.path)),
  );
  report.rowsStored = c.stored;
  report.rowsMapped = c.mapped;
  report.noCoordinates = c.no_coordinates;
  report.outOfArea = c.out_of_area;
}
