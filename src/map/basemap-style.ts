import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLOURS as C } from './basemap-colours';
import { landLayers } from './basemap-land';
import { OSM_SOURCE, streetLayers } from './basemap-streets';
import { labelLayers } from './basemap-labels';

/** The street tiles, one PMTiles archive on our own origin (scripts/basemap/build-tile-archive.ts builds it). */
export const OSM_ARCHIVE_PATH = '/basemap/llr-osm.pmtiles';

export const OSM_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a> (ODbL) · © OpenMapTiles';

export const BASEMAP_ATTRIBUTION =
  'Boundaries: ONS, Contains OS data © Crown copyright and database right (OGL v3) · ' +
  'Street points & crimes: data.police.uk (OGL v3) · Fonts: Noto Sans (OFL)';

/** LLR's extent, [west, south, east, north], for the first view. */
export const LLR_BOUNDS: [number, number, number, number] = [-1.6, 52.39, -0.42, 52.98];

/**
 * An offline basemap from our own origin only: real OpenStreetMap vector tiles for LLR (August 2021) read from one
 * PMTiles archive by byte ranges, with the ONS boundaries on top of the land. Muted, so the data on top reads first;
 * crime layers are slotted in before FIRST_LABEL_LAYER, so names stay readable over them.
 */
export function basemapStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    glyphs: `${origin}/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      districts: { type: 'geojson', data: `${origin}/boundaries/llr_lad.geojson`, attribution: BASEMAP_ATTRIBUTION },
      lines: { type: 'geojson', data: `${origin}/basemap/llr_boundary_lines.geojson` },
      towns: { type: 'geojson', data: `${origin}/basemap/llr_places.geojson` },
      [OSM_SOURCE]: {
        type: 'vector',
        url: `pmtiles://${origin}${OSM_ARCHIVE_PATH}`,
        attribution: OSM_ATTRIBUTION,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': C.outside } },
      { id: 'llr-land', type: 'fill', source: 'districts', paint: { 'fill-color': C.land } },
      ...landLayers(),
      ...streetLayers(),
      {
        id: 'ward-lines',
        type: 'line',
        source: 'lines',
        minzoom: 10.5,
        filter: ['==', ['get', 'kind'], 'ward'],
        paint: { 'line-color': C.wardLine, 'line-width': 0.6 },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'district'],
        paint: { 'line-color': C.districtLine, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'llr-outline',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'llr_outline'],
        paint: { 'line-color': C.llrOutline, 'line-width': 2 },
      },
      ...labelLayers(),
    ],
  };
}
