import { useEffect, useState } from 'react';
import type { Geometry } from 'geojson';
import type { EngineClient } from '../data/engine-client';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';

/** The GRIP hotspots table (the demo's 18, or the analyst's own GeoJSON), re-read whenever the data changes. */
export function useGripHotspots(engine: EngineClient, dataVersion: number): GripHotspotShape[] {
  const [gripHotspots, setGripHotspots] = useState<GripHotspotShape[]>([]);
  useEffect(() => {
    if (dataVersion === 0) return;
    let current = true;
    engine
      .gripHotspots()
      .then(
        (rows) =>
          current &&
          setGripHotspots(
            rows.map((r) => ({
              hotspotId: r.hotspot_id,
              name: r.name,
              geometry: JSON.parse(r.geometry_json) as Geometry,
            })),
          ),
      )
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [engine, dataVersion]);
  return gripHotspots;
}
