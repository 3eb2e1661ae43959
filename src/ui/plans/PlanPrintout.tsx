import {
  ACTION_STATUSES,
  ACTION_TYPES,
  ANALYSIS_FIELDS,
  OBJECTIVE_FIELDS,
  SCANNING_FIELDS,
} from '../../plans/plan-tables';
import type { SaraPlan } from '../../plans/plan-types';

const tierWord = { primary: 'Primary', secondary: 'Secondary', tertiary: 'Tertiary' } as const;

/** A field list for print: empty fields are left out, so the page holds what was written. */
function Fields({ fields, values }: { fields: readonly { key: string; label: string }[]; values: object }) {
  const filled = fields.filter((f) => String((values as Record<string, unknown>)[f.key] ?? '').trim() !== '');
  if (filled.length === 0) return <p className="print-empty">Not written yet.</p>;
  return (
    <dl>
      {filled.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{String((values as Record<string, unknown>)[f.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The plan, read-only, for the printed profile: every text a person typed rendered by React as text. */
export function PlanPrintout({ plan }: { plan: SaraPlan }) {
  const actions = plan.response.actions;
  return (
    <div className="print-plan">
      <section>
        <h2>Objective</h2>
        <Fields fields={OBJECTIVE_FIELDS} values={plan.objective} />
      </section>
      <section>
        <h2>Scanning</h2>
        <Fields fields={SCANNING_FIELDS} values={plan.scanning} />
        {plan.scanning.snapshot && (
          <p>{`Data snapshot taken ${plan.scanning.snapshot.takenAtIso.slice(0, 10)}: ${plan.scanning.snapshot.crimes.toLocaleString('en-GB')} crimes.`}</p>
        )}
      </section>
      <section>
        <h2>Analysis</h2>
        <Fields fields={ANALYSIS_FIELDS} values={plan.analysis} />
      </section>
      <section>
        <h2>Response</h2>
        {actions.length === 0 ? (
          <p className="print-empty">No actions yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                {['What', 'Partner', 'Tier', 'Type', 'Owner', 'Due', 'Status', 'Place (lat, lng)'].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.what}</td>
                  <td>{a.partner}</td>
                  <td>{tierWord[a.tier]}</td>
                  <td>{ACTION_TYPES[a.type]}</td>
                  <td>{a.owner}</td>
                  <td>{a.dueIso ?? '—'}</td>
                  <td>{ACTION_STATUSES[a.status]}</td>
                  <td>{a.lngLat ? `${a.lngLat[1].toFixed(5)}, ${a.lngLat[0].toFixed(5)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2>Assessment</h2>
        <p>{`${plan.assessment.measures.length} measure${plan.assessment.measures.length === 1 ? '' : 's'} chosen.`}</p>
        {plan.assessment.notes && <p>{plan.assessment.notes}</p>}
      </section>
    </div>
  );
}
