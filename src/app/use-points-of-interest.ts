import { useEffect, useMemo, useState } from 'react';
import { poisFromJson } from '../map/points-of-interest-file';
import type { PointOfInterest } from '../map/points-of-interest';
import { poiLayer } from '../map/poi-layer';

export const POI_URL = '/basemap/points-of-interest.json';

/**
 * The points-of-interest layer, its file fetched from our origin the first time it is switched on or a profile wants
 * the risky facilities near a selection.
 */
export function usePointsOfInterest(on: boolean, wanted = false) {
  const [pois, setPois] = useState<PointOfInterest[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!(on || wanted) || pois) return;
    fetch(POI_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`${POI_URL} answered ${response.status}`);
        return response.json();
      })
      .then((json) => setPois(poisFromJson(json)))
      .catch((error: Error) => setProblem(error.message));
  }, [on, wanted, pois]);
  const layers = useMemo(() => (pois ? [poiLayer(pois, on)] : []), [pois, on]);
  return { layers, pois, count: pois?.length ?? null, problem };
}
