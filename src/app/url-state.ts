import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';
import { DEFAULT_MAP_SETTINGS, type MapMode, type MapSettings } from '../map/map-settings';

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
  };
}

export function filterToHash(filter: CrimeFilter, settings: MapSettings = DEFAULT_MAP_SETTINGS): string {
  const params = new URLSearchParams();
  if (settings.mode !== 'counts') params.set('view', settings.mode);
  if (settings.harm) params.set('harm', '1');
  if (settings.fdr) params.set('fdr', '1');
  if (!settings.showGripHotspots) params.set('hotspots', '0');
  params.set('res', String(filter.resolution));
  if (filter.crimeTypes.length > 0) params.set('types', filter.crimeTypes.join('|'));
  if (filter.fromMonth) params.set('from', filter.fromMonth);
  if (filter.toMonth) params.set('to', filter.toMonth);
  return `#${params.toString()}`;
}

/** `at=lng,lat,zoom` in the hash opens the map there (for bookmarks and, later, board scenes). */
export function viewFromHash(hash: string): { lngLat: [number, number]; zoom: number } | null {
  const at = new URLSearchParams(hash.replace(/^#/, '')).get('at');
  const [lng, lat, zoom] = (at ?? '').split(',').map(Number);
  const valid =
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    Number.isFinite(zoom) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180;
  return at && valid ? { lngLat: [lng, lat], zoom: Math.min(20, Math.max(0, zoom)) } : null;
}
