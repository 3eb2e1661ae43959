import { cellToLatLng } from 'h3-js';
import type { HexDatum } from '../map/hex-layer';
import type { ClusterDatum, EmergingDatum, GiDatum } from '../map/statistic-layers';
import { EMERGING_CATEGORIES } from '../map/hot-spot-palettes';
import type { MapMode } from '../map/map-settings';
import type { MapData } from './use-map-data';

export type ShownHex = HexDatum | GiDatum | EmergingDatum | ClusterDatum;

/** [west, south, east, north] in degrees, as MapLibre's `getBounds().toArray().flat()` gives it. */
export type ViewBounds = [number, number, number, number];

const categoryRank = (category: string) => {
  const i = EMERGING_CATEGORIES.findIndex((c) => c.name === category);
  return i === -1 ? EMERGING_CATEGORIES.length : i;
};

/**
 * The hexes the map draws whose centres are in view, in the order a keyboard user steps through them: the busiest
 * first (counts), the hottest first (Gi*, by z; clusters by local Moran's I), the categories in the legend's order
 * (emerging); ties by cell id so
 * the order never changes between two presses.
 */
export function hexesInView(mode: MapMode, data: MapData, bounds: ViewBounds): ShownHex[] {
  const [west, south, east, north] = bounds;
  const inView = (h: ShownHex) => {
    const [lat, lng] = cellToLatLng(h.h3);
    return lng >= west && lng <= east && lat >= south && lat <= north;
  };
  const byId = (a: ShownHex, b: ShownHex) => (a.h3 < b.h3 ? -1 : a.h3 > b.h3 ? 1 : 0);
  if (mode === 'gi') return data.gi.filter(inView).sort((a, b) => b.z - a.z || byId(a, b));
  if (mode === 'clusters') return data.clusters.filter(inView).sort((a, b) => b.i - a.i || byId(a, b));
  if (mode === 'emerging')
    return data.emerging
      .filter(inView)
      .sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || b.total - a.total || byId(a, b));
  return data.hexes.filter(inView).sort((a, b) => b.value - a.value || byId(a, b));
}

/** The next position in a list of `count` after `index` (-1: none yet), wrapping round at either end. */
export function stepIndex(index: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (index < 0) return direction === 1 ? 0 : count - 1;
  return (index + direction + count) % count;
}
