import type { MultiPolygon, Polygon } from 'geojson';
import { outsideSet } from './outside-set';

/**
 * The hotspot tiers beyond the GRIP set (Tier 1): where the hub should look next. Tier 2, the watch list: cells Gi*
 * finds significantly hot (with the false discovery rate correction, so a force-wide map of thousands of tests does not
 * list chance clusters) outside the set. Tier 3: cells whose emerging pattern says they are hot now and newly or
 * increasingly so, outside the set.
 */
export const EMERGING_TIER_CATEGORIES = ['New Hot Spot', 'Consecutive Hot Spot', 'Intensifying Hot Spot'];

export function watchListCells<T extends { h3: string; bin: number }>(
  giCells: T[],
  hotspotPolygons: (Polygon | MultiPolygon)[],
): T[] {
  return outsideSet(
    giCells.filter((c) => c.bin > 0),
    hotspotPolygons,
  );
}

export function emergingTierCells<T extends { h3: string; category: string }>(
  emergingCells: T[],
  hotspotPolygons: (Polygon | MultiPolygon)[],
): T[] {
  return outsideSet(
    emergingCells.filter((c) => EMERGING_TIER_CATEGORIES.includes(c.category)),
    hotspotPolygons,
  );
}
