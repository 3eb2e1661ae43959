import type { PickingInfo } from '@deck.gl/core';
import { crimeHexLayer, type HexDatum } from '../map/hex-layer';
import { placeLabelsLayer, type PlaceLabel } from '../map/place-labels-layer';
import { gripHotspotLayers, type GripHotspotShape } from '../map/grip-hotspot-layers';
import { emergingLayer, giStarLayer, type EmergingDatum, type GiDatum } from '../map/statistic-layers';
import { giBinMeaning } from '../map/hot-spot-palettes';
import type { ColourClass } from '../map/colour-scale';
import type { MapSettings } from '../map/map-settings';
import type { MapData } from './use-map-data';
import type { HexTooltipData } from '../ui/HexTooltip';

/** The deck.gl layers for the current mode, town labels always on top. */
export function layersFor(
  settings: MapSettings,
  data: MapData,
  classes: ColourClass[],
  places: PlaceLabel[],
  gripHotspots: GripHotspotShape[],
) {
  const main =
    settings.mode === 'gi'
      ? giStarLayer(data.gi)
      : settings.mode === 'emerging'
        ? emergingLayer(data.emerging)
        : crimeHexLayer(data.hexes, classes);
  return [main, placeLabelsLayer(places), ...gripHotspotLayers(gripHotspots, settings.showGripHotspots)];
}

const n = (value: number) => Math.round(value).toLocaleString('en-GB');

/** Tooltip text for a hovered hex in any mode (top crime types are fetched separately). */
export function tooltipFor(
  settings: MapSettings,
  info: PickingInfo,
): Omit<HexTooltipData, 'topTypes' | 'topPlaces'> | null {
  const object = info.object as HexDatum | GiDatum | EmergingDatum | undefined;
  if (!object) return null;
  const unit = settings.harm ? 'harm-days' : 'crimes';
  const base = { x: info.x, y: info.y, h3: object.h3 };
  if ('bin' in object) {
    return {
      ...base,
      heading: giBinMeaning(object.bin, settings.harm),
      details: [`${n(object.value)} ${unit} · z = ${object.z.toFixed(2)} · p = ${object.p.toPrecision(2)}`],
    };
  }
  if ('category' in object) {
    return {
      ...base,
      heading: object.category,
      details: [`${n(object.total)} ${unit} over the period · trend of z: ${object.zTrend}`],
    };
  }
  return { ...base, heading: `${n(object.value)} ${unit}`, details: [] };
}
