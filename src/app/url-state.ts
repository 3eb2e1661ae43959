import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';
import {
  DEFAULT_MAP_SETTINGS,
  type InterventionFilter,
  type MapMode,
  type MapSettings,
  type ProfileSelection,
  type TierToggles,
} from '../map/map-settings';
import { formatMapPosition, parseMapPosition, type MapPosition } from '../map/map-position';
import { formatStudyArea, parseStudyArea, type Parsed } from '../analysis/study-area';
import { formatNeighbourhood, parseNeighbourhood } from '../analysis/neighbourhood';
import { formatStep, parseStep } from '../analysis/playback';
import { isValidCell } from 'h3-js';

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
    hours: hoursFromText(params.get('hours')),
    weekdays: weekdaysFromText(params.get('days')),
  });
}

export const WEEKDAY_WORDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `hours=15-22` (22-3 wraps past midnight); anything else: every hour. */
function hoursFromText(text: string | null): [number, number] | undefined {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(text ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** `days=wed,thu,fri,sat`; words it does not know are ignored. */
function weekdaysFromText(text: string | null): number[] | undefined {
  const days = (text ?? '').split(',').map((w) => WEEKDAY_WORDS.indexOf(w.trim().toLowerCase()));
  return days.filter((d) => d >= 0);
}

const MODES: MapMode[] = ['counts', 'gi', 'emerging', 'clusters'];

/** How each tier is written in `tiers=`: the hotspot tiers by number, the prevention tiers by name. */
const TIER_WORDS: [keyof TierToggles, string][] = [
  ['watchList', '2'],
  ['emerging', '3'],
  ['primary', 'primary'],
  ['secondary', 'secondary'],
  ['tertiary', 'tertiary'],
];

/** `tiers=2,3,primary` → the toggles; words it does not know are ignored. */
export function tiersFromText(text: string | null): TierToggles {
  const words = new Set((text ?? '').split(',').map((w) => w.trim().toLowerCase()));
  return Object.fromEntries(TIER_WORDS.map(([key, word]) => [key, words.has(word)])) as unknown as TierToggles;
}

export function tiersToText(tiers: TierToggles): string {
  return TIER_WORDS.filter(([key]) => tiers[key])
    .map(([, word]) => word)
    .join(',');
}

const isoDate = (text: string | null) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null);

function interventionsFromParams(params: URLSearchParams): InterventionFilter {
  return {
    kinds: [...new Set(params.get('kinds')?.split('|').filter(Boolean) ?? [])].sort(),
    fromDate: isoDate(params.get('since')),
    toDate: isoDate(params.get('until')),
  };
}

export function settingsFromHash(hash: string): MapSettings {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = params.get('view') as MapMode | null;
  return {
    mode: mode && MODES.includes(mode) ? mode : DEFAULT_MAP_SETTINGS.mode,
    harm: params.get('harm') === '1',
    fdr: params.get('fdr') === '1',
    showGripHotspots: params.get('hotspots') !== '0',
    largeText: params.get('text') === 'large',
    pointsOfInterest: params.get('poi') === '1',
    tiers: tiersFromText(params.get('tiers')),
    interventions: interventionsFromParams(params),
    // A hand-edited area or neighbourhood the app cannot read falls back to the default rather than failing the page.
    studyArea: parsedOr(params.get('area'), parseStudyArea, DEFAULT_MAP_SETTINGS.studyArea),
    neighbourhood: parsedOr(params.get('nb'), parseNeighbourhood, DEFAULT_MAP_SETTINGS.neighbourhood),
    selection: selectionFromText(params.get('sel')),
    charts: params.get('charts') === '1',
    step: parseStep(params.get('step')),
  };
}

/** `sel=H03` (a GRIP hotspot id), `sel=hex:89195da49b7ffff`, `sel=area` (the drawn study area). */
export function selectionFromText(text: string | null): ProfileSelection | null {
  if (!text) return null;
  if (text === 'area') return { kind: 'area' };
  if (text.startsWith('hex:')) return isValidCell(text.slice(4)) ? { kind: 'hex', h3: text.slice(4) } : null;
  return /^[\w.-]{1,40}$/.test(text) ? { kind: 'hotspot', id: text } : null;
}

export function selectionToText(selection: ProfileSelection): string {
  return selection.kind === 'area' ? 'area' : selection.kind === 'hex' ? `hex:${selection.h3}` : selection.id;
}

function parsedOr<T>(text: string | null, parse: (text: string) => Parsed<T>, fallback: T): T {
  if (text === null) return fallback;
  const parsed = parse(text);
  return parsed.ok ? parsed.value : fallback;
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
  if (settings.pointsOfInterest) params.set('poi', '1');
  const area = formatStudyArea(settings.studyArea);
  if (area && settings.studyArea.kind !== 'llr') params.set('area', area);
  if (settings.neighbourhood.kind !== 'rings' || settings.neighbourhood.k !== 1)
    params.set('nb', formatNeighbourhood(settings.neighbourhood));
  if (settings.selection) params.set('sel', selectionToText(settings.selection));
  if (settings.charts) params.set('charts', '1');
  if (settings.step) params.set('step', formatStep(settings.step));
  const tiers = tiersToText(settings.tiers);
  if (tiers) params.set('tiers', tiers);
  const { kinds, fromDate, toDate } = settings.interventions;
  if (kinds.length > 0) params.set('kinds', [...kinds].sort().join('|'));
  if (fromDate) params.set('since', fromDate);
  if (toDate) params.set('until', toDate);
  params.set('res', String(filter.resolution));
  if (filter.crimeTypes.length > 0) params.set('types', filter.crimeTypes.join('|'));
  if (filter.fromMonth) params.set('from', filter.fromMonth);
  if (filter.toMonth) params.set('to', filter.toMonth);
  if (filter.hours) params.set('hours', filter.hours.join('-'));
  if (filter.weekdays) params.set('days', filter.weekdays.map((d) => WEEKDAY_WORDS[d]).join(','));
  // Written by hand: URLSearchParams would escape the commas (at=-1.13%2C52.63%2C15), harder to read in a link.
  return `#${params.toString()}${view ? `&at=${formatMapPosition(view)}` : ''}`;
}

/** `at=lng,lat,zoom` in the hash puts the map there (bookmarks, shared links and, later, board scenes). */
export function viewFromHash(hash: string): MapPosition | null {
  return parseMapPosition(new URLSearchParams(hash.replace(/^#/, '')).get('at'));
}
