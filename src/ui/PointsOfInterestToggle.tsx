import { POI_FAMILIES } from '../map/poi-layer';

interface PointsOfInterestToggleProps {
  on: boolean;
  onChange: (on: boolean) => void;
  /** How many points are drawn, once loaded. */
  count: number | null;
  /** Why the points could not be loaded. */
  problem: string | null;
}

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r} ${g} ${b})`;

/** The optional "risky facilities" layer (off by default) and, when on, what its four colours mean. */
export function PointsOfInterestToggle({ on, onChange, count, problem }: PointsOfInterestToggleProps) {
  return (
    <fieldset className="analysis-controls" data-testid="points-of-interest">
      <legend>Streets and places</legend>
      <label className="tier-option">
        <input type="checkbox" name="pointsOfInterest" checked={on} onChange={(e) => onChange(e.target.checked)} />
        <span>
          <strong>Points of interest</strong> — pubs, takeaways, stations, schools (OpenStreetMap, 2021)
          {on && count !== null && (
            <span className="hint"> · {count.toLocaleString('en-GB')} shown; hover for names</span>
          )}
        </span>
      </label>
      {on && problem && <p role="alert">Points of interest could not be loaded: {problem}</p>}
      {on && (
        <ul className="poi-families">
          {POI_FAMILIES.map((family) => (
            <li key={family.id}>
              <span className="poi-dot" style={{ background: rgb(family.colour) }} aria-hidden="true" />
              {family.label}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">Search streets and places with the box at the top (type, arrow keys, Enter).</p>
    </fieldset>
  );
}
