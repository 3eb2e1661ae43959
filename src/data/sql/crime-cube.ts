import { DEFAULT_FILTER, type CrimeFilter } from '../../analysis/crime-filter';
import { crimeWhereSql } from './crime-queries';
import { hotspotProfileCandidatesSql, type LngLatBox } from './hotspot-profile';
import { sqlString } from './literals';

/** A span of days (time playback by week or day), first and last included; the cube has no day of its own. */
export interface DaySpan {
  fromDay: string;
  toDay: string;
}

const mappedIn = (days: DaySpan | null) => ({ ...DEFAULT_FILTER, ...days });

/**
 * Every mapped crime of the force counted by type, month, ISO weekday − 1 and hour, with harm as the profiles weigh it
 * (own score, else the type's weight): the charts' cube, filtered in the page.
 */
export function forceCubeSql(days: DaySpan | null = null): string {
  return `SELECT c.crime_type, strftime(c.month, '%Y-%m') AS month_iso,
  (isodow(c.occurred_at) - 1)::INTEGER AS weekday, hour(c.occurred_at)::INTEGER AS hour,
  count(*)::INTEGER AS crimes, coalesce(sum(coalesce(c.harm, w.weight)), 0)::DOUBLE AS harm
FROM crimes c LEFT JOIN harm_weights w USING (crime_type)
WHERE ${crimeWhereSql(mappedIn(days))}
GROUP BY ALL`;
}

/** The same counts for the crimes in a box, by point too: the exact point-in-polygon test runs in TypeScript. */
export function placeCubeCandidatesSql(box: LngLatBox, days: DaySpan | null = null): string {
  return hotspotProfileCandidatesSql(mappedIn(days), box);
}

/**
 * The places (police.uk snap points, or a force export's location text) of the filter's crimes in a box, by point:
 * the busiest places of a selection once the point-in-polygon test has kept those inside.
 */
export function placesInBoxSql(filter: CrimeFilter, box: LngLatBox): string {
  const [west, south, east, north] = box.map((x) => {
    if (!Number.isFinite(x)) throw new Error(`A bounding box needs finite degrees (got ${x}).`);
    return String(x);
  });
  return `SELECT c.lon, c.lat, d.location AS place, count(*)::INTEGER AS crimes
FROM crimes c JOIN crime_details d USING (load_id, source_row)
WHERE ${crimeWhereSql(filter)} AND c.lon BETWEEN ${west} AND ${east} AND c.lat BETWEEN ${south} AND ${north}
  AND d.location IS NOT NULL AND trim(d.location) <> ''
GROUP BY ALL`;
}

/** A GRIP hotspot's patrol visits (visit logs, or visits found in GPS pings) starting in the months given. */
export function patrolMinutesSql(hotspotId: string, fromMonth: string | null, toMonth: string | null): string {
  const clauses = [`hotspot_id = ${sqlString(hotspotId)}`];
  if (fromMonth) clauses.push(`started_at >= ${sqlString(`${fromMonth}-01`)}::TIMESTAMP`);
  if (toMonth) clauses.push(`started_at < ${sqlString(`${toMonth}-01`)}::DATE + INTERVAL 1 MONTH`);
  return `SELECT count(*)::INTEGER AS visits, coalesce(sum(minutes), 0)::DOUBLE AS minutes,
  (SELECT count(*) FROM patrol_visits)::INTEGER AS loaded
FROM patrol_visits WHERE ${clauses.join(' AND ')}`;
}
