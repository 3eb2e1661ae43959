import { reasonSql } from './set-aside';
import type { ColumnMapping } from '../ingest/column-mapping';
import { sqlString } from './literals';
import { mappedColumn, parseTimestampSql, readCsvSql } from './csv-source';
import { joinPointCells } from './point-cells';

// Patrol visit logs and interventions: staged into `staging_force` (the shared staging name, so grid conversion and
// H3 indexing apply unchanged), then inserted into their tables.
const column = mappedColumn;

export function stageVisitsSql(registered: string, header: string[], m: ColumnMapping): string {
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
WITH typed AS (
  SELECT NULLIF(trim(${column(m.hotspot)}), '') AS hotspot_id, NULLIF(trim(${column(m.unit)}), '') AS unit_id,
    ${column(m.occurredFrom)} AS occurred_text, ${parseTimestampSql(column(m.occurredFrom))} AS started_at, ${parseTimestampSql(column(m.occurredTo))} AS ended_at,
    NULL::VARCHAR AS tier_text
  FROM ${readCsvSql(registered, header)}
)
SELECT *, CASE WHEN hotspot_id IS NULL THEN ${reasonSql('missing-hotspot')} WHEN started_at IS NULL OR ended_at IS NULL THEN ${reasonSql('unparseable-date')}
  WHEN ended_at < started_at THEN ${reasonSql('ends-before-start')} END AS set_aside_reason
FROM typed`;
}

export function insertVisitsSql(path: string): string {
  return `INSERT INTO patrol_visits SELECT hotspot_id, unit_id, started_at, ended_at,
  date_diff('second', started_at, ended_at) / 60.0, ${sqlString(path)} FROM staging_force WHERE set_aside_reason IS NULL`;
}

export function stageInterventionsSql(registered: string, header: string[], m: ColumnMapping): string {
  return `CREATE OR REPLACE TEMP TABLE staging_force AS
WITH typed AS (
  SELECT NULLIF(trim(${column(m.id)}), '') AS intervention_id, lower(trim(${column(m.tier)})) AS tier_text,
    NULLIF(trim(${column(m.kind)}), '') AS kind, ${column(m.occurredFrom)} AS occurred_text,
    ${parseTimestampSql(column(m.occurredFrom))}::DATE AS started_on,
    TRY_CAST(${column(m.latitude)} AS DOUBLE) AS latitude, TRY_CAST(${column(m.longitude)} AS DOUBLE) AS longitude,
    TRY_CAST(${column(m.easting)} AS DOUBLE) AS easting, TRY_CAST(${column(m.northing)} AS DOUBLE) AS northing,
    ${column(m.location)} AS location
  FROM ${readCsvSql(registered, header)}
)
SELECT *, CASE WHEN tier_text IN ('primary', 'secondary', 'tertiary') THEN NULL ELSE ${reasonSql('unknown-tier')} END AS set_aside_reason
FROM typed`;
}

export function insertInterventionsSql(path: string): string {
  return `INSERT INTO interventions SELECT s.intervention_id, s.tier_text, s.kind, s.started_on, s.latitude, s.longitude,
  NULLIF(p.h3_r10, 0), s.location, ${sqlString(path)}
FROM staging_force s ${joinPointCells('s')} WHERE s.set_aside_reason IS NULL`;
}

export const RECORD_SET_ASIDE_SQL = `SELECT set_aside_reason AS reason, (rowid + 1)::INTEGER AS record_index,
  CASE WHEN set_aside_reason = ${reasonSql('unknown-tier')} THEN coalesce(tier_text, '') ELSE coalesce(occurred_text, '') END AS value
FROM staging_force WHERE set_aside_reason IS NOT NULL ORDER BY rowid`;
