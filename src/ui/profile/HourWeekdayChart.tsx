import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { hoursOf } from '../../analysis/crime-filter';
import { bandLayoutOf } from './band-layout';
import { useBandBrush, type ChartBands } from './use-band-brush';

export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

interface HourWeekdayChartProps {
  /** [weekday 0 = Monday … 6][hour 0 … 23] crimes. */
  grid: number[][];
  hours: [number, number] | null;
  weekdays: number[] | null;
  onBrush: (hours: [number, number], weekdays: number[]) => void;
  caption: string;
}

interface Cell {
  hour: number;
  weekday: string;
  crimes: number;
  chosen: boolean;
}

/**
 * When crime happens: crimes per hour and day of the week (from `occurred_at`), darker for more. Drag across cells to
 * choose hours and days; the chosen block stays at full strength, the rest fades.
 */
export function HourWeekdayChart({ grid, hours, weekdays, onBrush, caption }: HourWeekdayChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const layout = useRef<ChartBands | null>(null);
  const brush = useBandBrush(
    () => layout.current,
    ({ x, y }) => onBrush([x[0], x[1]], y ? Array.from({ length: y[1] - y[0] + 1 }, (_, i) => y[0] + i) : []),
  );
  const drag = brush.dragging;
  const chosenHours = drag ? hoursOf(drag.x) : hours ? hoursOf(hours) : HOURS;
  const chosenDays = drag?.y ? [drag.y[0], drag.y[1]] : null;
  const dayChosen = (d: number) =>
    chosenDays ? d >= chosenDays[0] && d <= chosenDays[1] : weekdays ? weekdays.includes(d) : true;
  const key = `${chosenHours.join(',')}|${[0, 1, 2, 3, 4, 5, 6].map(dayChosen).join(',')}`;
  useEffect(() => {
    if (!holder.current) return;
    const picked = new Set(key.split('|')[0].split(',').map(Number));
    const days = key.split('|')[1].split(',');
    const cells: Cell[] = grid.flatMap((row, d) =>
      row.map((crimes, hour) => ({
        hour,
        weekday: WEEKDAY_LABELS[d],
        crimes,
        chosen: picked.has(hour) && days[d] === 'true',
      })),
    );
    const chart = Plot.plot({
      width: 320,
      height: 170,
      marginLeft: 34,
      marginBottom: 28,
      padding: 0.04,
      style: { fontSize: '11px', background: 'transparent' },
      x: { label: 'hour of day →', domain: HOURS, ticks: [0, 3, 6, 9, 12, 15, 18, 21] },
      y: { label: null, domain: WEEKDAY_LABELS },
      color: { type: 'sqrt', scheme: 'blues', zero: true },
      marks: [
        Plot.cell(cells, {
          x: 'hour',
          y: 'weekday',
          fill: 'crimes',
          fillOpacity: (c: Cell) => (c.chosen ? 1 : 0.25),
          inset: 0.5,
        }),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    const x = bandLayoutOf(chart, 'x', HOURS);
    const y = bandLayoutOf(chart, 'y', WEEKDAY_LABELS);
    layout.current = x && y ? { x, y } : null;
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [grid, key]);
  return (
    <figure className="profile-chart">
      <div ref={holder} className="brushable" data-testid="hour-chart" {...brush.handlers} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
