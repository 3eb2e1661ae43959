import { sqlString, sqlStringList } from './literals';

// The interventions overlay: partner actions with a place, by prevention tier, kind and start date.

export interface InterventionQuery {
  /** Tiers to return; empty returns none (every tier switched off). */
  tiers: string[];
  /** Kinds to return; empty means every kind (like an empty crime-type filter). */
  kinds: string[];
  /** `YYYY-MM-DD`, inclusive; an intervention with no start date is kept only when no date bound is set. */
  fromDate: string | null;
  toDate: string | null;
}

function whereSql(q: InterventionQuery): string {
  const conditions = [`tier IN (${q.tiers.length > 0 ? sqlStringList(q.tiers) : 'NULL'})`];
  if (q.kinds.length > 0) conditions.push(`kind IN (${sqlStringList(q.kinds)})`);
  if (q.fromDate) conditions.push(`started_on >= DATE ${sqlString(q.fromDate)}`);
  if (q.toDate) conditions.push(`started_on <= DATE ${sqlString(q.toDate)}`);
  return conditions.join(' AND ');
}

/** The matching interventions that have a point (area-wide ones are counted by `interventionsWithoutPlaceSql`). */
export function interventionPointsSql(q: InterventionQuery): string {
  return `SELECT intervention_id, tier, kind, strftime(started_on, '%Y-%m-%d') AS started_on, lon, lat, location
FROM interventions
WHERE ${whereSql(q)} AND lat IS NOT NULL AND lon IS NOT NULL
ORDER BY tier, started_on NULLS LAST, intervention_id, lon, lat`;
}

export function interventionsWithoutPlaceSql(q: InterventionQuery): string {
  return `SELECT count(*)::INTEGER AS n FROM interventions WHERE ${whereSql(q)} AND (lat IS NULL OR lon IS NULL)`;
}

/** Every kind of intervention held, whatever the filter, for the kind checkboxes. */
export const INTERVENTION_KINDS_SQL = `SELECT DISTINCT kind FROM interventions WHERE kind IS NOT NULL ORDER BY kind`;
