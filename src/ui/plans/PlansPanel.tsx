import { useState } from 'react';
import type { ImportMode } from '../../plans/plan-file';
import type { PlanProblem } from '../../plans/plan-problems';
import type { PlanListRow } from '../../plans/plan-summary';
import './plans-panel.css';

/** One export the panel offers: a button that writes a file. */
export interface ExportChoice {
  id: string;
  label: string;
  /** Why it is not offered now ("select a hotspot first"); null when it is. */
  unavailable: string | null;
  run: () => Promise<string>;
}

export interface PlansPanelProps {
  rows: PlanListRow[];
  openId: string | null;
  onOpen: (planId: string) => void;
  onExportPlans: () => void;
  /** The import's one-sentence summary, or its problems (nothing was changed). */
  onImport: (text: string, mode: ImportMode) => Promise<{ sentence: string } | { errors: PlanProblem[] }>;
  exports: ExportChoice[];
  /** Records the store could not read, or a write it refused. */
  problems: PlanProblem[];
  /** Plan actions drawn on the map (those with a place whose tier is shown). */
  placedActions: number;
}

const STATUS_TEXT: Record<PlanListRow['status'], string> = {
  'no actions': 'No actions yet',
  open: 'Open',
  overdue: 'Overdue',
  'all done': 'All done',
};

function dueText(row: PlanListRow): string {
  if (row.openActions === 0) return 'none open';
  const next = row.nextDueIso ? `, next ${row.nextDueIso}` : ', no dates';
  return `${row.openActions} open${next}${row.overdue > 0 ? ` (${row.overdue} overdue)` : ''}`;
}

/**
 * The side panel's plans and exports: every plan with its subject, objective, actions due and status; the plans file
 * out and in (merge or replace, every problem named by plan and field); the map, tables and records as files.
 */
export function PlansPanel(props: PlansPanelProps) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [imported, setImported] = useState<{ sentence: string } | { errors: PlanProblem[] } | null>(null);
  const [exportNote, setExportNote] = useState('');
  const read = async (file: File | undefined) => {
    if (!file) return;
    setImported(await props.onImport(await file.text(), mode));
  };
  const run = async (choice: ExportChoice) => {
    setExportNote(`Writing ${choice.label}…`);
    try {
      setExportNote(await choice.run());
    } catch (error) {
      setExportNote(`Could not write ${choice.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section className="plans-panel" aria-labelledby="plans-heading" data-placed-actions={props.placedActions}>
      <h2 id="plans-heading">Problem-solving plans</h2>
      {props.rows.length === 0 ? (
        <p className="hint">No plans yet. Select a GRIP hotspot or draw an area, then press Start a plan.</p>
      ) : (
        <table className="plans-list" data-testid="plans-list">
          <caption className="visually-hidden">Plans kept in this browser</caption>
          <thead>
            <tr>
              <th scope="col">Hotspot or area</th>
              <th scope="col">Objective</th>
              <th scope="col">Status and actions due</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id} aria-current={row.id === props.openId ? 'true' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => props.onOpen(row.id)}>
                    {row.subject}
                  </button>
                </td>
                <td className="plans-objective">{row.objective || '—'}</td>
                <td>
                  <span className="plans-status" data-status={row.status}>
                    {STATUS_TEXT[row.status]}
                  </span>
                  {dueText(row)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.problems.length > 0 && (
        <ul className="plan-problems" aria-label="Plans that could not be read or saved">
          {props.problems.map((p, i) => (
            <li key={i}>{p.sentence}</li>
          ))}
        </ul>
      )}
      <div className="plans-file">
        <button type="button" onClick={props.onExportPlans} disabled={props.rows.length === 0}>
          Export all plans
        </button>
        <fieldset>
          <legend>Import plans</legend>
          <label>
            <input type="radio" name="plan-import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            Merge (the newer copy of each plan wins)
          </label>
          <label>
            <input
              type="radio"
              name="plan-import-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            Replace all plans
          </label>
          <label className="button">
            Import plans file…
            <input
              type="file"
              name="plans-file"
              accept=".json,application/json"
              onChange={(e) => {
                void read(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
        </fieldset>
        <div role="status" data-testid="plan-import-result">
          {imported &&
            ('sentence' in imported ? (
              <p>{imported.sentence}</p>
            ) : (
              <>
                <p>Nothing was imported: the file has these problems.</p>
                <ul className="plan-problems">
                  {imported.errors.map((p, i) => (
                    <li key={i}>{p.sentence}</li>
                  ))}
                </ul>
              </>
            ))}
        </div>
      </div>
      <h3>Exports</h3>
      <ul className="plans-exports">
        {props.exports.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              data-export={choice.id}
              disabled={choice.unavailable !== null}
              title={choice.unavailable ?? undefined}
              onClick={() => void run(choice)}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint" role="status" data-testid="export-note">
        {exportNote}
      </p>
    </section>
  );
}
