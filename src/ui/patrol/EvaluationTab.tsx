import type { ArmComparison, PatrolEvaluation } from '../../analysis/patrol/evaluation';
import type { MonthBeforeAfter } from '../../analysis/patrol/month-before-after';
import type { EvaluationView } from './patrol-view';
import { DisplacementFigures } from './DisplacementFigures';
import { ScrollRegion } from './ScrollRegion';

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const pValue = (p: number) => (!Number.isFinite(p) ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));
/** A limit to 3 decimals, or 4 when 3 would round it to 1.000: 0.9997 must not read as touching 1. */
const limit = (x: number) => (x !== 1 && Math.abs(x - 1) < 0.0005 ? fixed(x, 4) : fixed(x, 3));
const interval = (c: { ciLow: number; ciHigh: number }) => `${limit(c.ciLow)}–${limit(c.ciHigh)}`;

function ComparisonRow({ label, c, testId }: { label: string; c: ArmComparison; testId?: string }) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td>
        {c.patrolCrimes} / {c.patrolDays}
      </td>
      <td>
        {c.controlCrimes} / {c.controlDays}
      </td>
      <td data-testid={testId && `${testId}-ratio`}>{fixed(c.rateRatio, 3)}</td>
      <td data-testid={testId && `${testId}-ci`}>{interval(c)}</td>
      <td>{pValue(c.p)}</td>
    </tr>
  );
}

function Evaluated({ e }: { e: PatrolEvaluation }) {
  const o = e.overall;
  const c = e.carryOver;
  const [all, ...harmRows] = e.harmPerPlaceDay;
  return (
    <>
      <p className="patrol-headline" data-testid="evaluation-headline">
        All hotspots: rate ratio <strong>{fixed(o.rateRatio, 3)}</strong> (95% CI {interval(o)}, p = {pValue(o.p)}):{' '}
        {o.ciHigh < 1
          ? 'fewer crimes on patrol days, beyond what chance would give.'
          : o.ciLow > 1
            ? 'more crimes on patrol days, beyond chance.'
            : 'the interval spans 1, so no difference can be claimed.'}
      </p>
      <ScrollRegion className="patrol-table-scroll" label="Crimes on patrol and control days">
        <table className="patrol-table">
          <caption>Crimes / place-days on patrol and control days</caption>
          <thead>
            <tr>
              <th scope="col">Hotspot</th>
              <th scope="col">Patrol</th>
              <th scope="col">Control</th>
              <th scope="col">Rate ratio</th>
              <th scope="col">95% CI</th>
              <th scope="col">p</th>
            </tr>
          </thead>
          <tbody>
            <ComparisonRow label="All" c={o} testId="evaluation-overall" />
            {Object.entries(e.hotspots).map(([id, h]) => (
              <ComparisonRow key={id} label={id} c={h} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion className="patrol-table-scroll" label="Harm per place-day">
        <table className="patrol-table" data-testid="harm-table">
          <caption>Harm per place-day (as Southend reported it)</caption>
          <thead>
            <tr>
              <th scope="col">Hotspot</th>
              <th scope="col">Patrol days</th>
              <th scope="col">Control days</th>
              <th scope="col">Lower by</th>
            </tr>
          </thead>
          <tbody>
            {[all, ...harmRows].map((r) => (
              <tr key={r.hotspotId ?? 'all'}>
                <th scope="row">{r.hotspotId ?? 'All'}</th>
                <td>{fixed(r.patrol)}</td>
                <td>{fixed(r.control)}</td>
                <td>{Number.isFinite(r.lowerPercent) ? `${fixed(r.lowerPercent, 1)}%` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p data-testid="evaluation-carry-over">
        Carry-over: {c.afterPatrolCrimes} crimes on {c.afterPatrolDays} control days straight after a patrol day,{' '}
        {c.otherControlCrimes} on {c.otherControlDays} other control days; rate ratio {fixed(c.rateRatio, 3)} (95% CI{' '}
        {interval(c)}).
      </p>
      <h4>Method</h4>
      <p data-testid="evaluation-method">{e.method}</p>
      <h4>Caveats</h4>
      <ul className="patrol-caveats">
        {e.caveats.map((caveat) => (
          <li key={caveat.code}>{caveat.sentence}</li>
        ))}
      </ul>
    </>
  );
}

function BeforeAfter({ b }: { b: MonthBeforeAfter }) {
  return (
    <>
      <p data-testid="before-after">{b.sentence}</p>
      <ScrollRegion className="patrol-table-scroll" label="Before and after">
        <table className="patrol-table">
          <caption>
            Crimes {b.period.fromMonth} to {b.period.toMonth} against {b.previous.fromMonth} to {b.previous.toMonth}
          </caption>
          <thead>
            <tr>
              <th scope="col">Hotspot</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Rate ratio</th>
              <th scope="col">95% CI</th>
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r) => (
              <tr key={r.hotspotId ?? 'all'}>
                <th scope="row">{r.hotspotId ?? 'All'}</th>
                <td>{r.previousCrimes ?? '–'}</td>
                <td>{r.crimes}</td>
                <td>{fixed(r.rateRatio, 3)}</td>
                <td>{interval(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Patrol against control days for the schedule in use; without timed crimes, the month-level before/after. */
export function EvaluationTab({ view }: { view: EvaluationView }) {
  const { evaluation } = view;
  if (view.error) return <p className="patrol-problem">{view.error}</p>;
  if (!view.scheduleLabel)
    return <p className="hint">Import a patrol schedule (Patrol plan, Import) to evaluate it on the crimes loaded.</p>;
  if (!evaluation) return <p className="hint">{view.busy ? 'Evaluating…' : 'Not evaluated yet.'}</p>;
  const { result, beforeAfter, displacement } = evaluation;
  return (
    <div className="patrol-evaluation" data-testid="patrol-evaluation" data-status={result.status}>
      <p className="hint">Schedule evaluated: {view.scheduleLabel}.</p>
      {result.status === 'evaluated' ? (
        <>
          {result.placeDaysOutsideData > 0 && (
            <p className="hint">
              {result.placeDaysOutsideData} place-days fall outside the days the timed crimes cover (
              {result.loadedDays.fromIso} to {result.loadedDays.toIso}); they were left out.
            </p>
          )}
          <Evaluated e={result.evaluation} />
        </>
      ) : (
        <>
          <p className="patrol-problem" data-testid="evaluation-needs">
            {result.sentence}
          </p>
          {beforeAfter && <BeforeAfter b={beforeAfter} />}
        </>
      )}
      <DisplacementFigures d={displacement} />
    </div>
  );
}
