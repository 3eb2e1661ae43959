import { latLngToCell } from 'h3-js';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { ProfileSelection } from '../map/map-settings';
import { hotspotAt } from './hotspot-shapes';

/** What a click on the map selects: the GRIP hotspot under it when the set is shown, else the hex at the resolution. */
export function selectionAt(
  lngLat: [number, number],
  hotspots: GripHotspotShape[],
  showGripHotspots: boolean,
  resolution: number,
): ProfileSelection {
  const hotspot = showGripHotspots ? hotspotAt(hotspots, lngLat) : null;
  if (hotspot) return { kind: 'hotspot', id: hotspot.hotspotId };
  return { kind: 'hex', h3: latLngToCell(lngLat[1], lngLat[0], resolution) };
}
