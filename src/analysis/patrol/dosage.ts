// Patrol dosage per GRIP hotspot and patrol day, from visits found in GPS pings or read from visit logs.
import { checkDayStart, DEFAULT_PATROL_DAY_START_MINUTES, patrolDayOfMs } from './naive-time';
import { DEFAULT_DETECTION_RULES, splitByDwell, type DetectedVisits, type PatrolVisit } from './visits';

const MS_PER_MINUTE = 60_000;
// Koper (1995), "Just enough police presence", Justice Quarterly 12(4) 649–672: stops of about 10 minutes deter
// longer after the police leave than drive-throughs, 11–15 minutes best, diminishing returns after.
const KOPER_LOW_MS = 10 * MS_PER_MINUTE;
const KOPER_HIGH_MS = 15 * MS_PER_MINUTE;

export interface DosageCounts {
  visits: number;
  passThroughs: number;
  /** Minutes with at least one unit present: the union of the units' visits (two units together count once). */
  patrolMinutes: number;
  /** Minutes summed over units (two units together count twice), Williams & Coupe's officer-minutes. */
  officerMinutes: number;
  /** Share of visits lasting 10 to 15 minutes inclusive; null with no visits (a share of nothing). */
  koper10to15: number | null;
  /** Share of visits lasting at least 10 minutes; null with no visits. */
  koperAtLeast10: number | null;
  /** The longest single visit (planned vs delivered asks whether one reached the dwell target); 0 with none. */
  longestVisitMinutes: number;
}

export interface HotspotDayDosage extends DosageCounts {
  hotspotId: string;
  /** The patrol day, 'YYYY-MM-DD', named after the calendar day it starts on. */
  dayIso: string;
}

export interface PatrolDosage {
  /** One row per hotspot and patrol day with a visit or a pass-through, by hotspot then day. */
  days: HotspotDayDosage[];
  /** Every hotspot's totals over all its days (patrol-minutes add up the days' unions). */
  hotspots: Record<string, DosageCounts>;
}

export interface DosageOptions {
  /** Minutes after midnight the patrol day starts (default 06:00, Thames Valley practice). */
  dayStartMinutes?: number;
  /** Hotspots to list even with no visits (the file's whole set); others appear when visited. */
  hotspotIds?: string[];
}

/** Minutes covered by at least one interval: sweep by start, merging overlaps. */
function unionMinutes(visits: PatrolVisit[]): number {
  const sorted = [...visits].sort((a, b) => a.startMs - b.startMs);
  let coveredMs = 0;
  let reachedMs = -Infinity; // the end of what has been counted so far
  for (const v of sorted) {
    coveredMs += Math.max(0, v.endMs - Math.max(v.startMs, reachedMs));
    reachedMs = Math.max(reachedMs, v.endMs);
  }
  return coveredMs / MS_PER_MINUTE;
}

const share = (n: number, of: number) => (of === 0 ? null : n / of);

/** The counts of one group of visits; `patrolMinutes` is passed in so totals can add up the days. */
function counts(visits: PatrolVisit[], passThroughs: number, patrolMinutes: number): DosageCounts {
  const durationsMs = visits.map((v) => v.endMs - v.startMs);
  return {
    visits: visits.length,
    passThroughs,
    patrolMinutes,
    officerMinutes: durationsMs.reduce((sum, ms) => sum + ms, 0) / MS_PER_MINUTE,
    koper10to15: share(durationsMs.filter((ms) => ms >= KOPER_LOW_MS && ms <= KOPER_HIGH_MS).length, visits.length),
    koperAtLeast10: share(durationsMs.filter((ms) => ms >= KOPER_LOW_MS).length, visits.length),
    longestVisitMinutes: Math.max(0, ...durationsMs) / MS_PER_MINUTE,
  };
}

interface Group {
  visits: PatrolVisit[];
  passThroughs: number;
}

function groupBy(detected: DetectedVisits, keyOf: (v: PatrolVisit) => string): Map<string, Group> {
  const groups = new Map<string, Group>();
  const groupOf = (v: PatrolVisit) => {
    const key = keyOf(v);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { visits: [], passThroughs: 0 }));
    return group;
  };
  for (const v of detected.visits) groupOf(v).visits.push(v);
  for (const p of detected.passThroughs) groupOf(p).passThroughs++;
  return groups;
}

/**
 * Dosage per hotspot per patrol day and in total. A visit (or pass-through) belongs wholly to the patrol day it
 * starts in, so a visit from 05:50 to 06:10 counts on the day before, like one running past midnight.
 */
export function patrolDosage(detected: DetectedVisits, options: DosageOptions = {}): PatrolDosage {
  const dayStartMinutes = checkDayStart(options.dayStartMinutes ?? DEFAULT_PATROL_DAY_START_MINUTES);
  const dayOf = (v: PatrolVisit) => patrolDayOfMs(v.startMs, dayStartMinutes);
  const byDay = groupBy(detected, (v) => JSON.stringify([v.hotspotId, dayOf(v)]));
  const days: HotspotDayDosage[] = [...byDay]
    .map(([key, g]) => {
      const [hotspotId, dayIso] = JSON.parse(key) as [string, string];
      return { hotspotId, dayIso, ...counts(g.visits, g.passThroughs, unionMinutes(g.visits)) };
    })
    .sort((a, b) => compare(a.hotspotId, b.hotspotId) || compare(a.dayIso, b.dayIso));
  const patrolMinutesOf = new Map<string, number>();
  for (const d of days) patrolMinutesOf.set(d.hotspotId, (patrolMinutesOf.get(d.hotspotId) ?? 0) + d.patrolMinutes);
  const byHotspot = groupBy(detected, (v) => v.hotspotId);
  const ids = [...new Set([...(options.hotspotIds ?? []), ...[...byHotspot.keys()].sort(compare)])];
  const hotspots: Record<string, DosageCounts> = {};
  for (const id of ids) {
    const g = byHotspot.get(id) ?? { visits: [], passThroughs: 0 };
    hotspots[id] = counts(g.visits, g.passThroughs, patrolMinutesOf.get(id) ?? 0);
  }
  return { days, hotspots };
}

/**
 * Dosage from visit logs when there are no pings (the demo's patrol_visits.csv: hotspot_id, unit_id, start, end):
 * the same minimum dwell, day, union, sum and Koper rules as visits found in pings.
 */
export function dosageFromVisitLog(
  log: PatrolVisit[],
  options: DosageOptions & { minDwellSeconds?: number } = {},
): PatrolDosage {
  // The ingest sets such rows aside ('ends-before-start'); one here is a caller's bug, not data to count.
  const backwards = log.find((v) => v.endMs < v.startMs);
  if (backwards) throw new Error(`A logged visit to ${backwards.hotspotId} ends before it starts.`);
  return patrolDosage(splitByDwell(log, options.minDwellSeconds ?? DEFAULT_DETECTION_RULES.minDwellSeconds), options);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
