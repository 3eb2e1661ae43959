interface HarmWeightsEditorProps {
  weights: Record<string, number>;
  defaults: Record<string, number>;
  onChange: (weights: Record<string, number>) => void;
}

/** Edit the harm weight of each crime type; changes are saved in this browser and re-weight every map at once. */
export function HarmWeightsEditor({ weights, defaults, onChange }: HarmWeightsEditorProps) {
  return (
    <details className="harm-weights">
      <summary>Harm weights (days)</summary>
      <p className="hint">
        Defaults follow the ONS Crime Severity Score method (approximate; see README). Edit to suit local priorities.
      </p>
      <table>
        <tbody>
          {Object.keys(defaults).map((type) => (
            <tr key={type}>
              <td>{type}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  step={1}
                  aria-label={`Harm weight for ${type}`}
                  value={weights[type] ?? 0}
                  onChange={(e) => onChange({ ...weights, [type]: Math.max(0, Number(e.target.value) || 0) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="link" onClick={() => onChange({ ...defaults })}>
        Reset to defaults
      </button>
    </details>
  );
}
