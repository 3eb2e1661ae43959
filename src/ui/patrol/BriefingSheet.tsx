import { useState } from 'react';
import type { PlaceDay, PlannedVisit } from '../../analysis/patrol/schedule';
import type { BriefingReasons } from '../../analysis/patrol/schedule-briefing';
import { formatClock } from '../../analysis/patrol/schedule-days';
import type { StreetSheet } from '../../map/street-sheet';
import { HotspotStreetMap } from './HotspotStreetMap';

/** A schedule as the briefing reads it: the one drawn here, or one imported back. */
export interface BriefingSchedule {
  placeDays: PlaceDay[];
  visits: PlannedVisit[];
  /** "Seed 4242, blocked randomisation", or where an imported schedule came from. */
  provenance: string;
  dayStartMinutes: number;
}

interface BriefingSheetProps {
  schedule: BriefingSchedule;
  reasons: Record<string, BriefingReasons>;
  names: Record<string, string>;
  /** A street map per hotspot id (they arrive once the basemap tiles are read). */
  maps: Record<string, StreetSheet>;
  mapsProblem: string | null;
}

/**
 * One patrol day's sheet for the briefing: the hotspots on patrol, when, for how long and why they were chosen.
 * Printing shows only this sheet (patrol.css, @media print).
 */
export function BriefingSheet({ schedule, reasons, names, maps, mapsProblem }: BriefingSheetProps) {
  const patrolDays = [...new Set(schedule.placeDays.filter((d) => d.arm === 'patrol').map((d) => d.dayIso))].sort();
  const [chosen, setChosen] = useState<string | null>(null);
  const day = chosen && patrolDays.includes(chosen) ? chosen : (patrolDays[0] ?? null);
  if (!day) return <p className="hint">No patrol days in this schedule.</p>;
  const onPatrol = schedule.placeDays.filter((d) => d.dayIso === day && d.arm === 'patrol').map((d) => d.hotspotId);
  const visitsOf = (id: string) => schedule.visits.filter((v) => v.hotspotId === id && v.dayIso === day);
  const dayStart = formatClock(schedule.dayStartMinutes);
  const dayEnd = formatClock((schedule.dayStartMinutes + 1439) % 1440);
  return (
    <div className="briefing">
      <div className="briefing-controls">
        <label>
          Briefing for
          <select value={day} onChange={(e) => setChosen(e.target.value)}>
            {patrolDays.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={printBriefing}>
          Print briefing sheet
        </button>
      </div>
      <article className="briefing-sheet" data-testid="briefing-sheet" aria-label={`Briefing sheet for ${day}`}>
        <h4>
          GRIP patrols, patrol day {day} ({dayStart} to {dayEnd} next morning)
        </h4>
        <p className="hint">{schedule.provenance}. Stay at least the dwell time, visible and on foot where you can.</p>
        {mapsProblem && <p role="alert">{mapsProblem}</p>}
        <ol className="briefing-list">
          {onPatrol.map((id) => {
            const visits = visitsOf(id);
            return (
              <li key={id}>
                <strong>
                  {id}
                  {names[id] ? ` · ${names[id]}` : ''}
                </strong>
                <br />
                {visits.length
                  ? `${visits.map((v) => v.start.slice(11)).join(', ')} for ${visits[0].dwellMinutes} min`
                  : 'Any time (no planned visit)'}
                <br />
                <span className="briefing-why">{reasons[id]?.sentence ?? ''}</span>
                {maps[id] ? (
                  <HotspotStreetMap
                    sheet={maps[id]}
                    label={`Street map of ${id}${names[id] ? `, ${names[id]}` : ''}`}
                  />
                ) : (
                  !mapsProblem && <p className="hint">Drawing the street map…</p>
                )}
              </li>
            );
          })}
        </ol>
      </article>
    </div>
  );
}

/** Prints the briefing sheet alone: the print CSS keys on the mark, which goes once the print dialog has closed. */
function printBriefing(): void {
  const root = document.documentElement;
  root.dataset.printing = 'briefing';
  window.addEventListener('afterprint', () => delete root.dataset.printing, { once: true });
  window.print();
}
