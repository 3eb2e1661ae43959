import { TextLayer } from '@deck.gl/layers';

export interface PlaceLabel {
  name: string;
  population: number;
  lngLat: [number, number];
}

/**
 * Town names drawn above the hexes (MapLibre's own labels sit under deck.gl's canvas). TextLayer builds its font
 * atlas from the browser's fonts, so nothing is fetched.
 */
export function placeLabelsLayer(places: PlaceLabel[], minPopulation = 4000) {
  return new TextLayer<PlaceLabel>({
    id: 'place-labels',
    data: places.filter((p) => p.population >= minPopulation),
    getPosition: (p) => p.lngLat,
    getText: (p) => p.name,
    getSize: (p) => (p.population > 300_000 ? 22 : p.population > 30_000 ? 17 : 14),
    getColor: [20, 26, 36, 255],
    fontFamily: 'system-ui, "Noto Sans", sans-serif',
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 230],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    characterSet: 'auto',
  });
}
