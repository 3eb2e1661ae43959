import { useEffect, useState, type Dispatch } from 'react';
import { DEFAULT_FILTER, type CrimeFilter } from '../analysis/crime-filter';
import type { EngineClient } from '../data/engine-client';
import type { EmergingDatum, GiDatum } from '../map/statistic-layers';
import type { MapSettings } from '../map/map-settings';
import type { AppAction } from './store';

export interface StatisticsInfo {
  ms: number;
  studyCellCount: number;
  steps?: number;
}

export interface MapData {
  hexes: { h3: string; value: number }[];
  gi: GiDatum[];
  emerging: EmergingDatum[];
  info: StatisticsInfo | null;
  busy: boolean;
}

const EMPTY: MapData = { hexes: [], gi: [], emerging: [], info: null, busy: false };

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
  useEffect(() => {
    if (dataVersion === 0) return;
    let current = true;
    setData((d) => ({ ...d, busy: true }));
    const options = { harm: settings.harm, fdr: settings.fdr };
    const run = async (): Promise<MapData> => {
      if (settings.mode === 'gi') {
        const r = await engine.giStar({ filter, options });
        return { ...EMPTY, gi: r.cells, info: { ms: r.ms, studyCellCount: r.studyCellCount } };
      }
      if (settings.mode === 'emerging') {
        const r = await engine.emerging({ filter, options });
        return { ...EMPTY, emerging: r.cells, info: { ms: r.ms, studyCellCount: r.studyCellCount, steps: r.steps } };
      }
      return { ...EMPTY, hexes: await engine.cellValues({ filter, harm: settings.harm }) };
    };
    run()
      .then((next) => {
        if (!current) return;
        setData(next);
        dispatch({ type: 'hexes-loaded', count: next.hexes.length + next.gi.length + next.emerging.length });
      })
      .catch((error: Error) => dispatch({ type: 'failed', message: `Query failed: ${error.message}` }));
    return () => {
      current = false;
    };
  }, [engine, filter, settings.mode, settings.harm, settings.fdr, dataVersion, weightsVersion, dispatch]);
  return data;
}
