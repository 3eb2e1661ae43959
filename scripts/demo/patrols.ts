import { Random } from './random';
import { PLANTED_HOTSPOTS, pointOnHotspot, type PlantedHotspot } from './hotspots';

/** GRIP patrols run through 2025 (days 366–730 of the two years). */
export const PATROL_FIRST_DAY = 366;
export const DAYS = 731; // 2024-01-01 … 2025-12-31 (2024 is a leap year)
export const POST_VISIT_MINUTES = 180;
/** The planted effect: hotspot crimes in the 3 hours after a visit, on patrol days, are cut by this share. */
export const TRUE_EFFECT = 0.22;

export interface Visit {
  hotspot: PlantedHotspot;
  dayIndex: number;
  startMinute: number;
  minutes: number;
  unitId: string;
}
export type Arm = 'patrol' | 'control';

export interface PatrolPlan {
  arms: Map<string, Arm>; // `${hotspotId}:${dayIndex}` → arm
  visits: Visit[];
}

const armKey = (hotspotId: string, dayIndex: number) => `${hotspotId}:${dayIndex}`;

/** Randomised patrol and control days per hotspot (50/50), and 2–4 mostly 10–15 minute visits on patrol days. */
export function planPatrols(rng: Random): PatrolPlan {
  const arms = new Map<string, Arm>();
  const visits: Visit[] = [];
  for (let dayIndex = PATROL_FIRST_DAY; dayIndex < DAYS; dayIndex++) {
    for (const [h, hotspot] of PLANTED_HOTSPOTS.entries()) {
      const arm: Arm = rng.next() < 0.5 ? 'patrol' : 'control';
      arms.set(armKey(hotspot.hotspotId, dayIndex), arm);
      if (arm === 'control') continue;
      const count = rng.int(2, 4);
      for (let v = 0; v < count; v++) {
        // 12:00–02:00, weighted to evenings (two draws averaged lean toward the middle: ~19:00).
        const startMinute = 12 * 60 + Math.floor(((rng.next() + rng.next()) / 2) * 14 * 60);
        const minutes = rng.next() < 0.85 ? rng.int(10, 15) : rng.int(5, 25);
        visits.push({
          hotspot,
          dayIndex,
          startMinute,
          minutes,
          unitId: `GRIP-${String((h % 9) + 1).padStart(2, '0')}`,
        });
      }
    }
  }
  return { arms, visits };
}

export function armOn(plan: PatrolPlan, hotspotId: string, dayIndex: number): Arm | null {
  return plan.arms.get(armKey(hotspotId, dayIndex)) ?? null;
}

/**
 * True when a crime at this minute falls in the 3 hours after a visit to that hotspot (visits may run past midnight).
 */
export function inPostVisitWindow(
  visitsByHotspotDay: Map<string, Visit[]>,
  hotspotId: string,
  dayIndex: number,
  minute: number,
): boolean {
  const absolute = dayIndex * 1440 + minute;
  for (const day of [dayIndex, dayIndex - 1]) {
    for (const v of visitsByHotspotDay.get(armKey(hotspotId, day)) ?? []) {
      const start = v.dayIndex * 1440 + v.startMinute;
      if (absolute >= start && absolute < start + POST_VISIT_MINUTES) return true;
    }
  }
  return false;
}

export function indexVisits(visits: Visit[]): Map<string, Visit[]> {
  const index = new Map<string, Visit[]>();
  for (const v of visits) {
    const key = armKey(v.hotspot.hotspotId, v.dayIndex);
    index.set(key, [...(index.get(key) ?? []), v]);
  }
  return index;
}

/** GPS pings every 30 s while on patrol: walking up and down the segment, with ~10 m of GPS noise. */
export function pingsForVisit(rng: Random, v: Visit): { second: number; lngLat: [number, number] }[] {
  const pings: { second: number; lngLat: [number, number] }[] = [];
  const startSecond = v.startMinute * 60 + rng.int(0, 29);
  for (let s = 0; s <= v.minutes * 60; s += 30) {
    const phase = (s / 600) % 2; // one length of the segment every 5 minutes
    const along = phase < 1 ? phase : 2 - phase;
    pings.push({
      second: startSecond + s,
      lngLat: pointOnHotspot(v.hotspot, along, rng.normal() / 3, rng.normal() / 3),
    });
  }
  return pings;
}
