import { DosageTab } from './DosageTab';
import { EvaluationTab } from './EvaluationTab';
import type { PatrolPanelProps, PatrolPart } from './patrol-view';
import { PlanTab } from './PlanTab';
import './patrol.css';

/**
 * Issue 17 in one side-panel section: plan a randomised schedule, prove the patrols happened (GPS dosage), show
 * whether they worked (patrol against control days). Each part folds away; all three start folded.
 */
export function PatrolPanel({ onToggle, plan, dosage, evaluation }: PatrolPanelProps) {
  const toggled = (part: PatrolPart) => (e: React.SyntheticEvent<HTMLDetailsElement>) =>
    onToggle(part, e.currentTarget.open);
  return (
    <section className="patrol-panel hotspot-panel" aria-labelledby="patrol-heading">
      <h2 id="patrol-heading">GRIP patrols</h2>
      <details className="patrol-part" data-testid="patrol-plan" onToggle={toggled('plan')}>
        <summary>Patrol plan</summary>
        <PlanTab plan={plan} />
      </details>
      <details className="patrol-part" data-testid="patrol-dosage" onToggle={toggled('dosage')}>
        <summary>Patrol dosage</summary>
        <DosageTab view={dosage} />
      </details>
      <details className="patrol-part" data-testid="patrol-results" onToggle={toggled('evaluation')}>
        <summary>Evaluation</summary>
        <EvaluationTab view={evaluation} />
      </details>
    </section>
  );
}
