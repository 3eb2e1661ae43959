// The Home Office returns table: patrol hours per GRIP hotspot per calendar month.
import type { HotspotDayDosage } from './dosage';

export interface MonthlyPatrolHours {
  hotspotId: string;
  /** 'YYYY-MM': the month of the patrol day (a patrol day starting 31 January counts in January, all of it). */
  monthIso: string;
  patrolDays: number;
  visits: number;
  /** Hours with at least one unit present (the days' patrol-minutes ÷ 60). */
  patrolHours: number;
  /** Hours summed over units (the days' officer-minutes ÷ 60). */
  officerHours: number;
}

/** The days' dosage added up per hotspot and month of the patrol day, by hotspot then month. */
export function monthlyPatrolHours(days: HotspotDayDosage[]): MonthlyPatrolHours[] {
  const rows = new Map<string, MonthlyPatrolHours>();
  for (const d of days) {
    const monthIso = d.dayIso.slice(0, 7);
    const key = JSON.stringify([d.hotspotId, monthIso]);
    let row = rows.get(key);
    if (!row) {
      row = { hotspotId: d.hotspotId, monthIso, patrolDays: 0, visits: 0, patrolHours: 0, officerHours: 0 };
      rows.set(key, row);
    }
    row.patrolDays += d.visits > 0 ? 1 : 0;
    row.visits += d.visits;
    row.patrolHours += d.patrolMinutes / 60;
    row.officerHours += d.officerMinutes / 60;
  }
  return [...rows.values()].sort((a, b) =>
    a.hotspotId === b.hotspotId ? (a.monthIso < b.monthIso ? -1 : 1) : a.hotspotId < b.hotspotId ? -1 : 1,
  );
}
