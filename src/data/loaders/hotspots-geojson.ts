import type { Connector } from '../connector';
import type { ForceArea } from '../force-area';
import { cellForPoint } from '../h3-index';
import { hotspotFromShape, setOfHotspots, type HotspotShape, type SetHotspot } from '../../analysis/hotspot-set';
import type { HotspotSetTables } from '../hotspot-set-tables';
import { insertInterventionPointsSql, type InterventionPointRow } from '../sql/ingest-geojson';
import { addCount, addExamples, declinedReport, emptyReport, type FileReport } from './file-report';
import { replaceEarlierCopy } from './staged-file';

const SHAPES = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

interface Feature {
  type?: string;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

const text = (value: unknown) => (value === undefined || value === null ? null : String(value));
const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A feature's hotspot: the properties this app writes when it has them (cells, centre, locked), else its shape's. */
function hotspotOf(feature: Feature, path: string, index: number): SetHotspot {
  const p = feature.properties ?? {};
  const [lon, lat] = [finite(p.centre_lon), finite(p.centre_lat)];
  return hotspotFromShape({
    hotspotId: text(p.hotspot_id ?? p.id ?? p.HOTSPOT_ID) ?? `${path}#${index + 1}`,
    name: text(p.name ?? p.NAME),
    shape: feature.geometry as HotspotShape,
    cells: Array.isArray(p.cells) ? p.cells : null,
    centreLngLat: lon !== null && lat !== null ? [lon, lat] : null,
    locked: p.locked === true,
  });
}

/**
 * Hotspot areas as GeoJSON: polygons, or street segments as lines (GRIP hotspots are often a stretch of street; a
 * line becomes the resolution-10 cells it runs through). Each needs a geometry; the id comes from `hotspot_id`/`id` or
 * the feature's position, a later feature with the same id replacing an earlier one. The file's hotspots become the
 * working set (the set before is kept as the version "Before <file>"); a file of tiered points is interventions.
 */
export async function loadHotspotsGeoJson(
  db: Connector,
  area: ForceArea,
  path: string,
  json: string,
  sets: HotspotSetTables,
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
  const hotspots: SetHotspot[] = [];
  parsed.features.forEach((feature, index) => {
    const shape = feature?.geometry?.type;
    if (!shape || !SHAPES.has(shape)) {
      addCount(report.setAside, 'not-an-area', 1);
      addExamples(report, [{ reason: 'not-an-area', row: index + 1, column: 'geometry', value: shape ?? 'none' }]);
      return;
    }
    hotspots.push(hotspotOf(feature, path, index));
  });
  report.notes.push(`Hotspot areas (feature number = row).`);
  if (hotspots.length === 0) {
    report.notes.push('No hotspot areas in the file: the set in use was kept as it was.');
    return report;
  }
  const set = setOfHotspots(hotspots, path);
  const before = await sets.replaceFromFile(set, path);
  report.rowsStored = set.hotspots.length;
  report.rowsMapped = set.hotspots.length;
  report.notes.push(
    before
      ? `Its ${set.hotspots.length} hotspots are now the set in use; the set before is kept as the version “${before}”.`
      : `Its ${set.hotspots.length} hotspots are now the set in use.`,
  );
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
  const values: InterventionPointRow[] = [];
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
    values.push({
      interventionId: text(p.id),
      tier,
      kind: text(p.type ?? p.kind),
      startedOnText: text(p.date ?? p.start_date) || null,
      latLng: located ? [lat, lng] : null,
      h3Cell: cell !== 0n ? cell : null,
      location: text(p.location),
      sourceFile: path,
    });
  });
  await replaceEarlierCopy(db, report, 'interventions');
  if (values.length > 0) await db.query(insertInterventionPointsSql(values));
  report.rowsStored = values.length;
  report.rowsMapped = mapped;
  report.notes.push('Interventions and partner actions (feature number = row).');
  return report;
}
