import type { Layer } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { IconLayer, PathLayer } from '@deck.gl/layers';
import { cellsToMultiPolygon } from 'h3-js';
import type { PreventionTier } from '../analysis/reference/prevention-tiers';
import { SYMBOL_PIXELS, symbolDataUrl, TIER_LINE, TIER_LINE_STYLES } from './tier-symbols';

type LngLat = [number, number];

/** A point the prevention overlay draws: its tier picks the symbol. */
export interface InterventionDatum {
  tier: PreventionTier;
  lngLat: LngLat;
}

/** The outline of a set of cells: one closed path per ring of their union (neighbours share no inner edges). */
export function cellOutlines(cells: { h3: string }[]): LngLat[][] {
  if (cells.length === 0) return [];
  return cellsToMultiPolygon(
    cells.map((c) => c.h3),
    true,
  ).flatMap((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [lng, lat] as LngLat)));
}

/** A cased outline: white underneath, the tier colour (dashed or solid) on top. Outlines only: any base view shows. */
function outlineLayers(id: string, rings: LngLat[][], style: (typeof TIER_LINE_STYLES)['watchList']): Layer[] {
  const common = { data: rings, getPath: (ring: LngLat[]) => ring, widthUnits: 'pixels' as const, pickable: false };
  const dashed = style.dashPixels !== null;
  return [
    new PathLayer<LngLat[]>({
      ...common,
      id: `${id}-casing`,
      getColor: [...TIER_LINE.casingColour, 230],
      getWidth: TIER_LINE.casingPixels,
    }),
    new PathLayer<LngLat[]>({
      ...common,
      id,
      getColor: [...style.colour, 255],
      getWidth: TIER_LINE.widthPixels,
      ...(dashed
        ? {
            extensions: [new PathStyleExtension({ dash: true })],
            getDashArray: style.dashPixels!,
            dashUnits: 'pixels',
            dashJustified: true,
          }
        : {}),
    }),
  ];
}

/** Tier 2, the watch list: significant hot cells outside the GRIP set, outlined solid blue. */
export function watchListLayer(cells: { h3: string }[]): Layer[] {
  return outlineLayers('tier-watch-list', cellOutlines(cells), TIER_LINE_STYLES.watchList);
}

/** Tier 3: New, Consecutive or Intensifying hot spots outside the set, outlined dashed reddish purple. */
export function emergingTierLayer(cells: { h3: string }[]): Layer[] {
  return outlineLayers('tier-emerging', cellOutlines(cells), TIER_LINE_STYLES.emerging);
}

/**
 * Interventions by prevention tier: a circle, square or triangle each, in its own colour with a dark edge. Plan actions
 * placed on the map are drawn by the same factory under their own id.
 */
export function interventionLayer(points: InterventionDatum[], scale = 1, id = 'tier-interventions'): Layer {
  return new IconLayer<InterventionDatum>({
    id,
    data: points,
    getPosition: (d) => d.lngLat,
    getIcon: (d) => ({
      id: d.tier,
      url: symbolDataUrl(d.tier),
      width: 36,
      height: 36,
      anchorY: 18,
    }),
    getSize: SYMBOL_PIXELS * scale,
    sizeUnits: 'pixels',
    pickable: false,
  });
}
