import type * as Plot from '@observablehq/plot';
import type { BandLayout } from './band-brush';

/** Where Plot put each band of a band scale, so a brush in screen pixels maps back to the values. */
export function bandLayoutOf(chart: Plot.Plot, axis: 'x' | 'y', values: readonly unknown[]): BandLayout | null {
  const scale = chart.scale(axis);
  if (!scale?.apply || scale.bandwidth === undefined) return null;
  return { starts: values.map((v) => Number(scale.apply!(v))), width: scale.bandwidth };
}
