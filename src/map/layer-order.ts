import type { Layer } from '@deck.gl/core';
import { FIRST_LABEL_LAYER } from './basemap-labels';

/** From this zoom the streets matter as much as the hexes: the hexes thin out so the roads under them read. */
export const STREET_ZOOM = 14;
const STREET_SCALE_OPACITY_FACTOR = 0.55;

/**
 * A crime layer slotted into the basemap just under its names (MapLibreOverlay reads `beforeId`), and more
 * translucent at street zoom. The colour-vision checks are made at the whole-LLR view, where the opacity is unchanged.
 */
export function underBasemapLabels(layer: Layer, streetScale: boolean): Layer {
  const opacity = layer.props.opacity * (streetScale ? STREET_SCALE_OPACITY_FACTOR : 1);
  return layer.clone({ beforeId: FIRST_LABEL_LAYER, opacity } as Partial<Layer['props']>);
}
