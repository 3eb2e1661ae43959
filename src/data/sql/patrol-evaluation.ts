import type { LngLatBox } from '../../analysis/bbox';
import type { CrimeFilter } from '../../analysis/crime-filter';
import { crimeWhereSql } from './crime-queries';
import { sqlString } from './literals';

export interface PatrolEvaluationWindow {
  /** First and last patrol day, `YYYY-MM-DD`. */
  fromIso: string;
  toIso: string;
  /** The patrol day's start, minutes after midnight (06:00 = 360). */
  dayStartMinutes: number;
  /** data.police.uk crime types to count; empty: all. */
  crimeTypes: string[];
}

const degrees = (x: number) => {
  if (!Number.isFinite(x)) throw new Error(`A bounding box needs finite degrees (got ${x}).`);
  return String(x);
};

const minutes = (x: number) => {
  if (!Number.isInteger(x) || x < 0 || x >= 1440) throw new Error(`A day start is 0–1439 minutes (got ${x}).`);
  return x;
};

/** The months a patrol-day window touches (its last day runs past midnight into the next), for the month filter. */
function monthFilter(w: PatrolEvaluationWindow): CrimeFilter {
  const after = new Date(Date.parse(`${w.toIso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 7);
  return { resolution: 9, crimeTypes: w.crimeTypes, fromMonth: w.fromIso.slice(0, 7), toMonth: after };
}

/**
 * Timed crimes in any of the hotspots' boxes, grouped by point and patrol day: `occurred_at` moved back by the day
 * start, so with 06:00 a crime at 01:00 lands on the day before. Harm as the hotspot profile weighs it: the crime's
 * own score, else its type's weight, else 0. The exact point-in-area test runs on these groups in TypeScript (Turf),
 * as for the profile: DuckDB-WASM here has no spatial extension.
 */
export function patrolDayCandidatesSql(w: PatrolEvaluationWindow, boxes: LngLatBox[]): string {
  if (boxes.length === 0) throw new Error('No hotspot boxes to look in.');
  const shift = `INTERVAL '${minutes(w.dayStartMinutes)} minutes'`;
  const inBoxes = boxes
    .map((box) => {
      const [west, south, east, north] = box.map(degrees);
      return `(c.lon BETWEEN ${west} AND ${east} AND c.lat BETWEEN ${south} AND ${north})`;
    })
    .join(' OR ');
  return `SELECT c.lon, c.lat, strftime(c.occurred_at - ${shift}, '%Y-%m-%d') AS day_iso,
  count(*)::INTEGER AS crimes, coalesce(sum(coalesce(c.harm, w.weight)), 0)::DOUBLE AS harm
FROM crimes c LEFT JOIN harm_weights w USING (crime_type)
WHERE ${crimeWhereSql(monthFilter(w))} AND c.occurred_at IS NOT NULL
  AND c.occurred_at >= ${sqlString(w.fromIso)}::TIMESTAMP + ${shift}
  AND c.occurred_at < ${sqlString(w.toIso)}::TIMESTAMP + INTERVAL '1 day' + ${shift}
  AND (${inBoxes})
GROUP BY ALL`;
}

/**
 * How many mapped crimes (of the types) are loaded, how many carry a time, and the first and last patrol day those
 * times fall on (null when none do), so schedule days beyond the data are not counted as days without crime.
 */
export function timedCrimeSpanSql(crimeTypes: string[], dayStartMinutes: number): string {
  const filter: CrimeFilter = { resolution: 9, crimeTypes, fromMonth: null, toMonth: null };
  const shifted = `occurred_at - INTERVAL '${minutes(dayStartMinutes)} minutes'`;
  return `SELECT count(*)::INTEGER AS crimes, count(occurred_at)::INTEGER AS timed,
  strftime(min(${shifted}), '%Y-%m-%d') AS first_day, strftime(max(${shifted}), '%Y-%m-%d') AS last_day
FROM crimes WHERE ${crimeWhereSql(filter)}`;
}
