import { isPreventionTier, PREVENTION_TIER_NAMES, type PreventionTier } from '../analysis/reference/prevention-tiers';
import {
  INTERVENTION_KINDS_SQL,
  interventionPointsSql,
  interventionsWithoutPlaceSql,
  type InterventionQuery,
} from './sql/interventions';

/** An intervention or partner action with a place, as the prevention-tier overlay draws it. */
export interface InterventionPoint {
  interventionId: string | null;
  tier: PreventionTier;
  kind: string | null;
  /** `YYYY-MM-DD`, null when the file gave no date. */
  startedOn: string | null;
  lngLat: [number, number];
  location: string | null;
}

export interface InterventionsRequest {
  /** Default: all three tiers. */
  tiers?: string[];
  /** Default (or empty): every kind. */
  kinds?: string[];
  fromDate?: string | null;
  toDate?: string | null;
}

export interface InterventionsResult {
  interventions: InterventionPoint[];
  /** Every kind held, whatever the filter (for the kind checkboxes). */
  kinds: string[];
  /** Interventions that match but have no point (area-wide actions): not on the map. */
  withoutPlace: number;
}

interface PointRow {
  intervention_id: string | null;
  tier: string;
  kind: string | null;
  started_on: string | null;
  lon: number;
  lat: number;
  location: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (value: string | null | undefined) =>
  value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;

/** What the request asks, made safe for SQL: known tiers only, dates as `YYYY-MM-DD` or dropped. */
export function interventionQuery(request: InterventionsRequest = {}): InterventionQuery {
  return {
    tiers: (request.tiers ?? PREVENTION_TIER_NAMES).filter(isPreventionTier),
    kinds: (request.kinds ?? []).filter((k) => typeof k === 'string' && k !== ''),
    fromDate: dateOrNull(request.fromDate),
    toDate: dateOrNull(request.toDate),
  };
}

export async function queryInterventions(
  query: <T>(sql: string) => Promise<T[]>,
  request: InterventionsRequest = {},
): Promise<InterventionsResult> {
  const q = interventionQuery(request);
  // One after another: the connection runs one query at a time.
  const rows = await query<PointRow>(interventionPointsSql(q));
  const kinds = await query<{ kind: string }>(INTERVENTION_KINDS_SQL);
  const [{ n }] = await query<{ n: number }>(interventionsWithoutPlaceSql(q));
  return {
    interventions: rows.map((r) => ({
      interventionId: r.intervention_id,
      tier: r.tier as PreventionTier,
      kind: r.kind,
      startedOn: r.started_on,
      lngLat: [r.lon, r.lat],
      location: r.location,
    })),
    kinds: kinds.map((k) => k.kind),
    withoutPlace: Number(n),
  };
}
