import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';
import { hotspotProfile, previousPeriod, type HotspotProfile, type ProfileCount } from '../analysis/hotspot-profile';
import type { Engine } from './engine';
import { forceCrimeCountSql, hotspotProfileCandidatesSql } from './sql/hotspot-profile';
import { bboxOf } from '../analysis/bbox';

export interface HotspotProfileRequest {
  filter: CrimeFilter;
  polygon: Polygon | MultiPolygon;
  id: string;
}

/** A row of hotspotProfileCandidatesSql. */
interface CandidateRow {
  lon: number;
  lat: number;
  crime_type: string;
  month_iso: string;
  weekday: number | null;
  hour: number | null;
  crimes: number;
  harm: number;
}

/**
 * A GRIP hotspot's profile on the crimes loaded: the crimes whose points fall in its polygon (exact, not its H3
 * cells), over the filter's months (open ends: the first or last month loaded) and the previous period as long.
 */
export async function queryHotspotProfile(db: Engine, request: HotspotProfileRequest): Promise<HotspotProfile> {
  const filter = sanitiseFilter(request.filter);
  const summary = await db.summary();
  const toMonth = filter.toMonth ?? summary.last_month ?? filter.fromMonth ?? '1970-01';
  const fromMonth = filter.fromMonth ?? summary.first_month ?? toMonth;
  const period = { ...filter, fromMonth, toMonth };
  const before = previousPeriod(fromMonth, toMonth);
  const candidates = await db.query<CandidateRow>(
    hotspotProfileCandidatesSql({ ...period, fromMonth: before.fromMonth }, bboxOf(request.polygon)),
  );
  const inside = new Map<string, boolean>();
  const counts: ProfileCount[] = [];
  for (const r of candidates) {
    const key = `${r.lon},${r.lat}`;
    let hit = inside.get(key);
    if (hit === undefined) inside.set(key, (hit = booleanPointInPolygon([r.lon, r.lat], request.polygon)));
    if (!hit) continue;
    const { crime_type: crimeType, month_iso: monthIso, weekday, hour } = r;
    counts.push({ crimeType, monthIso, weekday, hour, crimes: Number(r.crimes), harm: Number(r.harm) });
  }
  const [force] = await db.query<{ crimes: number; timed: number }>(forceCrimeCountSql(period));
  return hotspotProfile({
    id: request.id,
    polygon: request.polygon,
    fromMonth,
    toMonth,
    counts,
    forceCrimes: Number(force.crimes),
    forceAreaKm2: db.forceArea.areaKm2,
    anyTimed: Number(force.timed) > 0,
    firstMonthLoaded: summary.first_month,
  });
}
