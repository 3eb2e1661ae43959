// The pings and visit logs patrol dosage reads (src/data/patrol-dosage.ts runs them; the rules are in analysis/patrol).

/**
 * Every stored ping, by unit then time, as the call sign its radio was issued to (named_patrol_pings: the radio id
 * when no lookup file says otherwise). All pings, not only those near a hotspot: a ping outside is what ends a visit.
 * `epoch_ms` of a TIMESTAMP reads the clock as UTC, so times come back in the pings' own clock (analysis/patrol
 * naive-time.ts). A unit's fixes at the same second (a radio reporting two places at once) are ordered by position, so
 * the same pings always give the same visits, whatever order the database happens to return ties in.
 */
export const PATROL_PINGS_FOR_DOSAGE_SQL = `SELECT epoch_ms(pinged_at)::DOUBLE AS at_ms, lon, lat
FROM named_patrol_pings ORDER BY call_sign, pinged_at, lon, lat`;

/** The units of PATROL_PINGS_FOR_DOSAGE_SQL in its order, with how many pings each: its rows are these runs. */
export const PATROL_PING_UNITS_SQL = `SELECT call_sign AS unit_id, count(*)::INTEGER AS pings
FROM named_patrol_pings GROUP BY call_sign ORDER BY call_sign`;

/** The visit logs (patrol_visits), for dosage when there are no pings; a log with no unit is one unnamed unit. */
export const PATROL_VISIT_LOG_SQL = `SELECT hotspot_id, coalesce(unit_id, '') AS unit_id,
  epoch_ms(started_at)::DOUBLE AS start_ms, epoch_ms(ended_at)::DOUBLE AS end_ms
FROM patrol_visits ORDER BY hotspot_id, unit_id, started_at`;

/** How many pings and logged visits are loaded: dosage reads the pings when there are any, else the visit logs. */
export const PATROL_SOURCES_SQL = `SELECT (SELECT count(*) FROM patrol_pings)::INTEGER AS pings,
  (SELECT count(*) FROM patrol_visits)::INTEGER AS logs`;
