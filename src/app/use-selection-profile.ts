import { useEffect, useMemo, useState } from 'react';
import type { CubeRow } from '../analysis/crime-cube';
import { areaWithin } from '../analysis/hotspot-area';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { EngineClient } from '../data/engine-client';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { MapSettings } from '../map/map-settings';
import { POI_GROUPS, poisInside, type PointOfInterest } from '../map/points-of-interest';
import type { ProfileView } from '../ui/profile/ProfilePanel';
import { profileViewOf } from './profile-view';
import { selectionArea } from './selection-area';

interface Cube {
  rows: CubeRow[];
  forceAreaKm2: number;
}

interface SelectionProfileInputs {
  /** The filter in force, the playback step applied. */
  filter: CrimeFilter;
  settings: MapSettings;
  period: string;
  gripHotspots: GripHotspotShape[];
  monthRange: { first: string; last: string } | null;
  pois: PointOfInterest[] | null;
  dataVersion: number;
  weightsVersion: number;
  /** Whether the panel is open: nothing is asked or computed for a closed one. */
  open: boolean;
}

const NEARBY_METRES = 100;

/**
 * The profile panel's data: the force's cube once per data and weights, the selection's cube when it changes (both in
 * the worker), then every brush re-aggregated in the page; busiest places and patrol minutes follow the filter.
 */
export function useSelectionProfile(engine: EngineClient, inputs: SelectionProfileInputs) {
  const { filter, settings, gripHotspots, monthRange, pois, weightsVersion, open } = inputs;
  // A closed panel asks nothing of the worker.
  const dataVersion = open ? inputs.dataVersion : 0;
  const area = useMemo(
    () => selectionArea(settings.selection, gripHotspots, settings.studyArea),
    [settings.selection, gripHotspots, settings.studyArea],
  );
  const days = filter.fromDay && filter.toDay ? { fromDay: filter.fromDay, toDay: filter.toDay } : null;
  const daysKey = days ? `${days.fromDay}/${days.toDay}` : '';
  const polygonKey = area ? JSON.stringify(area.polygon) : '';
  const [force, setForce] = useState<Cube | null>(null);
  const [place, setPlace] = useState<{ key: string; cube: Cube } | null>(null);
  const [places, setPlaces] = useState<{ place: string; crimes: number }[] | null>(null);
  const [patrol, setPatrol] = useState<{ visits: number; minutes: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const failed = (what: string) => reportFailure(what, setProblem);

  useEffect(() => {
    setProblem(null);
    if (dataVersion === 0) return;
    let current = true;
    const span = daysKey ? { fromDay: daysKey.split('/')[0], toDay: daysKey.split('/')[1] } : null;
    engine
      .crimeCube({ polygon: null, days: span })
      .then((cube) => current && setForce(cube))
      .catch(failed('force-wide profile'));
    return () => {
      current = false;
    };
  }, [engine, dataVersion, weightsVersion, daysKey]);

  useEffect(() => {
    if (dataVersion === 0 || !polygonKey) return;
    let current = true;
    const span = daysKey ? { fromDay: daysKey.split('/')[0], toDay: daysKey.split('/')[1] } : null;
    const key = `${polygonKey}|${daysKey}`;
    engine
      .crimeCube({ polygon: JSON.parse(polygonKey), days: span })
      .then((cube) => current && setPlace({ key, cube }))
      .catch(failed('selection’s profile'));
    return () => {
      current = false;
    };
  }, [engine, dataVersion, weightsVersion, polygonKey, daysKey]);

  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    setPlaces(null);
    if (dataVersion === 0 || !polygonKey) return;
    let current = true;
    engine
      .busiestPlaces({ filter: JSON.parse(filterKey), polygon: JSON.parse(polygonKey) })
      .then((rows) => current && setPlaces(rows))
      .catch(failed('list of busiest places'));
    return () => {
      current = false;
    };
  }, [engine, dataVersion, filterKey, polygonKey]);

  const hotspotId = area?.hotspotId ?? null;
  useEffect(() => {
    setPatrol(null);
    if (dataVersion === 0 || !hotspotId) return;
    let current = true;
    const { fromMonth, toMonth } = JSON.parse(filterKey) as CrimeFilter;
    engine
      .patrolMinutes({ hotspotId, fromMonth, toMonth })
      .then((p) => current && setPatrol(p))
      .catch(failed('patrol time'));
    return () => {
      current = false;
    };
  }, [engine, dataVersion, filterKey, hotspotId]);

  const nearby = useMemo(() => {
    if (!pois || !polygonKey) return null;
    const around = areaWithin(JSON.parse(polygonKey), NEARBY_METRES);
    const singular = new Map<string, string>(POI_GROUPS.map((g) => [g.id, g.singular]));
    return poisInside(pois, around).map((p) => ({ name: p.name, kind: singular.get(p.group) ?? p.group }));
  }, [pois, polygonKey]);

  const placeCube = area ? (place?.key === `${polygonKey}|${daysKey}` ? place.cube : null) : force;
  const view: ProfileView | null = useMemo(() => {
    if (!open || !force || !placeCube || !monthRange) return null;
    const started = performance.now();
    const base = profileViewOf({
      heading: area?.heading ?? 'Whole force area (Leicester, Leicestershire and Rutland)',
      id: area?.id ?? 'force',
      polygon: area?.polygon ?? null,
      period: inputs.period,
      placeRows: placeCube.rows,
      forceRows: force.rows,
      filter,
      forceAreaKm2: force.forceAreaKm2,
      monthRange,
      daysOnly: Boolean(filter.fromDay),
    });
    performance.measure('grip:chart-aggregation', { start: started });
    return {
      ...base,
      busiestPlaces: area ? places : null,
      nearby: area ? nearby : null,
      patrol: hotspotId ? patrol : undefined,
    };
  }, [open, force, placeCube, monthRange, area, filter, inputs.period, places, nearby, patrol, hotspotId]);
  const busy = (area !== null && placeCube === null) || force === null;
  return { view, busy, area, problem: open ? problem : null };
}

/** A worker call that failed: the panel says so in words instead of waiting for ever. */
function reportFailure(what: string, setProblem: (message: string) => void) {
  return (error: unknown) => {
    const message = `The ${what} could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message);
    setProblem(message);
  };
}
