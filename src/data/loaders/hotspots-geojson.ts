import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { cellForPoint } from '../h3-index';
import { sqlString } from '../sql/literals';
import { addCount, addExamples, declinedReport, emptyReport, type FileReport } from './file-report';
import { replaceEarlierCopy } from './staged-file';

const SHAPES = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

interface Feature {
  type?: string;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

const text = (value: unknown) => (value === undefined || value === null ? null : String(value));

/**
 * Hotspot areas as GeoJSON: polygons, or street segments as lines (GRIP hotspots are often a stretch of street).
 * Each needs a geometry; the id comes from `hotspot_id`/`id` or the feature's position. Replaces hotspots with the same
 * id.
 */
export async function loadHotspotsGeoJson(
  db: Connector,
  area: ForceArea,
  path: string,
  json: string,
): Promise<FileReport> {
  let parsed: { type?: string; features?: Feature[] };
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return declinedReport(path, 'hotspots-geojson', `${path} is not valid JSON (${(error as Error).message}).`);
  }
  if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    return declinedReport(
      path,
      'hotspots-geojson',
      `${path} is JSON but not a GeoJSON FeatureCollection: nothing to load.`,
    );
  }
  // Points carrying a prevention tier are interventions, not hotspot areas.
  if (
    parsed.features.length > 0 &&
    parsed.features.every((f) => f?.geometry?.type === 'Point' && f.properties?.tier !== undefined)
  ) {
    return loadInterventionPoints(db, area, path, parsed.features);
  }
  const report = emptyReport(path, 'hotspots-geojson');
  report.rowsRead = parsed.features.length;
  const rows: string[] = [];
  parsed.features.forEach((feature, index) => {
    const shape = feature?.geometry?.type;
    if (!shape || !SHAPES.has(shape)) {
      addCount(report.setAside, 'not-an-area', 1);
      addExamples(report, [{ reason: 'not-an-area', row: index + 1, column: 'geometry', value: shape ?? 'none' }]);
      return;
    }
    const p = feature.properties ?? {};
    const id = text(p.hotspot_id ?? p.id ?? p.HOTSPOT_ID) ?? `${path}#${index + 1}`;
    rows.push(
      `(${[id, text(p.name ?? p.NAME), text(p.town), text(p.district), JSON.stringify(feature.geometry)]
        .map((v) => (v === null ? 'NULL' : sqlString(v)))
        .join(', ')})`,
    );
  });
  if (rows.length > 0) {
    await db.query(
      `INSERT OR REPLACE INTO hotspots (hotspot_id, name, town, district, geometry_json) VALUES ${rows.join(', ')}`,
    );
  }
  report.rowsStored = rows.length;
  report.rowsMapped = rows.length;
  report.notes.push(`Hotspot areas (feature number = row).`);
  return report;
}

const TIERS = new Set(['primary', 'secondary', 'tertiary']);

/**
 * Interventions / partner actions as GeoJSON points with `tier`, `type`, `date` (and optional `id`, `location`),
 * H3-indexed like CSV ones.
 */
async function loadInterventionPoints(
  db: Connector,
  area: ForceArea,
  path: string,
  features: Feature[],
): Promise<FileReport> {
  const report = emptyReport(path, 'interventions');
  report.rowsRead = features.length;
  const values: string[] = [];
  let mapped = 0;
  features.forEach((feature, index) => {
    const p = feature.properties ?? {};
    const tier = String(p.tier).trim().toLowerCase();
    if (!TIERS.has(tier)) {
      addCount(report.setAside, 'unknown-tier', 1);
      addExamples(report, [{ reason: 'unknown-tier', row: index + 1, column: 'tier', value: String(p.tier) }]);
      return;
    }
    const [lng, lat] = (feature.geometry?.coordinates as number[]) ?? [];
    const located = Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    const { cell, inArea } = located ? cellForPoint(lat, lng, area) : { cell: 0n, inArea: false };
    if (inArea) mapped++;
    const date = text(p.date ?? p.start_date);
    values.push(
      `(${[text(p.id), tier, text(p.type ?? p.kind)].map((v) => (v === null ? 'NULL' : sqlString(v))).join(', ')}, ` +
        `${date ? `TRY_CAST(${sqlString(date)} AS DATE)` : 'NULL'}, ${located ? lat : 'NULL'}, ${located ? lng : 'NULL'}, ` +
        `${cell !== 0n ? `${cell}::UBIGINT` : 'NULL'}, ${text(p.location) === null ? 'NULL' : sqlString(text(p.location)!)}, ${sqlString(path)})`,
    );
  });
  await replaceEarlierCopy(db, report, 'interventions');
  if (values.length > 0) await db.query(`INSERT INTO interventions VALUES ${values.join(', ')}`);
  report.rowsStored = values.length;
  report.rowsMapped = mapped;
  report.notes.push('Interventions and partner actions (feature number = row).');
  return report;
}
