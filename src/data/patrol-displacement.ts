import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../analysis/bbox';
import { areaWithin } from '../analysis/hotspot-area';
import { previousPeriod } from '../analysis/hotspot-profile';
import {
  CONTROL_RING_METRES,
  DEFAULT_DISPLACEMENT_BUFFER_METRES,
  displacementResult,
  zoneClassifier,
  type DisplacementResult,
} from '../analysis/patrol/displacement';
import type { Engine } from './engine';
import { displacementCandidatesSql, displacementTotalsSql } from './sql/patrol-displacement';

type Months = { fromMonth: string; toMonth: string };
export type DisplacementWithPeriods = DisplacementResult & { before: Months; after: Months };

export interface DisplacementRequest {
  hotspots: (Polygon | MultiPolygon)[];
  /** The after period (the schedule's months); before is as many months just before it. */
  fromMonth: string;
  toMonth: string;
  crimeTypes: string[];
  bufferMetres?: number;
}

/**
 * Displacement and diffusion round the GRIP hotspot set: crimes in the hotspots, in the ring round them and in the
 * control ring beyond, the months before against the months after; null when the months before are not loaded.
 */
export async function queryDisplacement(
  db: Engine,
  request: DisplacementRequest,
): Promise<DisplacementWithPeriods | null> {
  const bufferMetres = request.bufferMetres ?? DEFAULT_DISPLACEMENT_BUFFER_METRES;
  const before = previousPeriod(request.fromMonth, request.toMonth);
  const summary = await db.summary();
  if (request.hotspots.length === 0 || summary.first_month === null || summary.first_month > before.fromMonth)
    return null;
  const filter = {
    resolution: 9,
    crimeTypes: request.crimeTypes,
    fromMonth: before.fromMonth,
    toMonth: request.toMonth,
  };
  const rings = request.hotspots.map((h) => areaWithin(h, CONTROL_RING_METRES[1]));
  const boxes = rings.map(bboxOf);
  const box: [number, number, number, number] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  const zoneOf = zoneClassifier(request.hotspots, bufferMetres);
  const counts = {
    hotspotBefore: 0,
    hotspotAfter: 0,
    bufferBefore: 0,
    bufferAfter: 0,
    controlBefore: 0,
    controlAfter: 0,
  };
  type Row = { lon: number; lat: number; after: boolean; crimes: number };
  for (const r of await db.query<Row>(displacementCandidatesSql(filter, request.fromMonth, box))) {
    const zone = zoneOf([r.lon, r.lat]);
    if (zone !== 'elsewhere') counts[`${zone}${r.after ? 'After' : 'Before'}`] += Number(r.crimes);
  }
  const totals = await db.query<{ after: boolean; crimes: number }>(displacementTotalsSql(filter, request.fromMonth));
  const force = { crimesAfter: Number(totals.find((t) => t.after)?.crimes ?? 0), areaKm2: db.forceArea.areaKm2 };
  const after = { fromMonth: request.fromMonth, toMonth: request.toMonth };
  return { ...displacementResult(counts, request.hotspots, force, bufferMetres), before, after };
}
