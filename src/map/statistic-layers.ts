import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { emergingColour, GI_BIN_COLOURS } from './hot-spot-palettes';

export interface GiDatum {
  h3: string;
  value: number;
  z: number;
  p: number;
  bin: number;
}
export interface EmergingDatum {
  h3: string;
  category: string;
  zTrend: string;
  total: number;
}

const rgba = (rgb: [number, number, number], alpha = 235): [number, number, number, number] => [...rgb, alpha];

/** Significant Gi* cells only: not-significant cells are left undrawn so the basemap stays readable. */
export function giStarLayer(data: GiDatum[]) {
  return new H3HexagonLayer<GiDatum>({
    id: 'gi-star',
    data,
    getHexagon: (d) => d.h3,
    getFillColor: (d) => rgba(GI_BIN_COLOURS[d.bin] ?? [200, 200, 200]),
    extruded: false,
    stroked: false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [20, 20, 20, 90],
  });
}

export function emergingLayer(data: EmergingDatum[]) {
  return new H3HexagonLayer<EmergingDatum>({
    id: 'emerging',
    data,
    getHexagon: (d) => d.h3,
    getFillColor: (d) => rgba(emergingColour(d.category)),
    extruded: false,
    stroked: false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [20, 20, 20, 90],
  });
}
