import { useEffect, useState } from 'react';
import { PMTiles } from 'pmtiles';
import type { HotspotSet } from '../analysis/hotspot-set/types';
import { cellsPolygon } from '../analysis/hotspot-proposal';
import { OSM_ARCHIVE_PATH } from '../map/basemap-style';
import { streetSheet, streetSheetBox, type StreetSheet } from '../map/street-sheet';
import { streetFeaturesAround, type StreetFeature } from '../map/street-tiles';

let archive: PMTiles | null = null;
/** The basemap's archive on our own origin, opened once (the pmtiles reader keeps its directory). */
const osmArchive = () => (archive ??= new PMTiles(`${window.location.origin}${OSM_ARCHIVE_PATH}`));

/**
 * A street map per hotspot of the set, for the briefing sheet: the hotspot's area (its drawn polygon, else the union
 * of its cells, as the dosage measures it) among the streets from the basemap archive. Built once wanted.
 */
export function useStreetSheets(wanted: boolean, working: HotspotSet | null) {
  const [sheets, setSheets] = useState<Record<string, StreetSheet>>({});
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || !working) return;
    let current = true;
    (async () => {
      const built: Record<string, StreetSheet> = {};
      const tiles = new Map<string, StreetFeature[]>();
      for (const h of working.hotspots) {
        const area = h.drawn ?? cellsPolygon(h.cells);
        const features = await streetFeaturesAround(osmArchive(), streetSheetBox(area), tiles);
        built[h.hotspotId] = streetSheet(features, area);
        if (!current) return;
      }
      setSheets(built);
    })().catch((error: Error) => current && setProblem(`The street maps could not be read: ${error.message}`));
    return () => {
      current = false;
    };
  }, [wanted, working]);
  return { sheets, problem };
}
