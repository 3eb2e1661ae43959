import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cellToLatLng } from 'h3-js';
import type { MapMode } from '../map/map-settings';
import type { MapData } from './use-map-data';
import { hexesInView, stepIndex, type ShownHex, type ViewBounds } from './hexes-in-view';

export interface HexStep {
  hex: ShownHex;
  /** Where the hex's centre is on the map, in pixels from its top-left corner. */
  x: number;
  y: number;
  position: { index: number; count: number };
}

/**
 * N / P on the focused map: the next or previous hex in view (see hexesInView for the order), projected to the screen
 * for its tooltip. The list is taken afresh once the map has moved or the data changed, starting at the top again.
 */
export function useHexStepper(
  map: RefObject<MapLibreMap | null>,
  mode: MapMode,
  data: MapData,
  /** A hex stepped to; 'none-in-view' when the view holds no hex; null when Esc closed it. */
  onStep: (step: HexStep | 'none-in-view' | null) => void,
): (direction: 1 | -1 | 0) => void {
  const order = useRef<{ list: ShownHex[]; index: number; bounds: string } | null>(null);
  useEffect(() => {
    order.current = null;
  }, [mode, data]);
  return useCallback(
    (direction) => {
      const m = map.current;
      if (!m) return;
      if (direction === 0) {
        if (order.current) order.current.index = -1;
        return onStep(null);
      }
      const bounds = m.getBounds().toArray().flat() as ViewBounds;
      if (order.current?.bounds !== bounds.join())
        order.current = { list: hexesInView(mode, data, bounds), index: -1, bounds: bounds.join() };
      const { list } = order.current;
      order.current.index = stepIndex(order.current.index, list.length, direction);
      if (order.current.index < 0) return onStep('none-in-view');
      const hex = list[order.current.index];
      const [lat, lng] = cellToLatLng(hex.h3);
      const { x, y } = m.project([lng, lat]);
      onStep({ hex, x, y, position: { index: order.current.index, count: list.length } });
    },
    [map, mode, data, onStep],
  );
}
