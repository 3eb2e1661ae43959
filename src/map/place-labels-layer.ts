import { TextLayer } from '@deck.gl/layers';
import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';

export interface PlaceLabel {
  name: string;
  population: number;
  lngLat: [number, number];
}

/** Label size in pixels by town size; `scale` is the large-text setting's factor. */
export const placeLabelSize = (p: PlaceLabel, scale = 1) =>
  (p.population > 300_000 ? 22 : p.population > 30_000 ? 17 : 14) * scale;

/** Bigger towns win where two labels would overlap (priority runs -1000…1000 in deck.gl). */
export const placeLabelPriority = (p: PlaceLabel) => Math.round(Math.log10(Math.max(1, p.population)) * 100);

/**
 * Town names drawn above the hexes (MapLibre's own labels sit under deck.gl's canvas). TextLayer builds its font
 * atlas from the browser's fonts, so nothing is fetched. deck.gl's collision filter hides the smaller of two
 * overlapping towns (Birstall beside Thurmaston, Narborough beside Blaby) until the map is zoomed in far enough.
 */
export function placeLabelsLayer(places: PlaceLabel[], minPopulation = 4000, scale = 1) {
  return new TextLayer<PlaceLabel, CollisionFilterExtensionProps<PlaceLabel>>({
    id: 'place-labels',
    data: places.filter((p) => p.population >= minPopulation),
    getPosition: (p) => p.lngLat,
    getText: (p) => p.name,
    getSize: (p) => placeLabelSize(p, scale),
    getColor: [20, 26, 36, 255],
    fontFamily: 'system-ui, "Noto Sans", sans-serif',
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 230],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    characterSet: 'auto',
    extensions: [new CollisionFilterExtension()],
    getCollisionPriority: placeLabelPriority,
    // The collision box is the label's own, grown 2.5 times: a name hides a smaller town whose centre its box covers.
    collisionTestProps: { sizeScale: 2.5 },
    updateTriggers: { getSize: scale },
  });
}
