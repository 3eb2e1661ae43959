/** What the map is showing: raw counts, Gi* hot spots or emerging hot spots; by count or by harm. */
export type MapMode = 'counts' | 'gi' | 'emerging';
export interface MapSettings {
  mode: MapMode;
  harm: boolean;
  fdr: boolean;
  showGripHotspots: boolean;
  /** Panels, legends and map labels a size up, for a projected map read from across a room. */
  largeText: boolean;
}
export const DEFAULT_MAP_SETTINGS: MapSettings = {
  mode: 'counts',
  harm: false,
  fdr: false,
  showGripHotspots: true,
  largeText: false,
};
