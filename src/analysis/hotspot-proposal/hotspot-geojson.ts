// The GRIP hotspot file: one GeoJSON Feature per hotspot, properties in a fixed order with rounded numbers, so that
// export → import → export gives identical bytes. The schema is documented in the README ("Proposing the 18 GRIP
// hotspots").
import type { MultiPolygon, Polygon } from 'geojson';
import type { HotspotProposal, ProposedHotspot, RankBy } from './types';

/** Properties of one hotspot Feature, as written; null where a figure is unknown (a hub-drawn file, no crimes). */
export interface HotspotProperties {
  hotspot_id: string;
  name: string | null;
  street: string | null;
  town: string | null;
  district: string | null;
  locked: boolean;
  centre_lon: number | null;
  centre_lat: number | null;
  area_km2: number | null;
  crimes: number | null;
  harm: number | null;
  crime_share: number | null;
  harm_share: number | null;
  pai: number | null;
  stability: number | null;
  stability_windows: number | null;
  snap_point_share: number | null;
  snap_point_flag: boolean | null;
  crimes_by_type: Record<string, number>;
  harm_by_type: Record<string, number>;
  from_month: string | null;
  to_month: string | null;
  crime_types: string[];
  rank_by: RankBy | null;
  cells: string[];
}

export interface HotspotFeature {
  properties: HotspotProperties;
  geometry: Polygon | MultiPolygon;
}

/** Decimal places per number property: 6 for degrees (≈ 0.1 m) and shares, 2 for harm (days), 4 for ratios. */
export const PROPERTY_DECIMALS = {
  centre_lon: 6,
  centre_lat: 6,
  area_km2: 6,
  crimes: 0,
  harm: 2,
  crime_share: 6,
  harm_share: 6,
  pai: 3,
  stability: 4,
  stability_windows: 0,
  snap_point_share: 4,
} as const;
const COORDINATE_DECIMALS = 6;
const HARM_DECIMALS = 2;

/** The key order every written Feature's properties follow. */
export const PROPERTY_KEYS: (keyof HotspotProperties)[] = [
  'hotspot_id',
  'name',
  'street',
  'town',
  'district',
  'locked',
  'centre_lon',
  'centre_lat',
  'area_km2',
  'crimes',
  'harm',
  'crime_share',
  'harm_share',
  'pai',
  'stability',
  'stability_windows',
  'snap_point_share',
  'snap_point_flag',
  'crimes_by_type',
  'harm_by_type',
  'from_month',
  'to_month',
  'crime_types',
  'rank_by',
  'cells',
];

/** Rounded to `decimals` places; null for NaN and ±Infinity (JSON has neither); −0 as 0. Idempotent. */
export function roundOrNull(x: number | null, decimals: number): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const rounded = Number(x.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** A proposed or measured hotspot as the file's properties and geometry. */
export function hotspotFeature(h: ProposedHotspot, proposal: HotspotProposal): HotspotFeature {
  const byType = (pick: (t: ProposedHotspot['byType'][number]) => number) =>
    Object.fromEntries(h.byType.map((t) => [t.crimeType, pick(t)]));
  return {
    properties: {
      hotspot_id: h.hotspotId,
      name: h.name,
      street: h.street,
      town: h.town,
      district: h.district,
      locked: h.locked,
      centre_lon: h.centreLngLat[0],
      centre_lat: h.centreLngLat[1],
      area_km2: h.areaKm2,
      crimes: h.crimes,
      harm: h.harm,
      crime_share: h.crimeShare,
      harm_share: h.harmShare,
      pai: h.pai,
      stability: h.stability,
      stability_windows: proposal.options.stability ? proposal.stabilityWindowEnds.length : null,
      snap_point_share: h.snapPointShare,
      snap_point_flag: h.snapPointFlag,
      crimes_by_type: byType((t) => t.crimes),
      harm_by_type: byType((t) => t.harm),
      from_month: proposal.selection.fromMonth,
      to_month: proposal.selection.toMonth,
      crime_types: proposal.selection.crimeTypes,
      rank_by: proposal.options.rankBy,
      cells: h.cells,
    },
    geometry: h.polygon,
  };
}

export function proposalFeatures(proposal: HotspotProposal): HotspotFeature[] {
  return proposal.hotspots.map((h) => hotspotFeature(h, proposal));
}

const sortedRecord = (record: Record<string, number>, decimals: number) =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, roundOrNull(record[k], decimals) ?? 0]),
  );

function canonicalProperties(p: HotspotProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PROPERTY_KEYS) {
    const value = p[key];
    if (key in PROPERTY_DECIMALS)
      out[key] = roundOrNull(value as number | null, PROPERTY_DECIMALS[key as keyof typeof PROPERTY_DECIMALS]);
    else if (key === 'crimes_by_type') out[key] = sortedRecord(p.crimes_by_type, 0);
    else if (key === 'harm_by_type') out[key] = sortedRecord(p.harm_by_type, HARM_DECIMALS);
    else if (key === 'crime_types' || key === 'cells') out[key] = [...(value as string[])].sort();
    else out[key] = value ?? null;
  }
  return out;
}

const roundPosition = (position: number[]) => position.slice(0, 2).map((x) => roundOrNull(x, COORDINATE_DECIMALS));

function canonicalGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(roundPosition)) as Polygon['coordinates'] }
    : {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(roundPosition))) as MultiPolygon['coordinates'],
      };
}

/** The file's text: one Feature a line, sorted by hotspot id, fixed key order, rounded numbers, a final newline. */
export function writeHotspotsGeoJson(features: HotspotFeature[]): string {
  const lines = [...features]
    .sort((a, b) => (a.properties.hotspot_id < b.properties.hotspot_id ? -1 : 1))
    .map((f) =>
      JSON.stringify({
        type: 'Feature',
        properties: canonicalProperties(f.properties),
        geometry: canonicalGeometry(f.geometry),
      }),
    );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
