import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle, LLR_BOUNDS } from '../map/basemap-style';
import { TOWN_LABELS, townLabelSize } from '../map/basemap-labels';
import { formatMapPosition, sameMapPosition, type MapPosition } from '../map/map-position';
import { startHotspotDrawing } from '../map/hotspot-drawing';
import { registerPmtilesProtocol } from '../map/pmtiles-protocol';
import type { Polygon } from 'geojson';

// MapLibre 6 looks for its worker beside its own module, which a bundle moves: point it at the bundled worker.
maplibregl.setWorkerUrl(maplibreWorkerUrl);
registerPmtilesProtocol();

/** How long the map must rest before a pan or zoom is reported: one report per gesture, not one per wheel step. */
const REPORT_AFTER_MS = 300;

interface MapViewProps {
  layers: Layer[];
  /** Where to look (centre [lng, lat] and zoom); null shows the whole of LLR. A new position moves the map. */
  view: MapPosition | null;
  /** The position the map came to rest at after the user panned or zoomed. */
  onViewChange: (view: MapPosition) => void;
  onHover: (info: PickingInfo) => void;
  /** The map once made, for projecting cells to the screen (keyboard stepping). */
  onReady?: (map: maplibregl.Map) => void;
  /** N / P on the focused map step to the next or previous hex in view; Esc (0) closes what the step opened. */
  onKeyStep?: (direction: 1 | -1 | 0) => void;
  /** A click on the map (not while drawing), at [lng, lat]. */
  onClick?: (lngLat: [number, number]) => void;
  /** Drawing a hotspot by hand: each closed polygon goes to onDrawn. */
  drawing?: boolean;
  onDrawn?: (polygon: Polygon) => void;
  /** The large-text factor for the basemap's town names (1 normally). */
  labelScale?: number;
}

const STEP_KEYS: Record<string, 1 | -1 | 0> = { n: 1, N: 1, p: -1, P: -1, Escape: 0 };

/** What a screen reader hears when the map takes focus: what it is and which keys work. */
export const MAP_LABEL =
  'Map of crime in Leicester, Leicestershire and Rutland. Arrow keys pan, plus and minus zoom, ' +
  'N and P step through the hexes in view and read their details, Escape closes them.';

const positionOf = (map: maplibregl.Map): MapPosition => {
  const { lng, lat } = map.getCenter();
  return { lngLat: [lng, lat], zoom: map.getZoom() };
};

/**
 * MapLibre basemap with deck.gl interleaved in its layer stack (one WebGL context): crime layers sit under the street
 * names, hotspot outlines and town labels on top.
 */
export function MapView(props: MapViewProps) {
  const { layers, view, onViewChange, onHover, onReady, onKeyStep, onClick, drawing = false, onDrawn } = props;
  const labelScale = props.labelScale ?? 1;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlay = useRef<MapLibreOverlay | null>(null);
  const callbacks = useRef({ onHover, onViewChange, onReady, onKeyStep, onClick, onDrawn, drawing });
  // The last position reported up (or moved to): a `view` equal to it is our own echo, not a request to move.
  const reported = useRef(view);
  callbacks.current = { onHover, onViewChange, onReady, onKeyStep, onClick, onDrawn, drawing };

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(window.location.origin),
      ...(reported.current
        ? { center: reported.current.lngLat, zoom: reported.current.zoom }
        : { bounds: LLR_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: { compact: false },
      dragRotate: false,
      pitchWithRotate: false,
      locale: { 'Map.Title': MAP_LABEL },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    const deck = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => callbacks.current.onHover(info),
      onClick: (info) => {
        if (!callbacks.current.drawing && info.coordinate)
          callbacks.current.onClick?.([info.coordinate[0], info.coordinate[1]]);
      },
    });
    map.addControl(deck);
    map.getCanvas().addEventListener('keydown', (event) => {
      const direction = STEP_KEYS[event.key];
      if (direction === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      callbacks.current.onKeyStep?.(direction);
    });
    overlay.current = deck;
    mapRef.current = map;
    // The map object on its element, for the browser tests (queryRenderedFeatures) and an analyst's console.
    Object.assign(container.current, { maplibreMap: map });
    callbacks.current.onReady?.(map);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rested = () => {
      const position = positionOf(map);
      // For tests and for reading the position off the page: where the map is now, as `at=` writes it.
      container.current?.setAttribute('data-view', formatMapPosition(position));
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (sameMapPosition(position, reported.current)) return;
        reported.current = position;
        callbacks.current.onViewChange(position);
      }, REPORT_AFTER_MS);
    };
    map.on('moveend', rested);
    // MapLibre's own report of a failed tile or glyph prints an error rebuilt from its worker, which the console shows
    // as a bare "Error"; say what failed instead.
    map.on('error', (event) => console.error(`Map: ${mapErrorText(event)}`));
    map.once('load', () => container.current?.setAttribute('data-view', formatMapPosition(positionOf(map))));
    return () => {
      clearTimeout(timer);
      overlay.current = null;
      mapRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !view || sameMapPosition(view, reported.current)) return;
    reported.current = view;
    map.jumpTo({ center: view.lngLat, zoom: view.zoom });
  }, [view]);

  useEffect(() => {
    overlay.current?.setProps({ layers });
  }, [layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const resize = () => map.setLayoutProperty(TOWN_LABELS, 'text-size', townLabelSize(labelScale));
    if (map.isStyleLoaded()) resize();
    else map.once('load', resize);
  }, [labelScale]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !drawing) return;
    return startHotspotDrawing(map, (polygon) => callbacks.current.onDrawn?.(polygon));
  }, [drawing]);

  return <div ref={container} className="map" data-testid="map" />;
}

function mapErrorText(event: maplibregl.ErrorEvent & { sourceId?: string }): string {
  const error = event.error as { message?: string; status?: number; url?: string } | undefined;
  const parts = [error?.message || 'unknown error', error?.status && `status ${error.status}`, error?.url];
  if (event.sourceId) parts.push(`source ${event.sourceId}`);
  return parts.filter(Boolean).join(', ');
}
