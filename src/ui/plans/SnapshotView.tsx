import type { DataSnapshot } from '../../plans/plan-types';

export interface SnapshotViewProps {
  snapshot: DataSnapshot | null;
  onRefresh: () => void;
}

const number = (x: number, digits = 0) =>
  x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The scanning data, read-only: frozen when the plan was made, replaced only by an explicit refresh. */
export function SnapshotView({ snapshot, onRefresh }: SnapshotViewProps) {
  const types = snapshot ? Object.entries(snapshot.byType).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) : [];
  return (
    <div className="plan-snapshot">
      <h4>Data snapshot</h4>
      {snapshot ? (
        <>
          <p className="hint">
            Taken {dateTime(snapshot.takenAtIso)}
            {snapshot.period ? `, covering ${snapshot.period.fromMonth} to ${snapshot.period.toMonth}` : ''}. It stays
            as it was until you refresh it.
          </p>
          <dl>
            <dt>Crimes</dt>
            <dd>{number(snapshot.crimes)}</dd>
            <dt>Harm</dt>
            <dd>{number(snapshot.harm, 1)}</dd>
            <dt>Trend</dt>
            <dd>
              {snapshot.trend.trend}
              {snapshot.trend.p === null ? '' : ` (p = ${number(snapshot.trend.p, 3)})`}
            </dd>
            <dt>Busiest hours</dt>
            <dd>{snapshot.topHours.length ? snapshot.topHours.map(hour).join(', ') : 'not known (months only)'}</dd>
            <dt>PAI</dt>
            <dd>{snapshot.pai === null ? 'not computed' : number(snapshot.pai, 1)}</dd>
          </dl>
          {types.length > 0 && (
            <table>
              <caption>Crimes by type</caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Crimes</th>
                </tr>
              </thead>
              <tbody>
                {types.map(([type, n]) => (
                  <tr key={type}>
                    <td>{type}</td>
                    <td>{number(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <p className="hint">No snapshot yet: load crime data, then refresh.</p>
      )}
      <button type="button" onClick={onRefresh}>
        Refresh snapshot from the loaded data
      </button>
    </div>
  );
}
