import { GeoJsonLayer } from '@deck.gl/layers';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { MultiPolygon, Polygon } from 'geojson';

export interface OutlinedArea {
  hotspotId: string;
  polygon: Polygon | MultiPolygon;
}

type Rgba = [number, number, number, number];

/** Okabe–Ito blue and vermillion: apart under every common colour vision deficiency, and dashed vs solid besides. */
export const ADDED_COLOUR: Rgba = [0, 114, 178, 255];
export const DROPPED_COLOUR: Rgba = [213, 94, 0, 255];

const feature = (a: OutlinedArea) => ({
  type: 'Feature' as const,
  geometry: a.polygon,
  properties: { hotspotId: a.hotspotId },
});

function outlines(id: string, areas: OutlinedArea[], colour: Rgba, dashed: boolean, width = 3) {
  return new GeoJsonLayer<{ hotspotId: string }, { getDashArray?: [number, number]; dashJustified?: boolean }>({
    id,
    data: areas.map(feature),
    filled: false,
    stroked: true,
    getLineColor: colour,
    lineWidthUnits: 'pixels',
    getLineWidth: width,
    ...(dashed
      ? { getDashArray: [4, 3], dashJustified: true, extensions: [new PathStyleExtension({ dash: true })] }
      : {}),
    pickable: false,
  });
}

/** A proposal not yet used: dashed outlines, so it never reads as the set in use. */
export function proposalLayer(areas: OutlinedArea[]) {
  return outlines('hotspot-proposal', areas, [88, 28, 135, 255], true);
}

/** The cells of the hotspot being edited, so a click can be aimed at one. */
export function editingCellsLayer(cells: string[]) {
  return new H3HexagonLayer<string>({
    id: 'hotspot-editing-cells',
    data: cells,
    getHexagon: (c) => c,
    filled: true,
    getFillColor: [0, 114, 178, 70],
    stroked: true,
    getLineColor: [0, 114, 178, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    extruded: false,
    pickable: false,
  });
}

/** Two versions compared: added in solid blue, dropped in dashed vermillion; a moved hotspot shows both. */
export function comparisonLayers(added: OutlinedArea[], dropped: OutlinedArea[]) {
  return [
    outlines('compare-dropped', dropped, DROPPED_COLOUR, true, 4),
    outlines('compare-added', added, ADDED_COLOUR, false, 4),
  ];
}
