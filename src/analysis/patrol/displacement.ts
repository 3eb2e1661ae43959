import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaWithin } from '../hotspot-area';
import { pai, wdd, wdq, type DisplacementCounts, type WddResult } from '../metrics';

/** The ring round the GRIP hotspots watched for displacement (Bedfordshire's Op Rowan used 100 m). */
export const DEFAULT_DISPLACEMENT_BUFFER_METRES = 100;
/**
 * The control area: the streets 400 m to 1 km from the hotspots — the same neighbourhoods, beyond a patrol's reach.
 * WDD weighs counts, not rates, so its control must be of a size with the treated area (Wheeler & Ratcliffe 2018); the
 * whole force, a hundred times larger, would swamp it.
 */
export const CONTROL_RING_METRES: [number, number] = [400, 1000];

export type DisplacementZone = 'hotspot' | 'buffer' | 'control' | 'elsewhere';

/**
 * Which zone a point is in: inside any GRIP hotspot; else in the ring within `bufferMetres` of one (the catchment
 * where displaced crime, or diffused benefit, would show); else in the control ring; else elsewhere.
 */
export function zoneClassifier(
  hotspots: (Polygon | MultiPolygon)[],
  bufferMetres = DEFAULT_DISPLACEMENT_BUFFER_METRES,
): (lngLat: [number, number]) => DisplacementZone {
  const rings = hotspots.map((h) => areaWithin(h, bufferMetres));
  const controlInner = hotspots.map((h) => areaWithin(h, CONTROL_RING_METRES[0]));
  const controlOuter = hotspots.map((h) => areaWithin(h, CONTROL_RING_METRES[1]));
  const inAny = (areas: (Polygon | MultiPolygon)[], lngLat: [number, number]) =>
    areas.some((a) => booleanPointInPolygon(lngLat, a));
  return (lngLat) => {
    if (inAny(hotspots, lngLat)) return 'hotspot';
    if (inAny(rings, lngLat)) return 'buffer';
    return inAny(controlOuter, lngLat) && !inAny(controlInner, lngLat) ? 'control' : 'elsewhere';
  };
}

export interface DisplacementResult {
  bufferMetres: number;
  counts: DisplacementCounts;
  /** Weighted displacement quotient (Bowers & Johnson 2003): > 0 diffusion of benefit, < 0 displacement. */
  wdq: number;
  /** Weighted displacement difference with its standard error (Wheeler & Ratcliffe 2018). */
  wdd: WddResult;
  /** The set's PAI in the after period against the force area. */
  pai: number;
}

/**
 * Displacement and diffusion for the set, before and after: the hotspots treated, their ring the buffer, the control
 * ring the control. Counts are whole crimes; `forceAfter` (the force's crimes after) is PAI's denominator.
 */
export function displacementResult(
  counts: DisplacementCounts,
  hotspots: (Polygon | MultiPolygon)[],
  force: { crimesAfter: number; areaKm2: number },
  bufferMetres = DEFAULT_DISPLACEMENT_BUFFER_METRES,
): DisplacementResult {
  const setAreaKm2 = hotspots.reduce((sum, h) => sum + area(h), 0) / 1e6;
  return {
    bufferMetres,
    counts,
    wdq: wdq(counts),
    wdd: wdd({
      treatedBefore: counts.hotspotBefore,
      treatedAfter: counts.hotspotAfter,
      controlBefore: counts.controlBefore,
      controlAfter: counts.controlAfter,
      treatedBufferBefore: counts.bufferBefore,
      treatedBufferAfter: counts.bufferAfter,
    }),
    pai: pai(counts.hotspotAfter, force.crimesAfter, setAreaKm2, force.areaKm2),
  };
}
