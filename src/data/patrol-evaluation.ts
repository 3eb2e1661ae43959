import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../analysis/bbox';
import { DEFAULT_STREET_BUFFER_METRES, hotspotArea } from '../analysis/hotspot-area';
import type { HotspotShape } from '../analysis/hotspot-set/shapes';
import { evaluatePatrols, type PatrolEvaluation, type PlaceDayCount } from '../analysis/patrol/evaluation';
import type { PlaceDay } from '../analysis/patrol/schedule';
import { DEFAULT_DAY_START_MINUTES } from '../analysis/patrol/schedule-days';
import type { Engine } from './engine';
import { patrolDayCandidatesSql, timedCrimeSpanSql } from './sql/patrol-evaluation';

export interface PatrolEvaluationRequest {
  hotspots: { id: string; shape: HotspotShape }[];
  /** The schedule's place-days (an imported CSV's, or the demo's). */
  placeDays: PlaceDay[];
  /** Crime types to count; empty or absent: all. */
  crimeTypes?: string[];
  /** Default 06:00 (360). */
  dayStartMinutes?: number;
  /** A street-segment hotspot's buffer; default 50 m. */
  bufferMetres?: number;
}

export const NEEDS_TIMESTAMPS_SENTENCE =
  'Day-level evaluation needs crimes with their times (force data with timestamps): the crimes loaded carry only ' +
  'their month, as police.uk publishes them, so patrol and control days cannot be told apart. The month-level ' +
  'before/after comparison still works.';

export type PatrolEvaluationResult =
  | {
      status: 'evaluated';
      evaluation: PatrolEvaluation;
      counts: PlaceDayCount[];
      /** The patrol days the timed crimes loaded cover; schedule days outside them are left out, not counted as 0. */
      loadedDays: { fromIso: string; toIso: string };
      placeDaysOutsideData: number;
    }
  | { status: 'needs-timestamps'; sentence: string }
  | { status: 'outside-data'; sentence: string };

/** The row of timedCrimeSpanSql. */
interface SpanRow {
  crimes: number;
  timed: number;
  first_day: string | null;
  last_day: string | null;
}

function outsideSentence(placeDays: PlaceDay[], loaded: { fromIso: string; toIso: string }): string {
  const days = placeDays.map((d) => d.dayIso).sort();
  return (
    `The schedule runs from ${days[0]} to ${days[days.length - 1]}, but the timed crimes loaded cover patrol days ` +
    `${loaded.fromIso} to ${loaded.toIso}: there is nothing to compare (load the crimes for the schedule's days).`
  );
}

/** A row of patrolDayCandidatesSql. */
interface CandidateRow {
  lon: number;
  lat: number;
  day_iso: string;
  crimes: number;
  harm: number;
}

/**
 * The schedule's evaluation on the crimes loaded: each timed crime in a hotspot's area (a street segment's 50 m
 * buffer, hotspotArea) counted on its patrol day. When no crime loaded has a time, a typed "needs timestamps" result
 * says why there is nothing to compare.
 */
export async function queryPatrolEvaluation(
  db: Engine,
  request: PatrolEvaluationRequest,
): Promise<PatrolEvaluationResult> {
  const crimeTypes = request.crimeTypes ?? [];
  const dayStartMinutes = request.dayStartMinutes ?? DEFAULT_DAY_START_MINUTES;
  const [loaded] = await db.query<SpanRow>(timedCrimeSpanSql(crimeTypes, dayStartMinutes));
  if (Number(loaded.timed) === 0 || !loaded.first_day || !loaded.last_day)
    return { status: 'needs-timestamps', sentence: NEEDS_TIMESTAMPS_SENTENCE };
  const loadedDays = { fromIso: loaded.first_day, toIso: loaded.last_day };
  const placeDays = request.placeDays.filter((d) => d.dayIso >= loadedDays.fromIso && d.dayIso <= loadedDays.toIso);
  if (placeDays.length === 0)
    return { status: 'outside-data', sentence: outsideSentence(request.placeDays, loadedDays) };
  const days = placeDays.map((d) => d.dayIso).sort();
  const scheduled = new Set(placeDays.map((d) => d.hotspotId));
  const areas = request.hotspots
    .filter((h) => scheduled.has(h.id))
    .map((h) => {
      const area: Polygon | MultiPolygon = hotspotArea(h.shape, request.bufferMetres ?? DEFAULT_STREET_BUFFER_METRES);
      return { id: h.id, area, box: bboxOf(area) };
    });
  const counts: PlaceDayCount[] = [];
  if (days.length > 0 && areas.length > 0) {
    const window = { fromIso: days[0], toIso: days[days.length - 1], dayStartMinutes, crimeTypes };
    const boxes = areas.map((a) => a.box);
    const rows = await db.query<CandidateRow>(patrolDayCandidatesSql(window, boxes));
    for (const r of rows) {
      for (const a of areas) {
        const [west, south, east, north] = a.box;
        if (r.lon < west || r.lon > east || r.lat < south || r.lat > north) continue;
        if (!booleanPointInPolygon([r.lon, r.lat], a.area)) continue;
        counts.push({ hotspotId: a.id, dayIso: r.day_iso, crimes: Number(r.crimes), harm: Number(r.harm) });
      }
    }
  }
  return {
    status: 'evaluated',
    evaluation: evaluatePatrols(placeDays, counts, { dayStartMinutes }),
    counts,
    loadedDays,
    placeDaysOutsideData: request.placeDays.length - placeDays.length,
  };
}
