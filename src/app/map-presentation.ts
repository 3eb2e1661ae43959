import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import { crimeHexLayer } from '../map/hex-layer';
import { gripHotspotLayers, type GripHotspotShape } from '../map/grip-hotspot-layers';
import { clustersLayer, emergingLayer, giStarLayer } from '../map/statistic-layers';
import { clusterMeaning, formatP, giBinMeaning } from '../map/hot-spot-palettes';
import type { ColourClass } from '../map/colour-scale';
import type { MapSettings } from '../map/map-settings';
import { POI_GROUPS, type PointOfInterest } from '../map/points-of-interest';
import { underBasemapLabels } from '../map/layer-order';
import type { MapData } from './use-map-data';
import type { HexTooltipData } from '../ui/HexTooltip';
import type { ShownHex } from './hexes-in-view';

/** How much bigger text is with the large-text setting: 16 px → 20 px in the panels, the same for map labels. */
export const LARGE_TEXT_SCALE = 1.25;

/**
 * layersFor, recomputed only when an input changes: `overlays` is a fixed-length list of layer lists, each kept
 * stable by its own hook (a list rebuilt on every render would redraw the map on every render).
 */
export function useMapLayers(
  settings: MapSettings,
  streetScale: boolean,
  data: MapData,
  classes: ColourClass[],
  gripHotspots: GripHotspotShape[],
  overlays: Layer[][],
) {
  return useMemo(
    () => layersFor(settings, streetScale, data, classes, gripHotspots, overlays.flat()),
    [settings, streetScale, data, classes, gripHotspots, ...overlays],
  );
}

/** The deck.gl layers for the current mode: the crime layer under the basemap's names, the hotspots on top. */
export function layersFor(
  settings: MapSettings,
  /** At street zoom (STREET_ZOOM and closer) the hexes thin out so the roads read. */
  streetScale: boolean,
  data: MapData,
  classes: ColourClass[],
  gripHotspots: GripHotspotShape[],
  /** Proposal, hotspot editing and version comparison, above the set's outlines. */
  hotspotWork: Layer[] = [],
) {
  const main =
    settings.mode === 'gi'
      ? giStarLayer(data.gi)
      : settings.mode === 'emerging'
        ? emergingLayer(data.emerging)
        : settings.mode === 'clusters'
          ? clustersLayer(data.clusters)
          : crimeHexLayer(data.hexes, classes);
  return [
    underBasemapLabels(main, streetScale),
    ...gripHotspotLayers(gripHotspots, settings.showGripHotspots),
    ...hotspotWork,
  ];
}

const n = (value: number) => Math.round(value).toLocaleString('en-GB');

/** Tooltip text for a hex in any mode, hovered or stepped to by keyboard (top crime types are fetched separately). */
export function tooltipFor(
  settings: MapSettings,
  object: ShownHex | undefined,
  x: number,
  y: number,
): Omit<HexTooltipData, 'topTypes' | 'topPlaces'> | null {
  if (!object) return null;
  const unit = settings.harm ? 'harm-days' : 'crimes';
  const base = { x, y, h3: object.h3 };
  if ('quadrant' in object) {
    return {
      ...base,
      heading: clusterMeaning(object.quadrant, settings.harm),
      details: [`${n(object.value)} ${unit} here · local Moran's I = ${object.i.toFixed(2)} · ${formatP(object.p)}`],
    };
  }
  if ('bin' in object) {
    const here = `${n(object.value)} ${unit} here`;
    // Gi* counts the neighbours too: a quiet hex inside a hot cluster is significant for its surroundings.
    const few = object.value === 0 || (!settings.harm && object.value <= 2);
    const alone = object.bin > 0 && few ? '; part of a hot cluster around it' : '';
    return {
      ...base,
      heading: giBinMeaning(object.bin, settings.harm),
      details: [`${here}${alone} · z = ${object.z.toFixed(2)} · ${formatP(object.p)}`],
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

/** Inside a hotspot where no hex is drawn: the hotspot alone. */
export function hotspotOnlyTooltip(
  x: number,
  y: number,
  hotspot: NonNullable<HexTooltipData['hotspot']>,
): HexTooltipData {
  return { x, y, h3: '', heading: '', details: [], topTypes: [], topPlaces: [], hotspot };
}

/** A point of interest under the pointer: its name and what kind of place it is. */
export function poiTooltip(x: number, y: number, poi: PointOfInterest): HexTooltipData {
  const group = POI_GROUPS.find((g) => g.id === poi.group);
  const kind = poi.subclass.replace(/_/g, ' ');
  return {
    x,
    y,
    h3: '',
    heading: poi.name,
    details: [`${group?.label ?? kind} (OSM: ${kind})`],
    topTypes: [],
    topPlaces: [],
  };
}

/** What a screen reader says for a hex's tooltip: the same facts, as one sentence list. */
export function tooltipSentence(t: HexTooltipData): string {
  const where =
    (t.position ? `Hex ${t.position.index + 1} of ${t.position.count} in view. ` : '') +
    (t.hotspot ? `In GRIP hotspot ${t.hotspot.label}: ${t.hotspot.figures}. ` : '');
  const types =
    t.topTypes === null
      ? ''
      : ` Most common: ${t.topTypes.map((type) => `${type.crime_type} ${n(type.crimes)}`).join(', ')}.`;
  const places =
    t.topPlaces && t.topPlaces.length > 0
      ? ` Busiest places: ${t.topPlaces.map((p) => `${p.place} ${n(p.crimes)}`).join(', ')}.`
      : '';
  return `${where}${t.heading}.${t.details.map((d) => ` ${d}.`).join('')}${types}${places}`;
}
