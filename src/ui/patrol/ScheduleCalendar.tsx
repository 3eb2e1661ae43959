import { useState } from 'react';
import type { PlaceDay } from '../../analysis/patrol/schedule';
import { weekdayOf } from '../../analysis/patrol/schedule-days';
import { ScrollRegion } from './ScrollRegion';

const DAYS_SHOWN = 14;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface ScheduleCalendarProps {
  placeDays: PlaceDay[];
  /** Planned visits per "hotspot|day", for the cell's label. */
  visitsByPlaceDay: Map<string, string[]>;
}

/**
 * Hotspots across, patrol days down, two weeks at a time. A patrol cell is filled and says P, a control cell is empty
 * and says C, so the arm never rests on colour alone; screen readers hear the words.
 */
export function ScheduleCalendar({ placeDays, visitsByPlaceDay }: ScheduleCalendarProps) {
  const [page, setPage] = useState(0);
  const days = [...new Set(placeDays.map((d) => d.dayIso))].sort();
  const hotspots = [...new Set(placeDays.map((d) => d.hotspotId))].sort();
  const arms = new Map(placeDays.map((d) => [`${d.hotspotId}|${d.dayIso}`, d.arm]));
  const pages = Math.max(1, Math.ceil(days.length / DAYS_SHOWN));
  const shown = days.slice(Math.min(page, pages - 1) * DAYS_SHOWN).slice(0, DAYS_SHOWN);
  if (days.length === 0) return null;
  return (
    <div className="patrol-calendar" data-testid="patrol-calendar">
      <div className="patrol-calendar-nav">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Earlier
        </button>
        <span aria-live="polite">
          {shown[0]} to {shown[shown.length - 1]} ({days.length} days)
        </span>
        <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
          Later
        </button>
      </div>
      <ScrollRegion className="patrol-calendar-scroll" label="Patrol calendar">
        <table>
          <caption className="visually-hidden">Patrol (P) and control (C) days per GRIP hotspot</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {hotspots.map((h) => (
                <th scope="col" key={h}>
                  {h.replace(/^H0?/, '')}
                  <span className="visually-hidden"> ({h})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((day) => (
              <tr key={day}>
                <th scope="row">
                  {WEEKDAYS[weekdayOf(day)]} {day.slice(8)}
                  <span className="visually-hidden"> {day}</span>
                </th>
                {hotspots.map((h) => {
                  const arm = arms.get(`${h}|${day}`);
                  const times = visitsByPlaceDay.get(`${h}|${day}`) ?? [];
                  const title = `${h} ${day}: ${arm ?? 'not scheduled'}${times.length ? ` at ${times.join(', ')}` : ''}`;
                  return (
                    <td key={h} className={`arm-${arm ?? 'none'}`} title={title} data-arm={arm ?? ''}>
                      <span aria-hidden="true">{arm === 'patrol' ? 'P' : arm === 'control' ? 'C' : ''}</span>
                      <span className="visually-hidden">{arm ?? 'not scheduled'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="hint">P = patrol (filled), C = control. Column numbers are hotspot ids (3 = H03).</p>
    </div>
  );
}
