import { useEffect, useRef, type Dispatch } from 'react';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { MapSettings } from '../map/map-settings';
import type { MapPosition } from '../map/map-position';
import type { AppAction } from './store';
import { filterFromHash, filterToHash, settingsFromHash, viewFromHash } from './url-state';

interface UrlView {
  filter: CrimeFilter;
  settings: MapSettings;
  view: MapPosition | null;
}

/**
 * The URL hash mirrors the view (filter, settings, map position) and the view follows the hash. Writes use
 * replaceState, so panning adds no history entries; hashchange (back/forward, a pasted link, an edited address) is
 * read back into the state, which stays the one source of truth.
 */
export function useUrlState(
  current: UrlView,
  dispatch: Dispatch<AppAction>,
  setSettings: (settings: MapSettings) => void,
  setView: (view: MapPosition) => void,
): void {
  const { filter, settings, view } = current;
  useEffect(
    () => window.history.replaceState(null, '', filterToHash(filter, settings, view)),
    [filter, settings, view],
  );

  const latest = useRef(current);
  latest.current = current;
  useEffect(() => {
    const follow = () => {
      const hash = window.location.hash;
      const now = latest.current;
      const nextFilter = filterFromHash(hash);
      const nextSettings = settingsFromHash(hash);
      // Compare as written in the hash, so a link that only moves the map does not re-query the data.
      if (filterToHash(nextFilter) !== filterToHash(now.filter))
        dispatch({ type: 'filter-changed', filter: nextFilter });
      if (filterToHash(now.filter, nextSettings) !== filterToHash(now.filter, now.settings)) setSettings(nextSettings);
      const nextView = viewFromHash(hash);
      if (nextView) setView(nextView);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [dispatch, setSettings, setView]);
}
