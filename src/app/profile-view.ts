import type { MultiPolygon, Polygon } from 'geojson';
import {
  countsByMonth,
  countsByType,
  filterCube,
  hourWeekdayGrid,
  totalsOf,
  type CubeRow,
} from '../analysis/crime-cube';
import type { CrimeFilter } from '../analysis/crime-filter';
import { monthRange } from '../analysis/hotspot-proposal/months';
import { selectionProfile } from '../analysis/selection-profile';
import type { ProfileView } from '../ui/profile/ProfilePanel';
import type { TypeShare } from '../ui/profile/TypeMixChart';

export interface ProfileViewInputs {
  heading: string;
  id: string;
  polygon: Polygon | MultiPolygon | null;
  period: string;
  placeRows: CubeRow[];
  forceRows: CubeRow[];
  /** The filter in force (the playback step applied). */
  filter: CrimeFilter;
  forceAreaKm2: number;
  monthRange: { first: string; last: string };
  /** A week or day step: the cubes hold only its days, so no previous period is compared. */
  daysOnly: boolean;
}

/**
 * What the profile panel draws, crossfiltered: each chart is filtered by every choice but its own (the month chart
 * shows every month, the hour grid every hour, the type mix every type), so a brushed chart still shows what is left
 * out; the figures take the whole filter.
 */
export function profileViewOf(inputs: ProfileViewInputs): Omit<ProfileView, 'busiestPlaces' | 'nearby' | 'patrol'> {
  const { filter, placeRows, forceRows } = inputs;
  const months = monthRange(inputs.monthRange.first, inputs.monthRange.last);
  const forTypes = filterCube(placeRows, filter, 'types');
  const forceForTypes = filterCube(forceRows, filter, 'types');
  const total = totalsOf(forTypes).crimes;
  const forceTotal = totalsOf(forceForTypes).crimes;
  const forceByType = new Map(countsByType(forceForTypes).map((t) => [t.crimeType, t.crimes]));
  const types: TypeShare[] = countsByType(forTypes).map((t) => ({
    ...t,
    share: total > 0 ? t.crimes / total : 0,
    forceShare: forceTotal > 0 ? (forceByType.get(t.crimeType) ?? 0) / forceTotal : 0,
    chosen: filter.crimeTypes.length === 0 || filter.crimeTypes.includes(t.crimeType),
  }));
  const firstMonth = inputs.daysOnly ? (filter.fromMonth ?? inputs.monthRange.first) : inputs.monthRange.first;
  return {
    heading: inputs.heading,
    isForce: inputs.polygon === null,
    period: inputs.period,
    profile: selectionProfile({
      id: inputs.id,
      polygon: inputs.polygon,
      placeRows,
      forceRows,
      filter,
      forceAreaKm2: inputs.forceAreaKm2,
      monthRange: { first: firstMonth, last: inputs.monthRange.last },
    }),
    types,
    months: countsByMonth(filterCube(placeRows, filter, 'months'), months),
    grid: hourWeekdayGrid(filterCube(placeRows, filter, 'hours')),
    cube: placeRows,
  };
}
