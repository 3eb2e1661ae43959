import { cellToLatLng } from 'h3-js';
import {
  resolveSelection,
  stabilitySpan,
  type CellInfo,
  type HotspotInputs,
  type HotspotSelectionRequest,
  type Town,
} from '../analysis/hotspot-proposal';
import type { ForceArea } from './force-area';
import { hotspotBusiestPointsSql, hotspotCellMonthsSql, hotspotTopPlacesSql } from './sql/hotspot-inputs';
import LLR_TOWNS from './reference/llr-towns.json';

/** Town centres for hotspot names: data/reference/llr_places.csv (the shared LLR data set), as JSON. */
const TOWNS = LLR_TOWNS as Town[];

type Query = <T>(sql: string) => Promise<T[]>;

interface CellMonthSqlRow {
  h3: string;
  month_iso: string;
  crime_type: string;
  crimes: number;
  harm: number;
}

/**
 * The proposal's inputs from DuckDB: crimes and harm per cell, month and type back to the earliest stability window;
 * each cell's busiest point, top places and district over the selection itself; the towns and the force area.
 */
export async function hotspotInputs(
  query: Query,
  area: ForceArea,
  monthsLoaded: string[],
  request: HotspotSelectionRequest,
): Promise<HotspotInputs> {
  const selection = resolveSelection(request, monthsLoaded);
  const { fromMonth, toMonth, crimeTypes } = selection;
  const span = stabilitySpan(selection);
  // One at a time: the connection runs one query at once.
  const rows = await query<CellMonthSqlRow>(hotspotCellMonthsSql(span.fromMonth, span.toMonth, crimeTypes));
  const points = await query<{ h3: string; crimes: number; lat: number; lon: number }>(
    hotspotBusiestPointsSql(fromMonth, toMonth, crimeTypes),
  );
  const places = await query<{ h3: string; place: string; crimes: number }>(
    hotspotTopPlacesSql(fromMonth, toMonth, crimeTypes),
  );
  const cells = new Map<string, CellInfo>();
  for (const r of rows) {
    if (cells.has(r.h3)) continue;
    const [lat, lng] = cellToLatLng(r.h3);
    cells.set(r.h3, {
      h3: r.h3,
      district: area.districtOf(lat, lng),
      busiestPointCrimes: 0,
      busiestPointLngLat: null,
      places: [],
    });
  }
  for (const p of points) {
    const cell = cells.get(p.h3);
    if (!cell) continue;
    cell.busiestPointCrimes = p.crimes;
    cell.busiestPointLngLat = [p.lon, p.lat];
  }
  for (const p of places) cells.get(p.h3)?.places.push({ place: p.place, crimes: p.crimes });
  return {
    selection,
    monthsLoaded,
    cellMonths: rows.map((r) => ({
      h3: r.h3,
      monthIso: r.month_iso,
      crimeType: r.crime_type,
      crimes: r.crimes,
      harm: r.harm,
    })),
    cells: [...cells.values()],
    towns: TOWNS,
    forceAreaKm2: area.areaKm2,
  };
}
