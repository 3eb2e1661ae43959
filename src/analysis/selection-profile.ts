import type { MultiPolygon, Polygon } from 'geojson';
import { filterCube, totalsOf, type CubeRow } from './crime-cube';
import type { CrimeFilter } from './crime-filter';
import { hotspotProfile, type HotspotProfile } from './hotspot-profile';

export interface SelectionProfileInputs {
  id: string;
  /** null: the whole force. */
  polygon: Polygon | MultiPolygon | null;
  /** The selection's cube (the force's own when polygon is null) and the force's, both over every month loaded. */
  placeRows: CubeRow[];
  forceRows: CubeRow[];
  filter: CrimeFilter;
  forceAreaKm2: number;
  /** First and last month loaded: an open end of the filter is the data's own. */
  monthRange: { first: string; last: string };
}

/**
 * The profile of a selection from the charts' cubes, as the engine's hotspot profile computes it from SQL: the filter's
 * types, hours and weekdays apply to the crimes, its months are the period (the previous period is read from the
 * same cube), and PAI compares with the force under the same filter.
 */
export function selectionProfile(inputs: SelectionProfileInputs): HotspotProfile {
  const { filter, monthRange } = inputs;
  const toMonth = filter.toMonth ?? monthRange.last;
  const fromMonth = filter.fromMonth ?? monthRange.first;
  const counts = filterCube(inputs.placeRows, filter, 'months');
  const forceInPeriod = filterCube(inputs.forceRows, { ...filter, fromMonth, toMonth });
  return hotspotProfile({
    id: inputs.id,
    polygon: inputs.polygon,
    fromMonth,
    toMonth,
    counts,
    forceCrimes: totalsOf(forceInPeriod).crimes,
    forceAreaKm2: inputs.forceAreaKm2,
    anyTimed: forceInPeriod.some((r) => r.hour !== null),
    firstMonthLoaded: monthRange.first,
  });
}
