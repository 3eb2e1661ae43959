import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';
import { DEFAULT_MAP_SETTINGS, type MapMode, type MapSettings } from '../map/map-settings';
import { formatMapPosition, parseMapPosition, type MapPosition } from '../map/map-position';

/**
 * The filter lives in the URL hash so a view can be bookmarked or sent to a colleague (the hash never leaves the
 * browser).
 */
export function filterFromHash(hash: string): CrimeFilter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return sanitiseFilter({
    resolution: Number(params.get('res') ?? DEFAULT_FILTER.resolution),
    crimeTypes: params.get('types')?.split('|').filter(Boolean) ?? [],
    fromMonth: params.get('from'),
    toMonth: params.get('to'),
  });
}

const MODES: MapMode[] = ['counts', 'gi', 'emerging'];

export function settingsFromHash(hash: string): MapSettings {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = params.get('view') as MapMode | null;
  return {
    mode: mode && MODES.includes(mode) ? mode : DEFAULT_MAP_SETTINGS.mode,
    harm: params.get('harm') === '1',
    fdr: params.get('fdr') === '1',
    showGripHotspots: params.get('hotspots') !== '0',
    largeText: params.get('text') === 'large',
  };
}

/** The whole view as a hash: filter, map settings and, once the map has a position, `at=lng,lat,zoom` (last). */
export function filterToHash(
  filter: CrimeFilter,
  settings: MapSettings = DEFAULT_MAP_SETTINGS,
  view: MapPosition | null = null,
): string {
  const params = new URLSearchParams();
  if (settings.mode !== 'counts') params.set('view', settings.mode);
  if (settings.harm) params.set('harm', '1');
  if (settings.fdr) params.set('fdr', '1');
  if (!settings.showGripHotspots) params.set('hotspots', '0');
  if (settings.largeText) params.set('text', 'large');
  params.set('res', String(filter.resolution));
  if (filter.crimeTypes.length > 0) params.set('types', filter.crimeTypes.join('|'));
  if (filter.fromMonth) params.set('from', filter.fromMonth);
  if (filter.toMonth) params.set('to', filter.toMonth);
  // Written by hand: URLSearchParams would escape the commas (at=-1.13%2C52.63%2C15), harder to read in a link.
  return `#${params.toString()}${view ? `&at=${formatMapPosition(view)}` : ''}`;
}

/** `at=lng,lat,zoom` in the hash puts the map there (bookmarks, shared links and, later, board scenes). */
export function viewFromHash(hash: string): MapPosition | null {
  return parseMapPosition(new URLSearchParams(hash.replace(/^#/, '')).get('at'));
}
