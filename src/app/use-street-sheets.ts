import { useEffect, useState } from 'react';
import type { HotspotSet } from '../analysis/hotspot-set/types';
import { cellsPolygon } from '../analysis/hotspot-proposal';
import { OSM_ARCHIVE_PATH } from '../map/basemap-style';
import { pmtilesArchive } from '../map/pmtiles-protocol';
import { streetSheet, streetSheetBox, type StreetSheet } from '../map/street-sheet';
import { streetFeaturesAround, type StreetFeature } from '../map/street-tiles';

/**
 * A street map per hotspot of the set, for the briefing sheet: the hotspot's area (its drawn polygon, else the union
 * of its cells, as the dosage measures it) among the streets from the basemap archive. Built once per set, the first
 * time it is wanted; folding the plan and opening it again reads nothing more.
 */
export function useStreetSheets(wanted: boolean, working: HotspotSet | null) {
  const [built, setBuilt] = useState<{ of: HotspotSet; sheets: Record<string, StreetSheet> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = built?.of === working ? built : null;
  useEffect(() => {
    if (!wanted || !working || current) return;
    let live = true;
    (async () => {
      const archive = pmtilesArchive(`${window.location.origin}${OSM_ARCHIVE_PATH}`);
      const sheets: Record<string, StreetSheet> = {};
      const tiles = new Map<string, StreetFeature[]>();
      for (const h of working.hotspots) {
        const area = h.drawn ?? cellsPolygon(h.cells);
        sheets[h.hotspotId] = streetSheet(await streetFeaturesAround(archive, streetSheetBox(area), tiles), area);
        if (!live) return;
      }
      setBuilt({ of: working, sheets });
    })().catch((error: Error) => live && setProblem(`The street maps could not be read: ${error.message}`));
    return () => {
      live = false;
    };
  }, [wanted, working, current]);
  return { sheets: current?.sheets ?? {}, problem };
}
