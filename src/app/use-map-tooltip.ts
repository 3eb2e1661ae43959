import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import type { EngineClient } from '../data/engine-client';
import type { CrimeFilter } from '../analysis/crime-filter';
import type { MapSettings } from '../map/map-settings';
import { POI_LAYER_ID } from '../map/poi-layer';
import type { HexTooltipData } from '../ui/HexTooltip';
import type { ShownHex } from './hexes-in-view';
import type { HexStep } from './use-hex-stepper';
import { hotspotOnlyTooltip, poiTooltip, tooltipFor, tooltipSentence } from './map-presentation';

type HotspotLine = (lngLat: [number, number] | null, shown: boolean) => HexTooltipData['hotspot'];

/**
 * The map's one tooltip: a hovered hex (its top crime types fetched after), a hotspot where no hex is drawn, a point of
 * interest, or the hex the keyboard stepped to (read out through `announce`). It closes when the data under it change.
 */
export function useMapTooltip(
  engine: EngineClient,
  filter: CrimeFilter,
  settings: MapSettings,
  hotspotLine: HotspotLine,
  announce: (sentence: string) => void,
  data: unknown,
) {
  const [tooltip, setTooltip] = useState<HexTooltipData | null>(null);
  // Each opening counts up: a profile that comes back for an older one is dropped.
  const openings = useRef(0);
  useEffect(() => setTooltip(null), [data, settings]);
  useEffect(() => {
    if (tooltip?.position) announce(tooltipSentence(tooltip));
  }, [tooltip, announce]);

  const close = useCallback(() => {
    openings.current++;
    setTooltip(null);
  }, []);
  const showCell = useCallback(
    (content: Omit<HexTooltipData, 'topTypes' | 'topPlaces'>) => {
      const seq = ++openings.current;
      setTooltip({ ...content, topTypes: null, topPlaces: null });
      engine
        .cellProfile({ filter, h3: content.h3 })
        .then((profile) => {
          if (seq === openings.current) setTooltip((t) => (t && t.h3 === content.h3 ? { ...t, ...profile } : t));
        })
        .catch(() => undefined);
    },
    [engine, filter],
  );
  const onHover = useCallback(
    (info: PickingInfo) => {
      if (info.layer?.id === POI_LAYER_ID) {
        openings.current++;
        return setTooltip(poiTooltip(info.x, info.y, info.object));
      }
      const lngLat = info.coordinate ? ([info.coordinate[0], info.coordinate[1]] as [number, number]) : null;
      const hotspot = hotspotLine(lngLat, settings.showGripHotspots);
      const content = tooltipFor(settings, info.object as ShownHex, info.x, info.y);
      if (content) return showCell({ ...content, hotspot });
      close();
      if (hotspot) setTooltip(hotspotOnlyTooltip(info.x, info.y, hotspot));
    },
    [settings, showCell, hotspotLine, close],
  );
  const onStep = useCallback(
    (step: HexStep | 'none-in-view' | null) => {
      if (step === null || step === 'none-in-view') {
        close();
        if (step) announce('No hexes in view: zoom out or pan to find some.');
        return;
      }
      const content = tooltipFor(settings, step.hex, step.x, step.y);
      if (content) showCell({ ...content, position: step.position });
    },
    [settings, showCell, close, announce],
  );
  return { tooltip, onHover, onStep };
}
