import { ScatterplotLayer } from '@deck.gl/layers';

/** Where a search took the map: a ring (white under dark, readable on any hex) at the place found. */
export function searchResultLayers(lngLat: [number, number] | null) {
  if (!lngLat) return [];
  const ring = (id: string, colour: [number, number, number], width: number) =>
    new ScatterplotLayer<[number, number]>({
      id,
      data: [lngLat],
      getPosition: (p) => p,
      filled: false,
      stroked: true,
      radiusUnits: 'pixels',
      getRadius: 16,
      lineWidthUnits: 'pixels',
      getLineWidth: width,
      getLineColor: colour,
    });
  return [ring('search-result-casing', [255, 255, 255], 6), ring('search-result', [27, 31, 39], 3)];
}
