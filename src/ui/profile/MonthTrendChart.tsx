import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { useBandBrush, type ChartBands } from './use-band-brush';
import { bandLayoutOf } from './band-layout';

interface MonthTrendChartProps {
  months: { monthIso: string; crimes: number }[];
  /** The months the filter keeps (first and last, `YYYY-MM`); null: all. */
  chosen: [string, string] | null;
  onBrush: (fromMonth: string, toMonth: string) => void;
  caption: string;
}

const SELECTED = '#0b5394';
const OTHER = '#c5cdd8';
const WIDTH = 320;

/**
 * Crimes per month of the selection, every month loaded (crossfilter: the month brush does not filter its own chart),
 * the brushed months in blue. Press and drag across months to choose them; the month inputs do the same by keyboard.
 */
export function MonthTrendChart({ months, chosen, onBrush, caption }: MonthTrendChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const layout = useRef<ChartBands | null>(null);
  const ids = months.map((m) => m.monthIso);
  const brush = useBandBrush(
    () => layout.current,
    ({ x: [i, j] }) => onBrush(ids[i], ids[j]),
  );
  const dragged = brush.dragging ? [ids[brush.dragging.x[0]], ids[brush.dragging.x[1]]] : null;
  const [from, to] = dragged ?? chosen ?? [ids[0], ids[ids.length - 1]];
  useEffect(() => {
    if (!holder.current || months.length === 0) return;
    const every = Math.max(1, Math.ceil(months.length / 8));
    const chart = Plot.plot({
      width: WIDTH,
      height: 150,
      marginLeft: 40,
      marginBottom: 30,
      style: { fontSize: '11px', background: 'transparent' },
      x: {
        label: null,
        domain: months.map((m) => m.monthIso),
        ticks: months.filter((_, i) => i % every === 0).map((m) => m.monthIso),
        tickFormat: (m: string) => `${m.slice(5)}/${m.slice(2, 4)}`,
        padding: 0.15,
      },
      y: { label: '↑ crimes', grid: true, zero: true },
      marks: [
        Plot.barY(months, {
          x: 'monthIso',
          y: 'crimes',
          fill: (m: { monthIso: string }) => (m.monthIso >= from && m.monthIso <= to ? SELECTED : OTHER),
        }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    const x = bandLayoutOf(chart, 'x', ids);
    layout.current = x ? { x } : null;
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [months, from, to]);
  return (
    <figure className="profile-chart">
      <div ref={holder} className="brushable" data-testid="month-chart" {...brush.handlers} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
