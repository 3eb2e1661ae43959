import { useEffect, useRef, type MouseEvent } from 'react';
import * as Plot from '@observablehq/plot';
import { bandAt, type BandLayout } from './band-brush';
import { bandLayoutOf } from './band-layout';

export interface TypeShare {
  crimeType: string;
  crimes: number;
  /** Share of the selection's crimes, 0–1. */
  share: number;
  /** The same type's share of the whole force's crimes under the same filter, 0–1. */
  forceShare: number;
  chosen: boolean;
}

interface TypeMixChartProps {
  types: TypeShare[];
  /** A click on a type's bar: the map and the other charts then show that type (again: all types). */
  onPick: (crimeType: string) => void;
  caption: string;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

/** The selection's crime mix, each type's share as a bar and the force-wide share as a black tick beside it. */
export function TypeMixChart({ types, onPick, caption }: TypeMixChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const layout = useRef<BandLayout | null>(null);
  useEffect(() => {
    if (!holder.current || types.length === 0) return;
    const domain = types.map((t) => t.crimeType);
    const chart = Plot.plot({
      width: 320,
      height: 26 + 19 * types.length,
      marginLeft: 150,
      marginRight: 44,
      marginTop: 22,
      style: { fontSize: '11px', background: 'transparent' },
      x: { label: null, axis: 'top', grid: true, zero: true, ticks: 3, tickFormat: (p: number) => `${p}%` },
      y: { label: null, domain, tickFormat: (t: string) => (t.length > 22 ? `${t.slice(0, 20)}…` : t) },
      marks: [
        Plot.barX(types, {
          y: 'crimeType',
          x: (t: TypeShare) => percent(t.share),
          fill: (t: TypeShare) => (t.chosen ? '#0b5394' : '#c5cdd8'),
          insetTop: 2,
          insetBottom: 2,
        }),
        Plot.tickX(types, {
          y: 'crimeType',
          x: (t: TypeShare) => percent(t.forceShare),
          stroke: '#1f2630',
          strokeWidth: 2,
        }),
        Plot.text(types, {
          y: 'crimeType',
          x: (t: TypeShare) => Math.max(percent(t.share), percent(t.forceShare)),
          text: (t: TypeShare) => String(t.crimes),
          dx: 4,
          textAnchor: 'start',
          fill: '#1f2630',
        }),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    layout.current = bandLayoutOf(chart, 'y', domain);
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [types]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!layout.current) return;
    const box = event.currentTarget.getBoundingClientRect();
    const picked = types[bandAt(layout.current, event.clientY - box.top)];
    if (picked) onPick(picked.crimeType);
  };
  return (
    <figure className="profile-chart">
      <div ref={holder} className="clickable" data-testid="type-chart" onClick={onClick} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
