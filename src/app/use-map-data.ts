import { useEffect, useState, type Dispatch } from 'react';
import { DEFAULT_FILTER, type CrimeFilter } from '../analysis/crime-filter';
import type { EngineClient } from '../data/engine-client';
import type { ClusterDatum, EmergingDatum, GiDatum } from '../map/statistic-layers';
import type { StatisticsInfo } from '../ui/AnalysisControls';
import type { StatisticsFrame } from '../data/hot-spot-statistics';
import type { MapSettings } from '../map/map-settings';
import type { AppAction } from './store';

export interface MapData {
  hexes: { h3: string; value: number }[];
  gi: GiDatum[];
  emerging: EmergingDatum[];
  clusters: ClusterDatum[];
  info: StatisticsInfo | null;
  busy: boolean;
}

const EMPTY: MapData = { hexes: [], gi: [], emerging: [], clusters: [], info: null, busy: false };

const infoOf = (r: StatisticsFrame & { ms: number }, studyCellCount: number): StatisticsInfo => ({
  ms: r.ms,
  studyCellCount,
  studyAreaLabel: r.studyArea.label,
  neighbourhoodLabel: r.neighbourhood.label,
  neighbourhoodReason: r.neighbourhood.reason,
});

/** Runs the query or statistic the current mode needs, in the worker, whenever its inputs change. */
export function useMapData(
  engine: EngineClient,
  filter: CrimeFilter,
  settings: MapSettings,
  dataVersion: number,
  weightsVersion: number,
  preview: MapData['hexes'] | null,
  dispatch: Dispatch<AppAction>,
): MapData {
  const [data, setData] = useState<MapData>(EMPTY);
  useEffect(() => {
    const defaultFilter = JSON.stringify(filter) === JSON.stringify(DEFAULT_FILTER);
    if (dataVersion > 0 || !preview || !defaultFilter || settings.mode !== 'counts' || settings.harm) return;
    setData({ ...EMPTY, hexes: preview });
    dispatch({ type: 'hexes-loaded', count: preview.length });
  }, [preview, dataVersion, filter, settings.mode, settings.harm, dispatch]);
  const { mode, harm, fdr } = settings;
  // By value: a study area parsed again from the link is a new object with the same meaning.
  const areaKey = JSON.stringify(settings.studyArea);
  const neighbourhoodKey = JSON.stringify(settings.neighbourhood);
  useEffect(() => {
    if (dataVersion === 0) return;
    let current = true;
    setData((d) => ({ ...d, busy: true }));
    const options = { harm, fdr, area: JSON.parse(areaKey), neighbourhood: JSON.parse(neighbourhoodKey) };
    const run = async (): Promise<MapData> => {
      if (mode === 'gi') {
        const r = await engine.giStar({ filter, options });
        return { ...EMPTY, gi: r.cells, info: infoOf(r, r.studyCellCount) };
      }
      if (mode === 'emerging') {
        const r = await engine.emerging({ filter, options });
        return { ...EMPTY, emerging: r.cells, info: { ...infoOf(r, r.studyCellCount), steps: r.steps } };
      }
      if (mode === 'clusters') {
        const r = await engine.clusters({ filter, options });
        return {
          ...EMPTY,
          clusters: r.cells,
          info: { ...infoOf(r, r.studyCellCount), permutations: r.permutations },
        };
      }
      return { ...EMPTY, hexes: await engine.cellValues({ filter, harm: settings.harm }) };
    };
    // User Timing marks: the bench reads how long the worker took, apart from the software-rendered frame after it.
    const started = performance.now();
    run()
      .then((next) => {
        performance.measure('grip:map-query', { start: started });
        if (!current) return;
        setData(next);
        dispatch({
          type: 'hexes-loaded',
          count: next.hexes.length + next.gi.length + next.emerging.length + next.clusters.length,
        });
      })
      .catch((error: Error) => dispatch({ type: 'failed', message: `Query failed: ${error.message}` }));
    return () => {
      current = false;
    };
  }, [engine, filter, mode, harm, fdr, areaKey, neighbourhoodKey, dataVersion, weightsVersion, dispatch]);
  return data;
}
