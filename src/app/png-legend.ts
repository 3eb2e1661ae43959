import type { ColourClass } from '../map/colour-scale';
import { CLUSTER_QUADRANTS, EMERGING_CATEGORIES, GI_BIN_COLOURS, emergingHatched } from '../map/hot-spot-palettes';
import type { PngLegendEntry } from '../map/map-png';
import type { MapSettings } from '../map/map-settings';
import type { MapData } from './use-map-data';

const GI_BINS = [3, 2, 1, -1, -2, -3];
const CONFIDENCE: Record<number, string> = { 3: '99%', 2: '95%', 1: '90%' };

/** How many times each key occurs: the legends' hexes per class (on screen and in the PNG). */
export function countBy<K extends string | number>(keys: K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

const hexes = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'hex' : 'hexes'}`;

/**
 * The exported PNG's legend of the hexes, as the on-screen legend of the view has it: the count classes, or the Gi*
 * bins, emerging categories or cluster quadrants that the map draws now, each with how many hexes it holds.
 */
export function hexLegend(
  settings: Pick<MapSettings, 'mode' | 'harm'>,
  data: Pick<MapData, 'gi' | 'emerging' | 'clusters'>,
  classes: ColourClass[],
): PngLegendEntry[] {
  const unit = settings.harm ? 'harm' : 'crimes';
  if (settings.mode === 'gi') {
    const counts = countBy(data.gi.map((g) => g.bin));
    return GI_BINS.filter((bin) => counts[bin]).map((bin) => ({
      kind: 'swatch',
      colour: GI_BIN_COLOURS[bin],
      label: `${bin > 0 ? 'Hot' : 'Cold'} spot, ${CONFIDENCE[Math.abs(bin)]} confidence (${hexes(counts[bin]!)})`,
    }));
  }
  if (settings.mode === 'emerging') {
    const counts = countBy(data.emerging.map((e) => e.category));
    return EMERGING_CATEGORIES.filter((c) => counts[c.name]).map((c) => ({
      kind: 'swatch',
      colour: c.colour,
      label: `${c.name}${emergingHatched(c.name) ? ' (hatched)' : ''} (${hexes(counts[c.name]!)})`,
    }));
  }
  if (settings.mode === 'clusters') {
    const counts = countBy(data.clusters.map((c) => c.quadrant));
    return CLUSTER_QUADRANTS.filter((q) => counts[q.quadrant]).map((q) => ({
      kind: 'swatch',
      colour: q.colour,
      label: `${q.name} (${hexes(counts[q.quadrant]!)})`,
    }));
  }
  return classes.map((c) => ({ kind: 'swatch', colour: c.colour, label: `${c.min}–${c.max} ${unit} per hex` }));
}
