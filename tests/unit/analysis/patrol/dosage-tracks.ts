// Hand-made hotspots and ping tracks for the patrol dosage tests: squares a few hundred metres across in Leicester.
import { parseNaiveTimestamp } from '../../../../src/analysis/patrol/naive-time';
import { bboxPolygon } from '../../../../src/analysis/study-area';
import { type DosageHotspot, type PatrolPing } from '../../../../src/analysis/patrol/visits';

/** A box as a GeoJSON polygon, [west, south, east, north] in degrees. */
export const square = (west: number, south: number, east: number, north: number) =>
  bboxPolygon([west, south, east, north]);

// A: 0.002° of longitude (≈135 m) by 0.001° of latitude (≈111 m). B overlaps A's east half; C touches A's west edge.
export const A: DosageHotspot = { hotspotId: 'A', area: square(-1.133, 52.6355, -1.131, 52.6365) };
export const B: DosageHotspot = { hotspotId: 'B', area: square(-1.132, 52.6355, -1.13, 52.6365) };
export const C: DosageHotspot = { hotspotId: 'C', area: square(-1.135, 52.6355, -1.133, 52.6365) };

export const IN_A_ONLY: [number, number] = [-1.1325, 52.636];
export const IN_A_AND_B: [number, number] = [-1.1315, 52.636];
export const IN_B_ONLY: [number, number] = [-1.1305, 52.636];
export const IN_C: [number, number] = [-1.134, 52.636];
export const OUTSIDE: [number, number] = [-1.14, 52.64];

/** Epoch ms of a naive clock reading ('YYYY-MM-DD HH:MM:SS'); throws on a typo in a test. */
export function ms(text: string): number {
  const value = parseNaiveTimestamp(text);
  if (value === null) throw new Error(`not a timestamp: ${text}`);
  return value;
}

/** Seconds after 2025-03-07 16:00:00, the tracks' origin. */
export const T0 = ms('2025-03-07 16:00:00');
export const at = (seconds: number) => T0 + seconds * 1000;

/** A track: [seconds after T0, where] for one unit. */
export const track = (unitId: string, fixes: [number, [number, number]][]): PatrolPing[] =>
  fixes.map(([seconds, lngLat]) => ({ unitId, atMs: at(seconds), lngLat }));

/** Fixes every `stepSeconds` from `fromSeconds` to `toSeconds` inclusive, all at one place. */
export const every = (
  fromSeconds: number,
  toSeconds: number,
  stepSeconds: number,
  lngLat: [number, number],
): [number, [number, number]][] => {
  const fixes: [number, [number, number]][] = [];
  for (let s = fromSeconds; s <= toSeconds; s += stepSeconds) fixes.push([s, lngLat]);
  return fixes;
};
