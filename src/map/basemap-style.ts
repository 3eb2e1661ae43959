import type { StyleSpecification } from 'maplibre-gl';

export const BASEMAP_ATTRIBUTION =
  'Boundaries: ONS, Contains OS data © Crown copyright and database right (OGL v3) · ' +
  'Street points & crimes: data.police.uk (OGL v3) · Fonts: Noto Sans (OFL)';

/** LLR's extent, [west, south, east, north], for the first view. */
export const LLR_BOUNDS: [number, number, number, number] = [-1.6, 52.39, -0.42, 52.98];

/**
 * An offline basemap from our own origin only: no tile server exists for LLR here (TECH_NOTES), so it is drawn from
 * the boundaries, town points and police.uk street-name points shipped in public/. One font per layer: a static server
 * cannot combine font stacks. Town names are drawn by deck.gl above the hexes (place-labels-layer.ts).
 */
export function basemapStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    glyphs: `${origin}/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      districts: { type: 'geojson', data: `${origin}/boundaries/llr_lad.geojson`, attribution: BASEMAP_ATTRIBUTION },
      lines: { type: 'geojson', data: `${origin}/basemap/llr_boundary_lines.geojson` },
      streets: { type: 'geojson', data: `${origin}/basemap/street_points.geojson` },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe3e8' } },
      { id: 'llr-land', type: 'fill', source: 'districts', paint: { 'fill-color': '#f7f7f4' } },
      {
        id: 'ward-lines',
        type: 'line',
        source: 'lines',
        minzoom: 10.5,
        filter: ['==', ['get', 'kind'], 'ward'],
        paint: { 'line-color': '#b9bec6', 'line-width': 0.6 },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'district'],
        paint: { 'line-color': '#7d8591', 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'llr-outline',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'llr_outline'],
        paint: { 'line-color': '#3d4450', 'line-width': 2 },
      },
      {
        id: 'street-labels',
        type: 'symbol',
        source: 'streets',
        minzoom: 14.5,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Regular'],
          'text-size': 12,
          'text-optional': true,
        },
        paint: { 'text-color': '#4a505a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
    ],
  };
}
