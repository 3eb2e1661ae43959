import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import type { CoveragePoint } from '../../analysis/hotspot-proposal';

interface CoverageChartProps {
  coverage: CoveragePoint[];
  /** The chosen N, marked on the curve. */
  chosen: CoveragePoint;
  by: 'harm' | 'count';
}

const percent = (share: number) => Math.round(share * 1000) / 10;
/** Hotspots cover hundredths of a percent of a force area: show enough digits to read it. */
const areaPercent = (share: number) => Number((share * 100).toPrecision(2));

/**
 * The evidence for why a few places matter: the share of the force's harm (or crime) of the chosen types in the top-k
 * hotspots against the share of the force area they cover, k = 1…50, with the chosen N marked (Observable Plot).
 */
export function CoverageChart({ coverage, chosen, by }: CoverageChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const share = (p: CoveragePoint) => percent(by === 'harm' ? p.harmShare : p.crimeShare);
  useEffect(() => {
    if (!holder.current || coverage.length === 0) return;
    const chart = Plot.plot({
      width: 290,
      height: 190,
      marginLeft: 40,
      marginBottom: 36,
      style: { fontSize: '12px', background: 'transparent' },
      x: { label: '% of force area →', grid: true },
      y: { label: `↑ % of force ${by === 'harm' ? 'harm' : 'crimes'}`, grid: true, zero: true },
      marks: [
        Plot.line(coverage, { x: (p: CoveragePoint) => areaPercent(p.areaShare), y: share, stroke: '#0b5394' }),
        Plot.dot([chosen], { x: (p: CoveragePoint) => areaPercent(p.areaShare), y: share, fill: '#b3004b', r: 5 }),
        Plot.text([chosen], {
          x: (p: CoveragePoint) => areaPercent(p.areaShare),
          y: share,
          text: (p: CoveragePoint) => `N = ${p.k}`,
          dy: -12,
          dx: 4,
          textAnchor: 'start',
          fill: '#1f2630',
          fontWeight: 600,
        }),
      ],
    });
    // The caption below says what the chart shows; the picture itself is hidden from screen readers.
    chart.setAttribute('aria-hidden', 'true');
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [coverage, chosen, by]);
  return (
    <figure className="coverage-chart">
      <div ref={holder} data-testid="coverage-chart" />
      <figcaption>
        The top {chosen.k} hotspots hold {share(chosen)}% of the force&apos;s {by === 'harm' ? 'harm' : 'crimes'} of
        these types on {areaPercent(chosen.areaShare)}% of its area (curve: the top 1…{coverage.length}).
      </figcaption>
    </figure>
  );
}
