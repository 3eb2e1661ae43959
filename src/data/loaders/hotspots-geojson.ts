import type { Connector } from '../connector';
import { sqlString } from '../sql/literals';
import { addCount, addExamples, declinedReport, emptyReport, type FileReport } from './file-report';

const SHAPES = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

interface Feature { type?: string; geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null }

const text = (value: unknown) => (value === undefined || value === null ? null : String(value));

/**
 * Hotspot areas as GeoJSON: polygons, or street segments as lines (GRIP hotspots are often a stretch of street).
 * Each needs a geometry; the id comes from `hotspot_id`/`id` or the feature's position. Replaces hotspots with the same id.
 */
export async function loadHotspotsGeoJson(db: Connector, path: string, json: string): Promise<FileReport> {
  let parsed: { type?: string; features?: Feature[] };
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return declinedReport(path, 'hotspots-geojson', `${path} is not valid JSON (${(error as Error).message}).`);
  }
  if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    return declinedReport(path, 'hotspots-geojson', `${path} is JSON but not a GeoJSON FeatureCollection: nothing to load.`);
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
    rows.push(`(${[id, text(p.name ?? p.NAME), text(p.town), text(p.district), JSON.stringify(feature.geometry)]
      .map((v) => (v === null ? 'NULL' : sqlString(v))).join(', ')})`);
  });
  if (rows.length > 0) {
    await db.query(`INSERT OR REPLACE INTO hotspots (hotspot_id, name, town, district, geometry_json) VALUES ${rows.join(', ')}`);
  }
  report.rowsStored = rows.length;
  report.rowsMapped = rows.length;
  report.notes.push(`Hotspot areas (feature number = row).`);
  return report;
}
