import { useMemo } from 'react';
import type { PlaceDay, PlannedVisit } from '../../analysis/patrol/schedule';
import { BriefingSheet, type BriefingSchedule } from './BriefingSheet';
import { SHARE_CHOICES, type PlanForm } from './plan-form';
import type { PlanView } from './patrol-view';
import { ScheduleCalendar } from './ScheduleCalendar';

function visitsByPlaceDay(visits: PlannedVisit[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const v of visits)
    map.set(`${v.hotspotId}|${v.dayIso}`, [...(map.get(`${v.hotspotId}|${v.dayIso}`) ?? []), v.start.slice(11)]);
  return map;
}

const patrolCount = (days: PlaceDay[]) => days.filter((d) => d.arm === 'patrol').length;

const importedProvenance = (fileName: string, seed: number | null) =>
  seed === null ? `From ${fileName}` : `From ${fileName} (seed ${seed})`;

/** The plan form, the sample size, the calendar, export and import, and the day's briefing sheet. */
export function PlanTab({ plan }: { plan: PlanView }) {
  const { form, onForm, planned, imported } = plan;
  const set =
    <K extends keyof PlanForm>(key: K) =>
    (value: PlanForm[K]) =>
      onForm({ ...form, [key]: value });
  const text = (key: keyof PlanForm, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <label>
      {label}
      <input
        type={type}
        name={`plan-${key}`}
        value={form[key]}
        onChange={(e) => set(key)(e.target.value as never)}
        {...extra}
      />
    </label>
  );
  const schedule = planned && 'schedule' in planned ? planned.schedule : null;
  const briefing: BriefingSchedule | null = imported
    ? {
        placeDays: imported.parsed.placeDays,
        visits: imported.parsed.visits,
        provenance: importedProvenance(imported.fileName, imported.parsed.design.seed),
        dayStartMinutes: plan.dayStartMinutes,
      }
    : schedule && {
        placeDays: schedule.placeDays,
        visits: schedule.visits,
        provenance: `Seed ${schedule.design.seed}, ${schedule.design.method} randomisation`,
        dayStartMinutes: schedule.design.dayStartMinutes,
      };
  const shownVisits = briefing?.visits;
  const visits = useMemo(() => visitsByPlaceDay(shownVisits ?? []), [shownVisits]);
  return (
    <div className="patrol-plan">
      <div className="patrol-form">
        {text('fromIso', 'First day', 'date')}
        {text('toIso', 'Last day', 'date')}
        <div className="patrol-seed">
          {text('seed', 'Seed', 'text', { inputMode: 'numeric' })}
          <button type="button" onClick={plan.onNewSeed}>
            New seed
          </button>
        </div>
        <label>
          Share on patrol
          <select name="plan-share" value={form.share} onChange={(e) => set('share')(e.target.value)}>
            {SHARE_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Randomisation</legend>
          {(['blocked', 'simple'] as const).map((m) => (
            <label key={m} className="patrol-radio">
              <input type="radio" name="plan-method" checked={form.method === m} onChange={() => set('method')(m)} />
              {m === 'blocked' ? 'Blocked: the same number on patrol every day' : 'Simple: each place-day on its own'}
            </label>
          ))}
        </fieldset>
        {text('dwellMinutes', 'Dwell target (minutes)', 'number', { min: '1', max: '60' })}
        {text('visitsPerDay', 'Visits per patrol day', 'number', { min: '1', max: '12' })}
        {text('dailyCapMinutes', 'Daily cap per hotspot (minutes, optional)', 'number', { min: '1' })}
        <fieldset>
          <legend>Visit window</legend>
          <label className="patrol-radio">
            <input
              type="radio"
              name="plan-window"
              checked={form.windowKind === 'profile'}
              onChange={() => set('windowKind')('profile')}
            />
            Each hotspot’s busy hours (its hour × weekday crimes)
          </label>
          <label className="patrol-radio">
            <input
              type="radio"
              name="plan-window"
              checked={form.windowKind === 'hand'}
              onChange={() => set('windowKind')('hand')}
            />
            By hand
          </label>
          {form.windowKind === 'hand' && text('handWindow', 'Days and hours, e.g. Wed-Sat 15-22')}
        </fieldset>
        {text('dayStart', 'Patrol day starts', 'time', { step: '3600' })}
      </div>
      <div className="patrol-sample" data-testid="patrol-sample-size">
        {text('reductionPercent', 'Reduction to detect (%)', 'number', { min: '1', max: '99' })}
        <p>
          {plan.sampleSize === null
            ? 'The sample size needs the hotspots’ crimes.'
            : 'problem' in plan.sampleSize
              ? plan.sampleSize.problem
              : plan.sampleSize.method}
          {schedule &&
            ` This plan has ${patrolCount(schedule.placeDays)} patrol and ${schedule.placeDays.length - patrolCount(schedule.placeDays)} control place-days.`}
        </p>
      </div>
      {planned && 'problem' in planned && (
        <p className="patrol-problem" role="alert">
          {planned.problem}
        </p>
      )}
      {schedule && schedule.notes.length > 0 && (
        <ul className="hint">
          {schedule.notes.map((n) => (
            <li key={`${n.code}-${n.hotspotId}`}>{n.sentence}</li>
          ))}
        </ul>
      )}
      <div className="hotspot-toolbar">
        <button type="button" className="primary" disabled={!schedule} onClick={plan.onExport}>
          Export CSV
        </button>
        <label className="patrol-file">
          Import an edited schedule
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) plan.onImport(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {imported && (
        <div className="patrol-import" data-testid="patrol-import">
          <p>
            Showing <strong>{imported.fileName}</strong>: {imported.parsed.rowsKept} of {imported.parsed.rowsRead} rows
            kept, {imported.parsed.placeDays.length} place-days.{' '}
            <button type="button" onClick={plan.onClearImport}>
              Back to the plan
            </button>
          </p>
          {imported.parsed.problems.length > 0 && (
            <ul className="patrol-problems">
              {imported.parsed.problems.map((p, i) => (
                <li key={i}>{p.sentence}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ScheduleCalendar placeDays={briefing?.placeDays ?? []} visitsByPlaceDay={visits} />
      {briefing && (
        <BriefingSheet
          schedule={briefing}
          reasons={plan.reasons}
          names={plan.names}
          maps={plan.streetMaps}
          mapsProblem={plan.streetMapsProblem}
        />
      )}
    </div>
  );
}
