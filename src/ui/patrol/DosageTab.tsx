import { useState } from 'react';
import { DosageHeatGrid } from './DosageHeatGrid';
import type { DosageView } from './patrol-view';
import { ScrollRegion } from './ScrollRegion';

const percent = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
const minutes = (x: number) => x.toFixed(1);

const SOURCE: Record<'pings' | 'visit-log' | 'none', string> = {
  pings: 'from the GPS pings loaded',
  'visit-log': 'from the visit logs loaded (no pings)',
  none: '',
};

/** Visits and minutes per hotspot, planned against delivered, a heat grid per hotspot, the Home Office table. */
export function DosageTab({ view }: { view: DosageView }) {
  const { dosage, delivery } = view;
  const ids = Object.keys(dosage?.hotspots ?? {});
  const [picked, setPicked] = useState<string | null>(null);
  const gridId = picked && ids.includes(picked) ? picked : (ids[0] ?? null);
  if (!dosage) return <p className="hint">{view.busy ? 'Measuring patrol dosage…' : 'No patrol dosage yet.'}</p>;
  if (dosage.source === 'none')
    return (
      <p className="hint" data-testid="dosage-none">
        No patrol GPS pings or visit logs are loaded: load a pings file (unit, timestamp, latitude and longitude) or a
        visit log (hotspot_id, unit_id, start, end).
      </p>
    );
  const dayIsos = dosage.days.map((d) => d.dayIso).sort();
  return (
    <div className="patrol-dosage">
      <p>
        {dosage.visits} visits and {dosage.passThroughs} pass-throughs {SOURCE[dosage.source]}. A visit lasts at least{' '}
        {dosage.rules.minDwellSeconds} s; a gap over {dosage.rules.gapSeconds} s ends it. Patrol-minutes count two units
        together once, officer-minutes twice (see docs/patrol-dosage.md).
      </p>
      <ScrollRegion className="patrol-table-scroll" label="Dosage per hotspot">
        <table className="patrol-table" data-testid="dosage-table">
          <caption className="visually-hidden">Patrol dosage per GRIP hotspot</caption>
          <thead>
            <tr>
              <th scope="col">Hotspot</th>
              <th scope="col">Visits</th>
              <th scope="col">Pass-throughs</th>
              <th scope="col">Patrol min</th>
              <th scope="col">Officer min</th>
              <th scope="col">Koper 10–15</th>
              <th scope="col">Koper ≥10</th>
              {delivery && <th scope="col">Delivered (≥{view.targetMinutes} min)</th>}
              {delivery && <th scope="col">Control days visited</th>}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const c = dosage.hotspots[id];
              const d = delivery?.hotspots[id];
              return (
                <tr key={id} data-hotspot={id}>
                  <th scope="row">{id}</th>
                  <td data-testid={`dosage-visits-${id}`}>{c.visits}</td>
                  <td>{c.passThroughs}</td>
                  <td data-testid={`dosage-patrol-minutes-${id}`}>{minutes(c.patrolMinutes)}</td>
                  <td>{minutes(c.officerMinutes)}</td>
                  <td>{percent(c.koper10to15)}</td>
                  <td>{percent(c.koperAtLeast10)}</td>
                  {delivery && <td>{percent(d?.deliveredShare)}</td>}
                  {delivery && <td>{percent(d?.contaminationShare)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {delivery && (
        <p data-testid="dosage-delivery">
          Against {view.scheduleLabel}: {delivery.overall.patrolDaysDelivered} of {delivery.overall.patrolDays} patrol
          days had a visit of {view.targetMinutes} minutes or more ({percent(delivery.overall.deliveredShare)});{' '}
          {delivery.overall.controlDaysVisited} of {delivery.overall.controlDays} control days had a visit (
          {percent(delivery.overall.contaminationShare)} contamination).
          {delivery.unscheduledDaysVisited > 0 &&
            ` ${delivery.unscheduledDaysVisited} hotspot-days with a visit are not in the schedule.`}
        </p>
      )}
      <div className="hotspot-toolbar">
        <button type="button" aria-pressed={view.layerOn} onClick={() => view.onLayer(!view.layerOn)}>
          {view.layerOn ? 'Hide dosage on the map' : 'Show dosage on the map'}
        </button>
        <button type="button" onClick={view.onExportHomeOffice}>
          Export Home Office table (CSV)
        </button>
      </div>
      {view.layerOn && (
        <p className="dosage-legend" data-testid="dosage-legend">
          <span className="dosage-legend-circle" aria-hidden="true" /> Circle area: patrol-minutes at the hotspot (the
          largest, {Math.round(view.legendMaxMinutes)} min, drawn biggest and darkest).
        </p>
      )}
      {gridId && dayIsos.length > 0 && (
        <>
          <label>
            Heat grid for
            <select value={gridId} onChange={(e) => setPicked(e.target.value)}>
              {ids.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
          <DosageHeatGrid
            hotspotId={gridId}
            days={dosage.days}
            fromIso={dayIsos[0]}
            toIso={dayIsos[dayIsos.length - 1]}
          />
        </>
      )}
    </div>
  );
}
