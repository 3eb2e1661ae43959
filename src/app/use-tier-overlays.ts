import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type { MultiPolygon, Polygon } from 'geojson';
import type { CrimeFilter } from '../analysis/crime-filter';
import { emergingTierCells, watchListCells } from '../analysis/hotspot-tiers';
import { PREVENTION_TIER_NAMES, type PreventionTier } from '../analysis/reference/prevention-tiers';
import type { EngineCalls } from '../data/engine-client';
import type { EmergingCell, GiCell } from '../data/hot-spot-statistics';
import type { InterventionsResult } from '../data/interventions';
import type { MapSettings } from '../map/map-settings';
import { emergingTierLayer, interventionLayer, watchListLayer } from '../map/tier-layers';
import type { TierLegendData, TierStatus } from '../ui/TierOverlays';

const NO_POINTS: InterventionsResult['interventions'] = [];

type Engine = Pick<EngineCalls, 'giStar' | 'emerging' | 'interventions'>;

/** One query's life: what came back for which inputs, so a result is never shown for inputs it was not asked with. */
type Fetched<T> = { key: string; result: T } | { key: string; error: string } | null;

/**
 * Runs `ask` when `key` changes and `on` holds; keeps the last answer for that key. Off, it asks nothing (Gi* and
 * emerging statistics take seconds on a whole-force grid).
 */
function useFetched<T>(on: boolean, key: string, ask: () => Promise<T>): { fetched: Fetched<T>; busy: boolean } {
  const [fetched, setFetched] = useState<Fetched<T>>(null);
  useEffect(() => {
    if (!on) return;
    let current = true;
    ask().then(
      (result) => current && setFetched({ key, result }),
      (error: Error) => current && setFetched({ key, error: error.message }),
    );
    return () => {
      current = false;
    };
    // `ask` is rebuilt each render; `key` says when its inputs changed.
  }, [on, key]);
  const answered = fetched !== null && fetched.key === key ? fetched : null;
  return { fetched: answered, busy: on && answered === null };
}

function status<T>(on: boolean, busy: boolean, fetched: Fetched<T>, count: (result: T) => number): TierStatus {
  if (!on) return { state: 'off' };
  if (busy || fetched === null) return { state: 'busy' };
  return 'error' in fetched
    ? { state: 'failed', message: fetched.error }
    : { state: 'shown', count: count(fetched.result) };
}

export interface TierOverlays {
  /** Tier 2 and 3 outlines, then the intervention symbols: draw them above the crime layer and the GRIP outlines. */
  layers: Layer[];
  legend: TierLegendData;
}

/**
 * The tier overlays: Tier 2 (watch list) and Tier 3 (emerging) hot spots outside the GRIP set, and interventions by
 * prevention tier. Only the tiers switched on are asked for; the hotspot tiers use the map's filter and harm setting
 * with the false discovery rate correction always on (a watch list should not list chance clusters).
 */
export function useTierOverlays(
  engine: Engine,
  filter: CrimeFilter,
  settings: MapSettings,
  hotspotPolygons: (Polygon | MultiPolygon)[],
  dataVersion: number,
  /** Bump when the harm weights change: harm-weighted statistics change with them. */
  weightsVersion = 0,
  labelScale = 1,
): TierOverlays {
  const { tiers, interventions: chosen } = settings;
  const ready = dataVersion > 0;
  const options = { harm: settings.harm, fdr: true };
  const statisticsKey = JSON.stringify([filter, settings.harm, dataVersion, settings.harm ? weightsVersion : 0]);
  const shownTiers = PREVENTION_TIER_NAMES.filter((t) => tiers[t]);
  const request = { tiers: shownTiers, kinds: chosen.kinds, fromDate: chosen.fromDate, toDate: chosen.toDate };

  const gi = useFetched<{ cells: GiCell[] }>(ready && tiers.watchList, statisticsKey, () =>
    engine.giStar({ filter, options }),
  );
  const emerging = useFetched<{ cells: EmergingCell[] }>(ready && tiers.emerging, statisticsKey, () =>
    engine.emerging({ filter, options }),
  );
  const prevention = useFetched<InterventionsResult>(
    ready && shownTiers.length > 0,
    JSON.stringify([request, dataVersion]),
    () => engine.interventions(request),
  );

  // Editing the set moves only the "outside the set" cut, not the statistics.
  const watchList = useMemo(
    () => (gi.fetched && 'result' in gi.fetched ? watchListCells(gi.fetched.result.cells, hotspotPolygons) : []),
    [gi.fetched, hotspotPolygons],
  );
  const emergingTier = useMemo(
    () =>
      emerging.fetched && 'result' in emerging.fetched
        ? emergingTierCells(emerging.fetched.result.cells, hotspotPolygons)
        : [],
    [emerging.fetched, hotspotPolygons],
  );
  const points =
    prevention.fetched && 'result' in prevention.fetched ? prevention.fetched.result.interventions : NO_POINTS;
  const [kinds, setKinds] = useState<string[]>([]);
  useEffect(() => {
    if (prevention.fetched && 'result' in prevention.fetched) setKinds(prevention.fetched.result.kinds);
  }, [prevention.fetched]);

  const layers = useMemo(
    () => [
      ...(tiers.watchList ? watchListLayer(watchList) : []),
      ...(tiers.emerging ? emergingTierLayer(emergingTier) : []),
      ...(shownTiers.length > 0 ? [interventionLayer(points, labelScale)] : []),
    ],
    [tiers, watchList, emergingTier, points, shownTiers.length, labelScale],
  );

  const byTier = (tier: PreventionTier) =>
    status(
      tiers[tier],
      prevention.busy,
      prevention.fetched,
      (r) => r.interventions.filter((i) => i.tier === tier).length,
    );
  const legend: TierLegendData = {
    watchList: status(tiers.watchList, gi.busy, gi.fetched, () => watchList.length),
    emerging: status(tiers.emerging, emerging.busy, emerging.fetched, () => emergingTier.length),
    prevention: { primary: byTier('primary'), secondary: byTier('secondary'), tertiary: byTier('tertiary') },
    kinds,
    withoutPlace: prevention.fetched && 'result' in prevention.fetched ? prevention.fetched.result.withoutPlace : 0,
  };
  return { layers, legend };
}
