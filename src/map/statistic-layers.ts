import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { FillStyleExtension, type FillStyleExtensionProps } from '@deck.gl/extensions';
import {
  clusterColour,
  EMERGING_HATCH,
  emergingColour,
  emergingHatched,
  GI_BIN_COLOURS,
  type ClusterQuadrant,
} from './hot-spot-palettes';

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

export interface ClusterDatum {
  h3: string;
  value: number;
  i: number;
  z: number;
  p: number;
  quadrant: ClusterQuadrant;
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

const HATCH_MAPPING = {
  hatch: {
    type: 'hatch' as const,
    angle: EMERGING_HATCH.angleDegrees,
    strokeWidth: EMERGING_HATCH.stripePixels,
    gap: EMERGING_HATCH.gapPixels,
  },
};

/**
 * Emerging categories; the hatched ones draw their colour behind white stripes (deck.gl's procedural hatch, sized in
 * screen pixels). A name missing from the mapping ('solid') draws the plain fill colour. highPrecision keeps deck.gl
 * on polygons: its faster column rendering takes no fill pattern.
 */
export function emergingLayer(data: EmergingDatum[]) {
  return new H3HexagonLayer<EmergingDatum, FillStyleExtensionProps<EmergingDatum>>({
    id: 'emerging',
    data,
    getHexagon: (d) => d.h3,
    highPrecision: true,
    getFillColor: (d) => rgba(emergingHatched(d.category) ? EMERGING_HATCH.stripeColour : emergingColour(d.category)),
    getFillPattern: (d) => (emergingHatched(d.category) ? 'hatch' : 'solid'),
    getFillPatternBackgroundColor: (d) => rgba(emergingColour(d.category)),
    fillPatternMapping: HATCH_MAPPING,
    fillPatternSizeUnits: 'pixels',
    extensions: [new FillStyleExtension({ proceduralPattern: true })],
    extruded: false,
    stroked: false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [20, 20, 20, 90],
  });
}

/** Significant local Moran's I cells by quadrant; the rest of the study area is left undrawn. */
export function clustersLayer(data: ClusterDatum[]) {
  return new H3HexagonLayer<ClusterDatum>({
    id: 'clusters',
    data,
    getHexagon: (d) => d.h3,
    getFillColor: (d) => rgba(clusterColour(d.quadrant)),
    extruded: false,
    stroked: false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [20, 20, 20, 90],
  });
}
