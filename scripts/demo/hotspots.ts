/**
 * The 18 planted GRIP-style hotspots: street segments of 100–300 m. Public reporting puts GRIP patrols in Leicester
 * city centre (including the Haymarket bus station area), Loughborough, Hinckley, Coalville, Melton Mowbray and Ashby;
 * the rest are plausible town centres. Each has a trend over the two years so emerging-hotspot analysis has
 * something to find.
 */
export type HotspotTrend = 'steady' | 'emerging' | 'fading';

export interface PlantedHotspot {
  hotspotId: string;
  label: string;
  town: string;
  district: string;
  /** Segment ends, [lng, lat]. */
  from: [number, number];
  to: [number, number];
  trend: HotspotTrend;
  /** Serious violence, public order and ASB a year at the start of the trend. */
  crimesPerYear: number;
}

type Row = [string, string, string, [number, number], number, number, HotspotTrend, number];

// [label, town, district, start lng/lat, bearing degrees, length metres, trend, crimes per year]
const ROWS: Row[] = [
  ['Haymarket bus station', 'Leicester', 'Leicester', [-1.1312, 52.6378], 70, 220, 'steady', 420],
  ['Gallowtree Gate & Clock Tower', 'Leicester', 'Leicester', [-1.1327, 52.6364], 160, 200, 'steady', 380],
  ['Granby Street', 'Leicester', 'Leicester', [-1.1296, 52.6345], 130, 250, 'emerging', 160],
  ['London Road (station)', 'Leicester', 'Leicester', [-1.1245, 52.6318], 150, 250, 'fading', 300],
  ['Belgrave Gate', 'Leicester', 'Leicester', [-1.1305, 52.6398], 30, 260, 'steady', 260],
  ['Narborough Road', 'Leicester', 'Leicester', [-1.152, 52.6282], 235, 280, 'emerging', 140],
  ['Braunstone Gate', 'Leicester', 'Leicester', [-1.1455, 52.633], 260, 180, 'fading', 240],
  ['Market Place', 'Loughborough', 'Charnwood', [-1.2064, 52.7721], 110, 180, 'steady', 260],
  ['Biggin Street', 'Loughborough', 'Charnwood', [-1.2072, 52.7735], 340, 200, 'emerging', 120],
  ['Castle Street', 'Hinckley', 'Hinckley and Bosworth', [-1.3728, 52.5413], 120, 220, 'steady', 220],
  ['Belvoir Road', 'Coalville', 'North West Leicestershire', [-1.3702, 52.7242], 200, 200, 'emerging', 110],
  ['Nottingham Street', 'Melton Mowbray', 'Melton', [-0.8868, 52.7663], 80, 200, 'steady', 200],
  ['Market Street', 'Ashby-de-la-Zouch', 'North West Leicestershire', [-1.4762, 52.746], 95, 240, 'fading', 180],
  ['The Square', 'Market Harborough', 'Harborough', [-0.9208, 52.4776], 20, 150, 'steady', 150],
  ['Bell Street', 'Wigston', 'Oadby and Wigston', [-1.1052, 52.587], 60, 160, 'fading', 160],
  ['The Parade', 'Oadby', 'Oadby and Wigston', [-1.0782, 52.6061], 150, 140, 'emerging', 90],
  ['High Street', 'Syston', 'Charnwood', [-1.0792, 52.7001], 10, 130, 'steady', 110],
  ['High Street', 'Oakham', 'Rutland', [-0.7272, 52.6707], 90, 170, 'fading', 130],
];

const METRES_PER_DEGREE_LAT = 111_320;

function offset([lng, lat]: [number, number], bearingDegrees: number, metres: number): [number, number] {
  const bearing = (bearingDegrees * Math.PI) / 180;
  const dLat = (metres * Math.cos(bearing)) / METRES_PER_DEGREE_LAT;
  const dLng = (metres * Math.sin(bearing)) / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
  return [Number((lng + dLng).toFixed(6)), Number((lat + dLat).toFixed(6))];
}

export const PLANTED_HOTSPOTS: PlantedHotspot[] = ROWS.map(
  ([label, town, district, from, bearing, metres, trend, crimesPerYear], i) => ({
    hotspotId: `H${String(i + 1).padStart(2, '0')}`,
    label,
    town,
    district,
    from,
    to: offset(from, bearing, metres),
    trend,
    crimesPerYear,
  }),
);

/** Intensity multiplier at `t` ∈ [0, 1] across the two years: emerging ones rise through 2025, fading ones fall. */
export function trendMultiplier(trend: HotspotTrend, t: number): number {
  if (trend === 'emerging') return t < 0.5 ? 0.35 : 0.35 + 3 * (t - 0.5);
  if (trend === 'fading') return 1.5 - 1.3 * t;
  return 1;
}

/** A point along the segment with ~30 m of scatter (crimes happen on and beside the street). */
export function pointOnHotspot(h: PlantedHotspot, along: number, scatterX: number, scatterY: number): [number, number] {
  const lng = h.from[0] + (h.to[0] - h.from[0]) * along;
  const lat = h.from[1] + (h.to[1] - h.from[1]) * along;
  return [
    lng + (scatterX * 30) / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180)),
    lat + (scatterY * 30) / METRES_PER_DEGREE_LAT,
  ];
}
