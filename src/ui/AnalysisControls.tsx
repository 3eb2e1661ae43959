import type { MapMode, MapSettings } from '../map/map-settings';

interface AnalysisControlsProps {
  settings: MapSettings;
  info: { ms: number; studyCellCount: number; steps?: number } | null;
  busy: boolean;
  onChange: (settings: MapSettings) => void;
}

const MODES: { mode: MapMode; label: string; hint: string }[] = [
  { mode: 'counts', label: 'Crime per hex', hint: 'how much crime (or harm) each hex holds' },
  { mode: 'gi', label: 'Hot spots (Gi*)', hint: 'clusters of high or low crime that are unlikely to be chance' },
  { mode: 'emerging', label: 'Emerging hot spots', hint: 'how each cluster has changed month by month' },
];

export function AnalysisControls({ settings, info, busy, onChange }: AnalysisControlsProps) {
  return (
    <fieldset className="analysis-controls">
      <legend>Map shows</legend>
      {MODES.map((m) => (
        <label key={m.mode} className="mode-option">
          <input
            type="radio"
            name="mode"
            value={m.mode}
            checked={settings.mode === m.mode}
            onChange={() => onChange({ ...settings, mode: m.mode })}
          />
          <span>
            <strong>{m.label}</strong> <span className="hint">— {m.hint}</span>
          </span>
        </label>
      ))}
      <label className="check-option">
        <input
          type="checkbox"
          name="harm"
          checked={settings.harm}
          onChange={(e) => onChange({ ...settings, harm: e.target.checked })}
        />
        Weight by harm (sentence-equivalent days)
      </label>
      {settings.mode !== 'counts' && (
        <label className="check-option">
          <input
            type="checkbox"
            name="fdr"
            checked={settings.fdr}
            onChange={(e) => onChange({ ...settings, fdr: e.target.checked })}
          />
          Correct for many tests (false discovery rate)
        </label>
      )}
      {settings.mode !== 'counts' && (
        <p className="hint" data-testid="statistics-info">
          {busy
            ? 'Computing in the background…'
            : info
              ? `${info.studyCellCount.toLocaleString('en-GB')} hexes across LLR${info.steps ? ` × ${info.steps} months` : ''}, computed in ${info.ms.toLocaleString('en-GB')} ms.`
              : ''}
        </p>
      )}
    </fieldset>
  );
}
