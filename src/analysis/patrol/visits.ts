// Visits from patrol GPS pings (issue 17, "Prove it happened"): the rules the README's docs/patrol-dosage.md states,
// applied the same in the app and the CLI.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf, type LngLatBox } from '../bbox';
import { DEFAULT_STREET_BUFFER_METRES, hotspotArea } from '../hotspot-area';
import type { HotspotShape } from '../hotspot-set/shapes';

/** One GPS fix: `atMs` is the pings' own clock read as UTC (naive-time.ts), never shifted by a zone. */
export interface PatrolPing {
  unitId: string;
  atMs: number;
  lngLat: [number, number];
}

/** A GRIP hotspot as the area a ping must fall in (a street segment already buffered: see dosageHotspot). */
export interface DosageHotspot {
  hotspotId: string;
  area: Polygon | MultiPolygon;
}

/** A unit's time in one hotspot, first to last inside ping (or a visit log's start and end). */
export interface PatrolVisit {
  hotspotId: string;
  unitId: string;
  startMs: number;
  endMs: number;
}

export interface VisitDetectionRules {
  /** Consecutive pings of a unit further apart than this end a visit (a lost fix longer than this is not trusted). */
  gapSeconds: number;
  /** A run of inside pings shorter than this is a pass-through, not a visit. */
  minDwellSeconds: number;
}

export const DEFAULT_DETECTION_RULES: VisitDetectionRules = { gapSeconds: 120, minDwellSeconds: 60 };

export interface DetectedVisits {
  /** Ordered by hotspot, unit, then start. */
  visits: PatrolVisit[];
  passThroughs: PatrolVisit[];
}

/** A hotspot's patrol area: a polygon as drawn, a street segment as its buffer (the profiles' rule: hotspot-area). */
export function dosageHotspot(
  hotspotId: string,
  shape: HotspotShape,
  bufferMetres: number = DEFAULT_STREET_BUFFER_METRES,
): DosageHotspot {
  return { hotspotId, area: hotspotArea(shape, bufferMetres) };
}

export const visitMinutes = (v: PatrolVisit): number => (v.endMs - v.startMs) / 60_000;

/** Visits at least the minimum dwell long, and the shorter ones apart as pass-throughs (pings and visit logs alike). */
export function splitByDwell(runs: PatrolVisit[], minDwellSeconds: number): DetectedVisits {
  checkRules({ gapSeconds: 1, minDwellSeconds });
  const visits: PatrolVisit[] = [];
  const passThroughs: PatrolVisit[] = [];
  for (const run of runs) (run.endMs - run.startMs < minDwellSeconds * 1000 ? passThroughs : visits).push(run);
  return { visits, passThroughs };
}

function checkRules({ gapSeconds, minDwellSeconds }: VisitDetectionRules): void {
  if (!(gapSeconds > 0)) throw new Error(`The gap tolerance must be more than 0 s (got ${gapSeconds}).`);
  if (!(minDwellSeconds >= 0)) throw new Error(`The minimum dwell must be 0 s or more (got ${minDwellSeconds}).`);
}

/** Each unit's ping indices in time order (a stable sort, so equal times keep the file's order). */
function pingsByUnit(pings: PatrolPing[]): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  for (let i = 0; i < pings.length; i++) {
    const list = byUnit.get(pings[i].unitId);
    if (list) list.push(i);
    else byUnit.set(pings[i].unitId, [i]);
  }
  for (const list of byUnit.values()) list.sort((a, b) => pings[a].atMs - pings[b].atMs);
  return new Map([...byUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Runs of a unit's time-ordered pings inside one hotspot. A run ends at its last inside ping when the next ping is
 * outside, or when the next ping comes more than the gap tolerance later (inside or not). Hotspots are taken one at a
 * time: a ping inside two overlapping hotspots counts in a run of each, so neither hotspot's dosage depends on the
 * other's shape.
 */
export function detectVisits(
  pings: PatrolPing[],
  hotspots: DosageHotspot[],
  rules: VisitDetectionRules = DEFAULT_DETECTION_RULES,
): DetectedVisits {
  checkRules(rules);
  const gapMs = rules.gapSeconds * 1000;
  // A box test first: most pings are nowhere near most hotspots, and Turf's ring walk is the costly part.
  const boxes: LngLatBox[] = hotspots.map((h) => bboxOf(h.area));
  const runsByHotspot: PatrolVisit[][] = hotspots.map(() => []);
  for (const [unitId, order] of pingsByUnit(pings)) {
    // Per hotspot: the open run's first and last inside ping (NaN: no run open).
    const firstMs = new Float64Array(hotspots.length).fill(NaN);
    const lastMs = new Float64Array(hotspots.length).fill(NaN);
    const close = (h: number) => {
      if (Number.isNaN(firstMs[h])) return;
      runsByHotspot[h].push({ hotspotId: hotspots[h].hotspotId, unitId, startMs: firstMs[h], endMs: lastMs[h] });
      firstMs[h] = lastMs[h] = NaN;
    };
    let previousMs = -Infinity;
    for (const i of order) {
      const { atMs, lngLat } = pings[i];
      const [lng, lat] = lngLat;
      const afterGap = atMs - previousMs > gapMs;
      previousMs = atMs;
      for (let h = 0; h < hotspots.length; h++) {
        if (afterGap) close(h);
        const [west, south, east, north] = boxes[h];
        const inside =
          lng >= west && lng <= east && lat >= south && lat <= north && booleanPointInPolygon(lngLat, hotspots[h].area);
        if (!inside) close(h);
        else if (Number.isNaN(firstMs[h])) firstMs[h] = lastMs[h] = atMs;
        else lastMs[h] = atMs;
      }
    }
    for (let h = 0; h < hotspots.length; h++) close(h);
  }
  return splitByDwell(runsByHotspot.flat(), rules.minDwellSeconds);
}
