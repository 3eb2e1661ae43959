import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { colourFor, type ColourClass } from './colour-scale';

export interface HexDatum {
  h3: string;
  value: number;
}

/** Crime counts (or harm) per H3 cell as flat hexagons; data in, layer out. */
export function crimeHexLayer(data: HexDatum[], classes: ColourClass[], opacity = 0.8) {
  return new H3HexagonLayer<HexDatum>({
    id: 'crime-hexes',
    data,
    getHexagon: (d) => d.h3,
    getFillColor: (d) => [...colourFor(d.value, classes), 255] as [number, number, number, number],
    extruded: false,
    stroked: false,
    filled: true,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: [20, 20, 20, 90],
    updateTriggers: { getFillColor: [classes] },
  });
}
