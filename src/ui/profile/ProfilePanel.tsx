import type { CubeRow } from '../../analysis/crime-cube';
import type { HotspotProfile } from '../../analysis/hotspot-profile';
import { HourWeekdayChart } from './HourWeekdayChart';
import { MonthTrendChart } from './MonthTrendChart';
import { PlaceFacts, ProfileFigures, type NearbyPlace } from './ProfileFigures';
import { hoursText } from './profile-sentences';
import { TypeMixChart, type TypeShare } from './TypeMixChart';
import { WEEKDAY_LABELS } from './HourWeekdayChart';
import './profile-panel.css';

export interface ProfileView {
  /** "Whole force", "H03 · Haymarket bus station, Leicester", "Hex 89195da49b7ffff", "Drawn area". */
  heading: string;
  isForce: boolean;
  /** "Jan 2024 to Dec 2025", or the playback step. */
  period: string;
  profile: HotspotProfile;
  types: TypeShare[];
  months: { monthIso: string; crimes: number }[];
  /** null: the data carry only months (police.uk). */
  grid: number[][] | null;
  busiestPlaces: { place: string; crimes: number }[] | null;
  nearby: NearbyPlace[] | null;
  patrol?: { visits: number; minutes: number } | null;
  /** The selection's cube (every month loaded): a plan's assessment measures are counted from it. */
  cube: CubeRow[];
}

interface ProfilePanelProps {
  view: ProfileView | null;
  busy: boolean;
  /** What failed to compute, in words. */
  problem?: string | null;
  chosenMonths: [string, string] | null;
  hours: [number, number] | undefined;
  weekdays: number[] | undefined;
  onMonths: (fromMonth: string | null, toMonth: string | null) => void;
  onHours: (hours: [number, number] | undefined, weekdays: number[] | undefined) => void;
  onPickType: (crimeType: string) => void;
  onClearSelection: () => void;
  onClose: () => void;
}

const HOUR_OPTIONS = Array.from({ length: 24 }, (_, h) => h);

/**
 * The profile beside the map: what the selection (or the whole force) holds, when and how it is changing, with charts
 * that filter the map and each other. Brushing a chart edits the app's filter, which the URL carries.
 */
export function ProfilePanel(props: ProfilePanelProps) {
  const { view, busy, hours, weekdays, problem } = props;
  if (!view)
    return problem ? (
      <section className="profile-panel" aria-label="Profile" data-testid="profile-panel">
        <p role="alert">{problem}</p>
      </section>
    ) : null;
  const days = weekdays?.map((d) => WEEKDAY_LABELS[d]).join(', ') ?? 'every day';
  return (
    <section className="profile-panel" aria-labelledby="profile-heading" data-testid="profile-panel" data-busy={busy}>
      <header>
        <h2 id="profile-heading">{view.heading}</h2>
        <button type="button" className="close" aria-label="Close the profile" onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className="profile-period">
        {view.period} · {hoursText(hours)} · {days}
        {!view.isForce && (
          <button type="button" className="link" onClick={props.onClearSelection}>
            Whole force
          </button>
        )}
      </p>
      {problem && <p role="alert">{problem}</p>}
      <ProfileFigures profile={view.profile} isForce={view.isForce} />
      <h3>Crime mix</h3>
      <TypeMixChart
        types={view.types}
        onPick={props.onPickType}
        caption="Bars: share of these crimes by type; black ticks: the whole force's share. Click a type to show only it."
      />
      <h3>Month by month</h3>
      <MonthTrendChart
        months={view.months}
        chosen={props.chosenMonths}
        onBrush={(from, to) => props.onMonths(from, to)}
        caption="Drag across months to filter the map and the other charts."
      />
      {props.chosenMonths && (
        <button type="button" className="link" onClick={() => props.onMonths(null, null)}>
          All months
        </button>
      )}
      <h3>Hour and day of the week</h3>
      {view.grid ? (
        <>
          <HourWeekdayChart
            grid={view.grid}
            hours={hours ?? null}
            weekdays={weekdays ?? null}
            onBrush={(h, d) => props.onHours(h, d.length === 7 ? undefined : d)}
            caption="Drag across hours and days to filter the map and the other charts."
          />
          <HourPicker hours={hours} onHours={(h) => props.onHours(h, weekdays)} />
          <WeekdayPicker weekdays={weekdays} onWeekdays={(d) => props.onHours(hours, d)} />
        </>
      ) : (
        <p className="profile-note" data-testid="no-times">
          These crimes carry only a month (data.police.uk publishes no dates or times), so there is no hour and day
          grid. Load a force export with offence times to see when crime happens.
        </p>
      )}
      {!view.isForce && (
        <>
          <h3>The place</h3>
          <PlaceFacts busiestPlaces={view.busiestPlaces} nearby={view.nearby} patrol={view.patrol} />
        </>
      )}
    </section>
  );
}

/** The hour brush by keyboard: two selects, first and last hour. */
function HourPicker({
  hours,
  onHours,
}: {
  hours: [number, number] | undefined;
  onHours: (h?: [number, number]) => void;
}) {
  const [from, to] = hours ?? [0, 23];
  return (
    <div className="hour-picker">
      <label>
        From
        <select value={from} onChange={(e) => onHours([Number(e.target.value), to])}>
          {HOUR_OPTIONS.map((h) => (
            <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
          ))}
        </select>
      </label>
      <label>
        to
        <select value={to} onChange={(e) => onHours([from, Number(e.target.value)])}>
          {HOUR_OPTIONS.map((h) => (
            <option key={h} value={h}>{`${String(h).padStart(2, '0')}:59`}</option>
          ))}
        </select>
      </label>
      {hours && (
        <button type="button" className="link" onClick={() => onHours(undefined)}>
          All day
        </button>
      )}
    </div>
  );
}

/** The weekday brush by keyboard: a box a day; all or none ticked means every day. */
function WeekdayPicker({
  weekdays,
  onWeekdays,
}: {
  weekdays: number[] | undefined;
  onWeekdays: (d?: number[]) => void;
}) {
  const chosen = new Set(weekdays ?? []);
  const toggle = (day: number) => {
    const next = new Set(chosen);
    if (next.has(day)) next.delete(day);
    else next.add(day);
    onWeekdays(next.size === 0 || next.size === 7 ? undefined : [...next].sort());
  };
  return (
    <fieldset className="weekday-picker">
      <legend>Days</legend>
      {WEEKDAY_LABELS.map((label, day) => (
        <label key={label}>
          <input type="checkbox" checked={chosen.has(day)} onChange={() => toggle(day)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
