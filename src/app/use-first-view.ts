import { useEffect, useState, type Dispatch } from 'react';
import { DEFAULT_FILTER, type CrimeFilter } from '../analysis/crime-filter';
import { hasSavedFiles } from '../data/saved-files';
import { DEFAULT_MAP_SETTINGS, type MapSettings } from '../map/map-settings';
import type { AppAction, TypeRow } from './store';
import { firstViewRequest } from './first-view-request';

interface FirstView {
  resolution: number;
  rowsStored: number;
  firstMonth: string;
  lastMonth: string;
  crimeTypes: TypeRow[];
  hexes: [string, number][];
}

const isDefault = (filter: CrimeFilter, settings: MapSettings) =>
  JSON.stringify(filter) === JSON.stringify(DEFAULT_FILTER) &&
  JSON.stringify(settings) === JSON.stringify(DEFAULT_MAP_SETTINGS);

/**
 * The demo's default view, precomputed by the generator, drawn while DuckDB-WASM is still compiling (it takes
 * seconds on a CPU-only machine). Skipped when the URL asks for another view or the user has their own data saved.
 * On two cores the map's first frame and DuckDB's compile compete, so the database starts once this view is drawn.
 */
export interface FirstViewState {
  hexes: { h3: string; value: number }[] | null;
  /** 'pending' while deciding, 'shown' when the preview is on the map, 'none' when there is no preview to show. */
  status: 'pending' | 'shown' | 'none';
}

export function useFirstView(
  filter: CrimeFilter,
  settings: MapSettings,
  dispatch: Dispatch<AppAction>,
): FirstViewState {
  const [initial] = useState(() => isDefault(filter, settings));
  const [state, setState] = useState<FirstViewState>({ hexes: null, status: initial ? 'pending' : 'none' });
  useEffect(() => {
    if (!initial) return;
    let current = true;
    (async () => {
      const [saved, view] = await Promise.all([hasSavedFiles(), firstViewRequest as Promise<FirstView | null>]);
      if (!current) return;
      if (saved || !view) return setState({ hexes: null, status: 'none' });
      setState({ hexes: view.hexes.map(([h3, value]) => ({ h3, value })), status: 'shown' });
      dispatch({
        type: 'preview-loaded',
        crimeTypes: view.crimeTypes,
        monthRange: { first: view.firstMonth, last: view.lastMonth },
        rowsStored: view.rowsStored,
      });
    })().catch(() => setState({ hexes: null, status: 'none' }));
    return () => {
      current = false;
    };
  }, [initial, dispatch]);
  return state;
}
