import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle, LLR_BOUNDS } from '../map/basemap-style';

// MapLibre 6 looks for its worker beside its own module, which a bundle moves: point it at the bundled worker.
maplibregl.setWorkerUrl(maplibreWorkerUrl);

interface MapViewProps {
  layers: Layer[];
  /** A starting view (centre [lng, lat] and zoom) instead of the whole of LLR. */
  initialView?: { lngLat: [number, number]; zoom: number } | null;
  onHover: (info: PickingInfo) => void;
}

/** MapLibre basemap with deck.gl drawn over it (non-interleaved: interleaving breaks on MapLibre 6). */
export function MapView({ layers, initialView, onHover }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const callbacks = useRef({ onHover });
  const startView = useRef(initialView);
  callbacks.current = { onHover };

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(window.location.origin),
      ...(startView.current
        ? { center: startView.current.lngLat, zoom: startView.current.zoom }
        : { bounds: LLR_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: { compact: false },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    const deck = new MapboxOverlay({
      interleaved: false,
      layers: [],
      onHover: (info) => callbacks.current.onHover(info),
    });
    map.addControl(deck);
    overlay.current = deck;
    return () => {
      overlay.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    overlay.current?.setProps({ layers });
  }, [layers]);

  return <div ref={container} className="map" data-testid="map" />;
}
