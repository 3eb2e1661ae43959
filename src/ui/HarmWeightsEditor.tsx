import { HARM_WEIGHT_RULE_IN_WORDS, HARM_WEIGHT_SOURCES_IN_WORDS } from '../analysis/harm-weight-derivation';

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
        Defaults come from published figures (below); edit them to suit local priorities. Changes are kept in this
        browser.
      </p>
      <details className="harm-weight-sources">
        <summary>Where the default weights come from</summary>
        <ul>
          {HARM_WEIGHT_SOURCES_IN_WORDS.map((s) => (
            <li key={s.url}>
              {s.what}: <cite>{s.source}</cite> ({s.url})
            </li>
          ))}
        </ul>
        <p>{HARM_WEIGHT_RULE_IN_WORDS}</p>
      </details>
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
