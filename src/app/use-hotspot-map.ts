import { useCallback, useMemo, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { latLngToCell } from 'h3-js';
import { MAX_RESOLUTION } from '../analysis/crime-filter';
import { addHotspot, toggleCell } from '../analysis/hotspot-set';
import type { EngineClient } from '../data/engine-client';
import { hotspotFigures } from '../ui/hotspots/HotspotList';
import { areasOf, hotspotAt, shapesOfSet } from './hotspot-shapes';
import { hotspotWorkLayers } from './hotspot-work-layers';
import { useHotspotSet } from './use-hotspot-set';

/**
 * The GRIP hotspot set on the map: its outlines (drawn once, shared by Tier 1 and the tier cut), what the panel is
 * doing to it (editing one hotspot's cells, drawing a new one) and the layers and tooltip line that follow.
 */
export function useHotspotMap(engine: EngineClient, dataVersion: number, onRefused: (sentence: string) => void) {
  const hotspotSet = useHotspotSet(engine, dataVersion);
  const working = hotspotSet.state?.working ?? null;
  const gripHotspots = useMemo(() => shapesOfSet(working), [working]);
  const hotspotPolygons = useMemo(() => gripHotspots.map((s) => s.geometry as Polygon | MultiPolygon), [gripHotspots]);
  const [editing, setEditing] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const hotspotWork = useMemo(
    () =>
      hotspotWorkLayers({
        proposal: hotspotSet.proposal ? areasOf(hotspotSet.proposal.hotspots) : [],
        editingCells: working?.hotspots.find((h) => h.hotspotId === editing)?.cells ?? [],
        comparison: hotspotSet.comparison,
      }),
    [hotspotSet.proposal, hotspotSet.comparison, working, editing],
  );

  /** "H03 · Haymarket, Leicester" and its figures, for the tooltip at a point of the map; null outside the set. */
  const hotspotLine = useCallback(
    (lngLat: [number, number] | null, shown: boolean) => {
      const shape = lngLat && shown ? hotspotAt(gripHotspots, lngLat) : null;
      if (!shape) return null;
      return {
        label: `${shape.hotspotId} · ${shape.name ?? 'unnamed'}`,
        figures: hotspotFigures(hotspotSet.measured.get(shape.hotspotId)),
      };
    },
    [gripHotspots, hotspotSet.measured],
  );
  const onMapClick = useCallback(
    (lngLat: [number, number]) => {
      if (!editing || !working) return;
      try {
        void hotspotSet.replace(toggleCell(working, editing, latLngToCell(lngLat[1], lngLat[0], MAX_RESOLUTION)));
      } catch (error) {
        onRefused(error instanceof Error ? error.message : String(error));
      }
    },
    [editing, working, hotspotSet, onRefused],
  );
  const onDrawn = useCallback(
    (polygon: Polygon) => {
      setDrawing(false);
      const set = working ?? { name: 'GRIP hotspots', basis: 'Drawn by hand', hotspots: [] };
      void hotspotSet.replace(addHotspot(set, { drawn: polygon }));
    },
    [working, hotspotSet],
  );
  const edit = useCallback((id: string | null) => {
    setEditing(id);
    setDrawing(false);
  }, []);
  const draw = useCallback((on: boolean) => {
    setDrawing(on);
    setEditing(null);
  }, []);

  return {
    hotspotSet,
    working,
    gripHotspots,
    hotspotPolygons,
    hotspotWork,
    editing,
    drawing,
    edit,
    draw,
    hotspotLine,
    onMapClick,
    onDrawn,
  };
}
