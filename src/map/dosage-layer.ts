import { ScatterplotLayer } from '@deck.gl/layers';

export const DOSAGE_LAYER_ID = 'patrol-dosage';

/** One GRIP hotspot's patrol dosage where the map draws it: its centre and its patrol-minutes. */
export interface DosagePoint {
  hotspotId: string;
  lngLat: [number, number];
  patrolMinutes: number;
}

const MAX_RADIUS_PX = 26;
const MIN_RADIUS_PX = 4;
// ColorBrewer Blues, light to dark: cool, so the circles never read as the warm crime hexes under them.
const LIGHT: [number, number, number] = [158, 202, 225];
const DARK: [number, number, number] = [8, 48, 107];

/**
 * A circle's radius in pixels: its area in proportion to the patrol-minutes (a circle twice the minutes has twice the
 * area, not twice the radius), the largest MAX_RADIUS_PX; a hotspot with no minutes is a small hollow ring.
 */
export function dosageRadius(minutes: number, maxMinutes: number): number {
  if (!(maxMinutes > 0) || !(minutes > 0)) return MIN_RADIUS_PX;
  return Math.max(MIN_RADIUS_PX, MAX_RADIUS_PX * Math.sqrt(minutes / maxMinutes));
}

/** Light blue for few minutes to dark blue for the most, a little translucent so the streets under it show. */
export function dosageColour(minutes: number, maxMinutes: number): [number, number, number, number] {
  if (!(maxMinutes > 0) || !(minutes > 0)) return [255, 255, 255, 0];
  const t = Math.min(1, minutes / maxMinutes);
  const mix = (i: number) => Math.round(LIGHT[i] + t * (DARK[i] - LIGHT[i]));
  return [mix(0), mix(1), mix(2), 215];
}

/** Patrol dosage on the map: a circle at each GRIP hotspot's centre, sized and shaded by its patrol-minutes. */
export function dosageLayers(points: readonly DosagePoint[], visible: boolean) {
  if (!visible || points.length === 0) return [];
  const maxMinutes = Math.max(0, ...points.map((p) => p.patrolMinutes));
  return [
    new ScatterplotLayer<DosagePoint>({
      id: DOSAGE_LAYER_ID,
      data: points,
      getPosition: (p) => p.lngLat,
      getRadius: (p) => dosageRadius(p.patrolMinutes, maxMinutes),
      getFillColor: (p) => dosageColour(p.patrolMinutes, maxMinutes),
      // A white ring keeps the circle apart from the hexes under it, whatever their colour.
      getLineColor: [255, 255, 255, 255],
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      updateTriggers: { getRadius: maxMinutes, getFillColor: maxMinutes },
    }),
  ];
}
