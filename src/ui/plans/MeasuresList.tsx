import { useId } from 'react';
import type { MeasureFigures } from '../../analysis/measure-figures';
import { MEASURE_KINDS } from '../../plans/plan-tables';
import type { AssessmentMeasure, MonthPeriod, ResponseAction } from '../../plans/plan-types';

export interface MeasuresListProps {
  measures: AssessmentMeasure[];
  actions: ResponseAction[];
  /** Crime types the loaded data holds, offered beside any a measure already names. */
  crimeTypes: string[];
  onAdd: () => void;
  onChange: (measureId: string, change: Partial<Omit<AssessmentMeasure, 'id'>>) => void;
  onRemove: (measureId: string) => void;
  /** Each measure's before/after figures from the loaded data; absent when the plan's place is not selected. */
  figures?: Record<string, MeasureFigures | null>;
}

function PeriodInputs(props: { legend: string; period: MonthPeriod; onChange: (period: MonthPeriod) => void }) {
  const id = useId();
  const { period, onChange } = props;
  return (
    <fieldset className="plan-period">
      <legend>{props.legend}</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="month"
        value={period.fromMonth}
        onChange={(e) => onChange({ ...period, fromMonth: e.target.value })}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="month"
        value={period.toMonth}
        onChange={(e) => onChange({ ...period, toMonth: e.target.value })}
      />
    </fieldset>
  );
}

function MeasureItem({
  measure,
  n,
  actions,
  crimeTypes,
  onChange,
  onRemove,
  figures,
}: Omit<MeasuresListProps, 'measures' | 'onAdd'> & {
  measure: AssessmentMeasure;
  n: number;
}) {
  const id = useId();
  const set = (change: Partial<Omit<AssessmentMeasure, 'id'>>) => onChange(measure.id, change);
  const offered = [...new Set([...crimeTypes, ...measure.crimeTypes])].sort();
  return (
    <li>
      <fieldset>
        <legend>{`Measure ${n}`}</legend>
        <label htmlFor={`${id}-kind`}>Counts</label>
        <select
          id={`${id}-kind`}
          value={measure.kind}
          onChange={(e) => set({ kind: e.target.value as AssessmentMeasure['kind'] })}
        >
          {Object.entries(MEASURE_KINDS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-types`}>Crime types (none chosen: all types)</label>
        <select
          id={`${id}-types`}
          multiple
          value={measure.crimeTypes}
          onChange={(e) => set({ crimeTypes: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {offered.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-action`}>Around the dates of</label>
        <select
          id={`${id}-action`}
          value={measure.actionId ?? ''}
          onChange={(e) => set({ actionId: e.target.value || null })}
        >
          <option value="">the whole plan</option>
          {actions.map((a, i) => (
            <option key={a.id} value={a.id}>
              {`Action ${i + 1}${a.what ? `: ${a.what.slice(0, 60)}` : ''}`}
            </option>
          ))}
        </select>
        <PeriodInputs legend="Before" period={measure.before} onChange={(before) => set({ before })} />
        <PeriodInputs legend="After" period={measure.after} onChange={(after) => set({ after })} />
        <p className="plan-measure-figures" data-testid="measure-figures">
          {figures
            ? figuresSentence(figures[measure.id] ?? null, measure.kind)
            : 'Select the place to see its figures.'}
        </p>
        <button type="button" className="link" onClick={() => onRemove(measure.id)}>
          {`Remove measure ${n}`}
        </button>
      </fieldset>
    </li>
  );
}

const two = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** "12 before (6.0 a month), 4 after (1.0 a month): rate ratio 0.17, 95% CI 0.05 to 0.52 (exact Poisson test)." */
function figuresSentence(f: MeasureFigures | null, kind: AssessmentMeasure['kind']): string {
  if (!f) return 'The periods are not in order (a period must not end before it starts).';
  const unit = kind === 'harm' ? ' harm' : '';
  const text = `${Math.round(f.before)}${unit} before (${f.beforePerMonth.toFixed(1)} a month), ${Math.round(f.after)}${unit} after (${f.afterPerMonth.toFixed(1)} a month)`;
  const r = f.rateRatio;
  if (!r) return `${text}.`;
  return `${text}: rate ratio ${two(r.rateRatio)}, 95% CI ${two(r.ciLow)} to ${two(r.ciHigh)} (exact Poisson test).`;
}

/** Assessment: the measures chosen; their before/after figures are computed from the loaded data where shown. */
export function MeasuresList({ measures, onAdd, ...item }: MeasuresListProps) {
  return (
    <div className="plan-measures">
      {measures.length > 0 ? (
        <ol>
          {measures.map((m, i) => (
            <MeasureItem key={m.id} measure={m} n={i + 1} {...item} />
          ))}
        </ol>
      ) : (
        <p className="hint">No measures chosen yet.</p>
      )}
      <button type="button" onClick={onAdd}>
        Add measure
      </button>
    </div>
  );
}
