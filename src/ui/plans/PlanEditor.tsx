// The SARA plan of one GRIP hotspot or drawn area (docs/plans.md): props in, callbacks out. Every edit goes out as a
// whole new plan through onChange with updatedIso moved, so the app's store is the one source of truth. Text is always
// rendered by React as text; nothing here sets HTML.
import './plan-editor.css';
import {
  addAction,
  addMeasure,
  measurePeriodsAround,
  newAction,
  newMeasure,
  newPlanItemId,
  removeAction,
  removeMeasure,
  touchPlan,
  updateAction,
  updateMeasure,
} from '../../plans/plan-model';
import { ANALYSIS_FIELDS, OBJECTIVE_FIELDS, SCANNING_FIELDS } from '../../plans/plan-tables';
import type { AssessmentMeasure, PlanAnalysis, SaraPlan } from '../../plans/plan-types';
import { validatePlan } from '../../plans/plan-validation';
import { ActionsTable } from './ActionsTable';
import { MeasuresList } from './MeasuresList';
import type { MeasureFigures } from '../../analysis/measure-figures';
import { PlanSection, PlanTextField } from './PlanTextField';
import { SnapshotView } from './SnapshotView';

export interface PlanEditorProps {
  plan: SaraPlan;
  /** The hotspot's or area's name as the app shows it ("H01 Clock Tower"). */
  hotspotName: string;
  onChange: (plan: SaraPlan) => void;
  onDelete: () => void;
  /** Asks the app to take a new snapshot from the loaded data (it calls onChange with refreshSnapshot's result). */
  onRefreshSnapshot: () => void;
  /** Crime types the loaded data holds, offered for measures. */
  crimeTypes?: string[];
  /** The measures' before/after figures from the loaded data, by measure id (when the plan's place is selected). */
  measureFigures?: Record<string, MeasureFigures | null>;
  /** Asks the map for an action's place; without it, places can only be cleared. */
  onPlaceAction?: (actionId: string) => void;
  /** The clock edits are dated by (ISO 8601 UTC); tests pass a fixed one. */
  now?: () => string;
  newId?: () => string;
}

const systemNow = () => new Date().toISOString();

export function PlanEditor(props: PlanEditorProps) {
  const { plan, hotspotName, now = systemNow, newId = newPlanItemId } = props;
  const change = (next: SaraPlan) => props.onChange(touchPlan(next, now()));
  const problems = validatePlan(plan, 0);
  const subject = plan.subject;

  /** Linking a measure to an action with a due date puts its periods either side of that month. */
  const changeMeasure = (measureId: string, patch: Partial<Omit<AssessmentMeasure, 'id'>>) => {
    const due = patch.actionId ? plan.response.actions.find((a) => a.id === patch.actionId)?.dueIso : null;
    change(updateMeasure(plan, measureId, due ? { ...patch, ...measurePeriodsAround(due.slice(0, 7)) } : patch));
  };

  return (
    <article className="plan-editor" aria-label={`Problem-solving plan for ${hotspotName}`}>
      <header>
        <h2>{`Plan for ${hotspotName}`}</h2>
        <p className="hint">
          {subject.kind === 'hotspot'
            ? `GRIP hotspot ${subject.hotspotId}${plan.hotspotSetVersion ? `, hotspot set ${plan.hotspotSetVersion}` : ', the set in use'}`
            : 'A drawn area'}
          {`. Created ${plan.createdIso.slice(0, 10)}, last changed ${plan.updatedIso.slice(0, 10)}.`}
        </p>
        {subject.kind === 'area' && (
          <PlanTextField
            label="Area name"
            limit="short"
            value={subject.name}
            onChange={(name) => change({ ...plan, subject: { ...subject, name } })}
          />
        )}
      </header>

      {'errors' in problems && (
        <div className="plan-problems" role="status">
          <p>This plan cannot be saved until these are put right:</p>
          <ul>
            {problems.errors.map((p) => (
              <li key={`${p.field}-${p.reason}`}>{p.sentence}</li>
            ))}
          </ul>
        </div>
      )}

      <PlanSection
        id={`${plan.id}-objective`}
        title="Objective"
        hint="What success looks like, stated before the work starts."
      >
        {OBJECTIVE_FIELDS.map((f) => (
          <PlanTextField
            key={f.key}
            label={f.label}
            limit={f.limit}
            value={plan.objective[f.key]}
            onChange={(v) => change({ ...plan, objective: { ...plan.objective, [f.key]: v } })}
          />
        ))}
      </PlanSection>

      <PlanSection id={`${plan.id}-scanning`} title="Scanning" hint="The problem, and how it came to attention.">
        {SCANNING_FIELDS.map((f) => (
          <PlanTextField
            key={f.key}
            label={f.label}
            limit={f.limit}
            value={plan.scanning[f.key]}
            onChange={(v) => change({ ...plan, scanning: { ...plan.scanning, [f.key]: v } })}
          />
        ))}
        <SnapshotView snapshot={plan.scanning.snapshot} onRefresh={props.onRefreshSnapshot} />
      </PlanSection>

      <PlanSection
        id={`${plan.id}-analysis`}
        title="Analysis"
        hint="The problem analysis triangle: offender, victim and place, and who can control each; then where, when, how and why."
      >
        <div className="plan-triangle">
          {ANALYSIS_FIELDS.map((f) => (
            <PlanTextField
              key={f.key}
              label={f.label}
              limit={f.limit}
              value={plan.analysis[f.key as keyof PlanAnalysis]}
              onChange={(v) => change({ ...plan, analysis: { ...plan.analysis, [f.key]: v } })}
            />
          ))}
        </div>
      </PlanSection>

      <PlanSection id={`${plan.id}-response`} title="Response" hint="What each partner will do, by prevention tier.">
        <ActionsTable
          actions={plan.response.actions}
          onAdd={() => change(addAction(plan, newAction(newId())))}
          onChange={(id, patch) => change(updateAction(plan, id, patch))}
          onRemove={(id) => change(removeAction(plan, id))}
          onPlace={props.onPlaceAction}
        />
      </PlanSection>

      <PlanSection
        id={`${plan.id}-assessment`}
        title="Assessment"
        hint="The measures that will show whether the response worked, each with a before and an after period."
      >
        <MeasuresList
          measures={plan.assessment.measures}
          actions={plan.response.actions}
          crimeTypes={props.crimeTypes ?? []}
          onAdd={() => {
            const { before, after } = measurePeriodsAround(now().slice(0, 7));
            change(addMeasure(plan, newMeasure(before, after, newId())));
          }}
          onChange={changeMeasure}
          onRemove={(id) => change(removeMeasure(plan, id))}
          figures={props.measureFigures}
        />
        <PlanTextField
          label="Assessment notes"
          limit="long"
          value={plan.assessment.notes}
          onChange={(notes) => change({ ...plan, assessment: { ...plan.assessment, notes } })}
        />
      </PlanSection>

      <footer>
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete this plan
        </button>
      </footer>
    </article>
  );
}
