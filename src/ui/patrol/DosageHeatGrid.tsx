import type { HotspotDayDosage } from '../../analysis/patrol/dosage';
import { addDays, weekdayOf } from '../../analysis/patrol/schedule-days';

const CELL = 6;
const GAP = 1;
// A light-to-dark blue ramp (ColorBrewer Blues): 0 minutes is a pale grey, so an unpatrolled day still shows.
const RAMP = ['#eef0f3', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
const STEPS = [0, 5, 15, 30];

const shade = (minutes: number) => RAMP[STEPS.filter((s) => minutes > s).length];

interface DosageHeatGridProps {
  hotspotId: string;
  days: HotspotDayDosage[];
  fromIso: string;
  toIso: string;
}

/** A hotspot's patrol-minutes per patrol day, a week per column, Monday at the top (a calendar heat grid). */
export function DosageHeatGrid({ hotspotId, days, fromIso, toIso }: DosageHeatGridProps) {
  const minutes = new Map(days.filter((d) => d.hotspotId === hotspotId).map((d) => [d.dayIso, d.patrolMinutes]));
  const first = addDays(fromIso, -weekdayOf(fromIso));
  const cells: { dayIso: string; x: number; y: number; minutes: number }[] = [];
  for (let day = first, i = 0; day <= toIso; day = addDays(day, 1), i++) {
    if (day < fromIso) continue;
    cells.push({ dayIso: day, x: Math.floor(i / 7), y: i % 7, minutes: minutes.get(day) ?? 0 });
  }
  const weeks = (cells[cells.length - 1]?.x ?? 0) + 1;
  const patrolled = cells.filter((c) => c.minutes > 0).length;
  const total = cells.reduce((s, c) => s + c.minutes, 0);
  return (
    <figure className="dosage-heat-grid" data-testid="dosage-heat-grid" tabIndex={0}>
      <svg
        width={weeks * (CELL + GAP)}
        height={7 * (CELL + GAP)}
        role="img"
        aria-label={`${hotspotId}: patrol-minutes per day from ${fromIso} to ${toIso}; ${patrolled} of ${cells.length} days patrolled, ${Math.round(total)} minutes in all.`}
      >
        {cells.map((c) => (
          <rect
            key={c.dayIso}
            x={c.x * (CELL + GAP)}
            y={c.y * (CELL + GAP)}
            width={CELL}
            height={CELL}
            fill={shade(c.minutes)}
          >
            <title>{`${c.dayIso}: ${Math.round(c.minutes)} min`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="hint">
        Patrol-minutes a day, weeks left to right, Monday at the top:{' '}
        {RAMP.map((colour, i) => (
          <span key={colour} className="heat-key">
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {i === 0 ? '0' : i === RAMP.length - 1 ? `>${STEPS[i - 1]}` : `${STEPS[i - 1]}–${STEPS[i]}`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
