// Proposing GRIP hotspots (issue 13): pure, no DuckDB, importable from Node and the browser.
export * from './types';
export {
  DEFAULT_PROPOSAL_CRIME_TYPES,
  DEFAULT_PROPOSAL_OPTIONS,
  resolveOptions,
  SNAP_POINT_FLAG_SHARE,
} from './defaults';
export { addMonths, monthRange, resolveSelection, stabilitySpan, stabilityWindows } from './months';
export { proposeHotspots, measureHotspots } from './propose';
export { cellsPolygon, cellsAreaKm2 } from './measure';
export { placeName, hotspotName } from './naming';
export { areaOfDistrict, quotaGroup } from './quotas';
export {
  hotspotFeature,
  proposalFeatures,
  writeHotspotsGeoJson,
  PROPERTY_KEYS,
  type HotspotFeature,
  type HotspotProperties,
} from './hotspot-geojson';
export {
  readHotspotsGeoJson,
  definitionFromFeature,
  cellsOfGeometry,
  type HotspotFileProblem,
  type HotspotFileProblemCode,
} from './hotspot-geojson-read';
