import type { PlaybackStep, PlaybackUnit } from '../analysis/playback';
import { stepLabel } from '../analysis/playback';
import './playback-bar.css';

interface PlaybackBarProps {
  step: PlaybackStep | null;
  index: number;
  stepCount: number;
  playing: boolean;
  unit: PlaybackUnit;
  /** Weeks and days need crimes with dates (force exports, the demo); police.uk files carry only months. */
  canStepDays: boolean;
  intervalMs: number;
  speeds: readonly number[];
  loop: boolean;
  onPlay: () => void;
  onPause: () => void;
  onBack: () => void;
  onForward: () => void;
  onStop: () => void;
  onUnit: (unit: PlaybackUnit) => void;
  onInterval: (ms: number) => void;
  onLoop: (loop: boolean) => void;
}

const UNITS: { unit: PlaybackUnit; label: string }[] = [
  { unit: 'month', label: 'Month' },
  { unit: 'week', label: 'Week' },
  { unit: 'day', label: 'Day' },
];

/** Time playback over the map: the hexes, statistics and charts follow the step shown. */
export function PlaybackBar(props: PlaybackBarProps) {
  const { step, playing } = props;
  return (
    <div className="playback-bar" role="group" aria-label="Time playback" data-testid="playback">
      <button type="button" onClick={props.onBack}>
        ◀ Previous
      </button>
      {playing ? (
        <button type="button" onClick={props.onPause} data-testid="pause">
          Pause
        </button>
      ) : (
        <button type="button" onClick={props.onPlay} data-testid="play">
          ▶ Play
        </button>
      )}
      <button type="button" onClick={props.onForward}>
        Next ▶
      </button>
      <output className="playback-step" aria-live="polite" data-testid="playback-step">
        {step ? `${stepLabel(step)} (${props.index + 1} of ${props.stepCount})` : 'Whole period'}
      </output>
      <label>
        Step
        <select value={props.unit} onChange={(e) => props.onUnit(e.target.value as PlaybackUnit)}>
          {UNITS.filter((u) => u.unit === 'month' || props.canStepDays).map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Speed
        <select value={props.intervalMs} onChange={(e) => props.onInterval(Number(e.target.value))}>
          {props.speeds.map((ms) => (
            <option key={ms} value={ms}>{`${1000 / ms} step${ms === 1000 ? '' : 's'}/s`}</option>
          ))}
        </select>
      </label>
      <label className="playback-loop">
        <input type="checkbox" checked={props.loop} onChange={(e) => props.onLoop(e.target.checked)} />
        Loop
      </label>
      {step && (
        <button type="button" onClick={props.onStop} className="playback-stop">
          Whole period
        </button>
      )}
    </div>
  );
}
