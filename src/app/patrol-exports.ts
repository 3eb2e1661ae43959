// The files the patrol panel downloads: the Home Office returns table (through the app's CSV writer: BOM, CRLF, formula
// neutralisation) and a text file handed to the browser as a download.
import type { MonthlyPatrolHours } from '../analysis/patrol/home-office-returns';
import { toCsv } from '../data/exports/csv';

const HOME_OFFICE_HEADER = ['hotspot_id', 'month', 'patrol_days', 'visits', 'patrol_hours', 'officer_hours'];

/** Patrol hours per GRIP hotspot per month, hours to two decimals (a hundredth of an hour is 36 s). */
export function homeOfficeCsv(rows: MonthlyPatrolHours[]): string {
  const hours = (x: number) => Number(x.toFixed(2));
  return toCsv(
    HOME_OFFICE_HEADER,
    rows.map((r) => [r.hotspotId, r.monthIso, r.patrolDays, r.visits, hours(r.patrolHours), hours(r.officerHours)]),
  );
}

/** Saves text as a file through a Blob and an object URL (nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
