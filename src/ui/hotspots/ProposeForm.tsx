import { useState } from 'react';
import {
  DEFAULT_PROPOSAL_CRIME_TYPES,
  DEFAULT_PROPOSAL_OPTIONS,
  type HotspotSelectionRequest,
  type ProposalOptions,
} from '../../analysis/hotspot-proposal';

interface ProposeFormProps {
  selection: HotspotSelectionRequest;
  onSelection: (selection: HotspotSelectionRequest) => void;
  /** Every crime type loaded, for the type choice. */
  crimeTypes: string[];
  busy: boolean;
  lockedCount: number;
  onPropose: (options: Partial<ProposalOptions>) => void;
}

const AREAS = [
  ['city', 'Leicester city'],
  ['county', 'Leicestershire county'],
  ['rutland', 'Rutland'],
] as const;

/** The proposal's choices, with the defaults practice gives (docs/hotspot-proposal.md). */
export function ProposeForm({ selection, onSelection, crimeTypes, busy, lockedCount, onPropose }: ProposeFormProps) {
  const [n, setN] = useState(DEFAULT_PROPOSAL_OPTIONS.n);
  const [rankBy, setRankBy] = useState(DEFAULT_PROPOSAL_OPTIONS.rankBy);
  const [maxRadiusM, setMaxRadius] = useState(DEFAULT_PROPOSAL_OPTIONS.maxRadiusM);
  const [minSeparationM, setMinSeparation] = useState(DEFAULT_PROPOSAL_OPTIONS.minSeparationM);
  const [minCrimes, setMinCrimes] = useState(0);
  const [minimum, setMinimum] = useState<Record<string, number>>({});
  const types = selection.crimeTypes ?? DEFAULT_PROPOSAL_CRIME_TYPES;
  const toggleType = (type: string) =>
    onSelection({
      ...selection,
      crimeTypes: types.includes(type) ? types.filter((t) => t !== type) : [...types, type],
    });
  const number = (label: string, value: number, set: (v: number) => void, name: string, step = 1) => (
    <label className="propose-number">
      {label}
      <input
        type="number"
        name={name}
        min={0}
        step={step}
        value={value}
        onChange={(e) => set(Number(e.target.value))}
      />
    </label>
  );
  const quotas = Object.values(minimum).some((v) => v > 0) ? { by: 'area' as const, minimum } : null;
  return (
    <form
      className="propose-form"
      aria-label="Propose GRIP hotspots"
      onSubmit={(e) => {
        e.preventDefault();
        onPropose({ n, rankBy, maxRadiusM, minSeparationM, minCrimes, quotas });
      }}
    >
      <div className="propose-grid">
        {number('Hotspots (N)', n, setN, 'n')}
        {number('Max radius (m)', maxRadiusM, setMaxRadius, 'maxRadiusM', 10)}
        {number('Min. between centres (m)', minSeparationM, setMinSeparation, 'minSeparationM', 50)}
        {number('Min. crimes each', minCrimes, setMinCrimes, 'minCrimes')}
        <label className="propose-number">
          From
          <input
            type="month"
            name="proposeFrom"
            value={selection.fromMonth ?? ''}
            onChange={(e) => onSelection({ ...selection, fromMonth: e.target.value || null })}
          />
        </label>
        <label className="propose-number">
          To
          <input
            type="month"
            name="proposeTo"
            value={selection.toMonth ?? ''}
            onChange={(e) => onSelection({ ...selection, toMonth: e.target.value || null })}
          />
        </label>
      </div>
      <p className="hint">Months left empty: the latest 12 months loaded.</p>
      <fieldset className="propose-rank">
        <legend>Rank places by</legend>
        <label className="check-option">
          <input type="radio" name="rankBy" checked={rankBy === 'harm'} onChange={() => setRankBy('harm')} />
          harm (the harm weights above)
        </label>
        <label className="check-option">
          <input type="radio" name="rankBy" checked={rankBy === 'count'} onChange={() => setRankBy('count')} />
          count of crimes
        </label>
      </fieldset>
      <details>
        <summary>Crime types ({types.length})</summary>
        {[...new Set([...crimeTypes, ...DEFAULT_PROPOSAL_CRIME_TYPES])].sort().map((type) => (
          <label key={type} className="check-option">
            <input
              type="checkbox"
              name="proposeType"
              value={type}
              checked={types.includes(type)}
              onChange={() => toggleType(type)}
            />
            {type}
          </label>
        ))}
      </details>
      <details>
        <summary>Places reserved per area</summary>
        <p className="hint">At least this many hotspots in each area (0: no reservation).</p>
        {AREAS.map(([key, label]) =>
          number(label, minimum[key] ?? 0, (v) => setMinimum({ ...minimum, [key]: v }), `minimum-${key}`),
        )}
      </details>
      <button type="submit" className="primary" disabled={busy || types.length === 0}>
        Propose {n} hotspots
      </button>
      {lockedCount > 0 && (
        <p className="hint">{lockedCount} locked hotspots are kept as they are and count towards N.</p>
      )}
    </form>
  );
}
