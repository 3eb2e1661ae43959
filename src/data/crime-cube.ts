import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../analysis/bbox';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { CubeRow } from '../analysis/crime-cube';
import type { Engine, PlaceCount } from './engine';
import { forceCubeSql, patrolMinutesSql, placeCubeCandidatesSql, placesInBoxSql, type DaySpan } from './sql/crime-cube';

interface CubeSqlRow {
  lon?: number;
  lat?: number;
  crime_type: string;
  month_iso: string;
  weekday: number | null;
  hour: number | null;
  crimes: number;
  harm: number;
}

const toCubeRow = (r: CubeSqlRow): CubeRow => ({
  crimeType: r.crime_type,
  monthIso: r.month_iso,
  weekday: r.weekday,
  hour: r.hour,
  crimes: Number(r.crimes),
  harm: Number(r.harm),
});

/** Memoised point-in-polygon: many groups share a point (police.uk snap points above all). */
function insideTest(polygon: Polygon | MultiPolygon): (lon: number, lat: number) => boolean {
  const seen = new Map<string, boolean>();
  return (lon, lat) => {
    const key = `${lon},${lat}`;
    let hit = seen.get(key);
    if (hit === undefined) seen.set(key, (hit = booleanPointInPolygon([lon, lat], polygon)));
    return hit;
  };
}

/**
 * The charts' cube for the whole force (polygon null) or for the crimes whose points fall in a polygon (exact, as the
 * hotspot profile counts them): every type and month loaded (or the days of a playback step), so brushing filters it
 * in the page.
 */
export async function queryCrimeCube(
  db: Engine,
  polygon: Polygon | MultiPolygon | null,
  days: DaySpan | null = null,
): Promise<CubeRow[]> {
  if (!polygon) return (await db.query<CubeSqlRow>(forceCubeSql(days))).map(toCubeRow);
  const inside = insideTest(polygon);
  const rows = await db.query<CubeSqlRow>(placeCubeCandidatesSql(bboxOf(polygon), days));
  const merged = new Map<string, CubeRow>();
  for (const r of rows) {
    if (!inside(r.lon!, r.lat!)) continue;
    const key = `${r.crime_type}|${r.month_iso}|${r.weekday}|${r.hour}`;
    const row = merged.get(key);
    if (row) {
      row.crimes += Number(r.crimes);
      row.harm += Number(r.harm);
    } else merged.set(key, toCubeRow(r));
  }
  return [...merged.values()];
}

/** The filter's crimes in a polygon by place text, busiest first (ties by name). */
export async function queryBusiestPlaces(
  db: Engine,
  filter: CrimeFilter,
  polygon: Polygon | MultiPolygon,
  limit = 5,
): Promise<PlaceCount[]> {
  const inside = insideTest(polygon);
  const byPlace = new Map<string, number>();
  for (const r of await db.query<{ lon: number; lat: number; place: string; crimes: number }>(
    placesInBoxSql(filter, bboxOf(polygon)),
  )) {
    if (inside(r.lon, r.lat)) byPlace.set(r.place, (byPlace.get(r.place) ?? 0) + Number(r.crimes));
  }
  return [...byPlace]
    .map(([place, crimes]) => ({ place, crimes }))
    .sort((a, b) => b.crimes - a.crimes || a.place.localeCompare(b.place))
    .slice(0, limit);
}

export interface PatrolMinutes {
  visits: number;
  minutes: number;
}

/** A GRIP hotspot's patrol visits and minutes in the months; null when no patrol data are loaded at all. */
export async function queryPatrolMinutes(
  db: Engine,
  hotspotId: string,
  fromMonth: string | null,
  toMonth: string | null,
): Promise<PatrolMinutes | null> {
  const [row] = await db.query<{ visits: number; minutes: number; loaded: number }>(
    patrolMinutesSql(hotspotId, fromMonth, toMonth),
  );
  return Number(row.loaded) > 0 ? { visits: Number(row.visits), minutes: Number(row.minutes) } : null;
}
