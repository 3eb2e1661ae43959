import { DEFAULT_STUDY_AREA, type StudyAreaSpec } from '../analysis/study-area';
import { DEFAULT_NEIGHBOURHOOD, type NeighbourhoodSpec } from '../analysis/neighbourhood';
import type { PlaybackStep } from '../analysis/playback';

/** What the profile and charts describe: a GRIP hotspot, one hex, or the drawn study area; none: the whole force. */
export type ProfileSelection = { kind: 'hotspot'; id: string } | { kind: 'hex'; h3: string } | { kind: 'area' };

/**
 * What the map is showing: raw counts, Gi* hot spots, emerging hot spots or local Moran's I clusters and outliers; by
 * count or by harm.
 */
export type MapMode = 'counts' | 'gi' | 'emerging' | 'clusters';

/** The overlays drawn over any view (Tier 1, the GRIP set, is `showGripHotspots`). */
export interface TierToggles {
  /** Tier 2: significant Gi* hot cells (FDR) outside the set. */
  watchList: boolean;
  /** Tier 3: New, Consecutive or Intensifying emerging hot spots outside the set. */
  emerging: boolean;
  /** Prevention tiers: interventions and partner actions. */
  primary: boolean;
  secondary: boolean;
  tertiary: boolean;
}

/** Which interventions the prevention tiers show: kinds (empty: every kind) and start dates (`YYYY-MM-DD`). */
export interface InterventionFilter {
  kinds: string[];
  fromDate: string | null;
  toDate: string | null;
}

export interface MapSettings {
  mode: MapMode;
  harm: boolean;
  fdr: boolean;
  showGripHotspots: boolean;
  /** Panels, legends and map labels a size up, for a projected map read from across a room. */
  largeText: boolean;
  /** Pubs, takeaways, stations, schools… from the OpenStreetMap tiles: the "risky facilities" beside a hotspot. */
  pointsOfInterest: boolean;
  tiers: TierToggles;
  interventions: InterventionFilter;
  /** Which cells the statistics compare each cell with (issue 15). */
  studyArea: StudyAreaSpec;
  /** Which cells are a cell's neighbours in the statistics. */
  neighbourhood: NeighbourhoodSpec;
  selection: ProfileSelection | null;
  /** The profile and charts beside the map (open whenever something is selected). */
  charts: boolean;
  /** The time playback's step (null: the whole filtered period). */
  step: PlaybackStep | null;
}

export const NO_TIERS: TierToggles = {
  watchList: false,
  emerging: false,
  primary: false,
  secondary: false,
  tertiary: false,
};

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  mode: 'counts',
  harm: false,
  fdr: false,
  showGripHotspots: true,
  largeText: false,
  pointsOfInterest: false,
  tiers: NO_TIERS,
  interventions: { kinds: [], fromDate: null, toDate: null },
  studyArea: DEFAULT_STUDY_AREA,
  neighbourhood: DEFAULT_NEIGHBOURHOOD,
  selection: null,
  charts: false,
  step: null,
};
