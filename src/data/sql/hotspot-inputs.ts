import type { CrimeFilter } from '../../analysis/crime-filter';
import { joinWeights, valueSql } from './cell-values';
import { crimeWhereSql } from './crime-queries';
import { h3HexSql } from './h3-cells';

// The GRIP hotspot proposal's inputs (src/analysis/hotspot-proposal): mapped crimes at the stored resolution 10.

/** How many location texts per cell come back (the hotspot's name is the busiest over its cells' top places). */
export const TOP_PLACES_PER_CELL = 5;

const whereR10 = (fromMonth: string, toMonth: string, crimeTypes: string[]) =>
  crimeWhereSql({ resolution: 10, crimeTypes, fromMonth, toMonth } satisfies CrimeFilter);

/** Crimes and harm (the app's harm weights, as the harm-weighted map) per cell, month and crime type. */
export function hotspotCellMonthsSql(fromMonth: string, toMonth: string, crimeTypes: string[]): string {
  return `SELECT ${h3HexSql('h3_r10')} AS h3, strftime(month, '%Y-%m') AS month_iso, crime_type,
  count(*)::INTEGER AS crimes, ${valueSql(true)} AS harm
FROM crimes ${joinWeights(true)} WHERE ${whereR10(fromMonth, toMonth, crimeTypes)}
GROUP BY h3_r10, month, crime_type ORDER BY h3, month_iso, crime_type`;
}

/**
 * Each cell's busiest point: the (lat, lon) pair most of its crimes share (police.uk snaps every crime to one of a
 * fixed set of anonymisation points; ties go to the southernmost, then westernmost, so the answer repeats).
 */
export function hotspotBusiestPointsSql(fromMonth: string, toMonth: string, crimeTypes: string[]): string {
  return `WITH points AS (
  SELECT h3_r10, lat, lon, count(*) AS n FROM crimes WHERE ${whereR10(fromMonth, toMonth, crimeTypes)}
  GROUP BY h3_r10, lat, lon),
ranked AS (SELECT *, row_number() OVER (PARTITION BY h3_r10 ORDER BY n DESC, lat, lon) AS k FROM points)
SELECT ${h3HexSql('h3_r10')} AS h3, n::INTEGER AS crimes, lat, lon FROM ranked WHERE k = 1 ORDER BY h3`;
}

/** Each cell's busiest location texts ('On or near Haymarket'), most crimes first (empty while details append). */
export function hotspotTopPlacesSql(fromMonth: string, toMonth: string, crimeTypes: string[]): string {
  return `WITH in_period AS (
  SELECT load_id, source_row, h3_r10 FROM crimes WHERE ${whereR10(fromMonth, toMonth, crimeTypes)}),
places AS (
  SELECT c.h3_r10, d.location AS place, count(*) AS n
  FROM in_period c JOIN crime_details d USING (load_id, source_row)
  WHERE d.location IS NOT NULL AND trim(d.location) <> '' GROUP BY c.h3_r10, d.location),
ranked AS (SELECT *, row_number() OVER (PARTITION BY h3_r10 ORDER BY n DESC, place) AS k FROM places)
SELECT ${h3HexSql('h3_r10')} AS h3, place, n::INTEGER AS crimes FROM ranked WHERE k <= ${TOP_PLACES_PER_CELL}
ORDER BY h3, k`;
}
