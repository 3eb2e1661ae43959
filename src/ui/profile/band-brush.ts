/** Where a chart's bands sit on screen: the left edge of each band and their width, in the chart's own pixels. */
export interface BandLayout {
  starts: number[];
  width: number;
}

/** The band under an x position (the nearest one when the pointer is in the padding between bands). */
export function bandAt(layout: BandLayout, x: number): number {
  let best = 0;
  let bestDistance = Infinity;
  layout.starts.forEach((start, i) => {
    const distance = Math.abs(start + layout.width / 2 - x);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

/** A brushed run of bands, first and last included, whichever way the pointer went. */
export function brushedRange(from: number, to: number): [number, number] {
  return from <= to ? [from, to] : [to, from];
}
