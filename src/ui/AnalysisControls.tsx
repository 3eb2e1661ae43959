import type { MapMode, MapSettings } from '../map/map-settings';
import { StudyAreaControls } from './StudyAreaControls';

/** What a statistic was computed over, as the engine says it. */
export interface StatisticsInfo {
  ms: number;
  studyCellCount: number;
  steps?: number;
  studyAreaLabel: string;
  neighbourhoodLabel: string;
  /** Why an automatic distance band is the distance it is. */
  neighbourhoodReason?: string;
  permutations?: number;
}

interface AnalysisControlsProps {
  settings: MapSettings;
  info: StatisticsInfo | null;
  busy: boolean;
  onChange: (settings: MapSettings) => void;
  currentView: () => [number, number, number, number] | null;
  onDrawArea: () => void;
  drawingArea: boolean;
}

const n = (value: number) => value.toLocaleString('en-GB');

function infoText(info: StatisticsInfo): string {
  const months = info.steps ? ` × ${info.steps} months` : '';
  const permutations = info.permutations ? `, ${n(info.permutations)} permutations` : '';
  const reason = info.neighbourhoodReason ? ` (${info.neighbourhoodReason})` : '';
  return (
    `${n(info.studyCellCount)} hexes in ${info.studyAreaLabel}${months}; neighbours: ${info.neighbourhoodLabel}` +
    `${reason}${permutations}; computed in ${n(info.ms)} ms.`
  );
}

const MODES: { mode: MapMode; label: string; hint: string }[] = [
  { mode: 'counts', label: 'Crime per hex', hint: 'how much crime (or harm) each hex holds' },
  { mode: 'gi', label: 'Hot spots (Gi*)', hint: 'clusters of high or low crime that are unlikely to be chance' },
  { mode: 'emerging', label: 'Emerging hot spots', hint: 'how each cluster has changed month by month' },
  {
    mode: 'clusters',
    label: "Clusters and outliers (local Moran's I)",
    hint: 'high among high, low among low, and hexes unlike their neighbours',
  },
];

export function AnalysisControls(props: AnalysisControlsProps) {
  const { settings, info, busy, onChange, currentView, onDrawArea, drawingArea } = props;
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
        <StudyAreaControls
          studyArea={settings.studyArea}
          neighbourhood={settings.neighbourhood}
          onChange={(change) => onChange({ ...settings, ...change })}
          currentView={currentView}
          onDrawArea={onDrawArea}
          drawingArea={drawingArea}
        />
      )}
      {settings.mode !== 'counts' && (
        <p className="hint" data-testid="statistics-info">
          {busy ? 'Computing in the background…' : info ? infoText(info) : ''}
        </p>
      )}
    </fieldset>
  );
}
