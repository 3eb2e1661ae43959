import type { MultiPolygon, Polygon } from 'geojson';
import { cellToBoundary, isValidCell } from 'h3-js';
import { bboxPolygon, type StudyAreaSpec } from '../analysis/study-area';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { ProfileSelection } from '../map/map-settings';

export interface SelectionArea {
  id: string;
  heading: string;
  polygon: Polygon | MultiPolygon;
  /** The GRIP hotspot's id when the selection is one (patrol minutes are kept per hotspot). */
  hotspotId: string | null;
}

/** The polygon a selection covers and how the panel names it; null when it no longer exists (a deleted hotspot). */
export function selectionArea(
  selection: ProfileSelection | null,
  hotspots: GripHotspotShape[],
  studyArea: StudyAreaSpec,
): SelectionArea | null {
  if (!selection) return null;
  if (selection.kind === 'hotspot') {
    const shape = hotspots.find((h) => h.hotspotId === selection.id);
    const g = shape?.geometry;
    if (!shape || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
    const heading = `${shape.hotspotId} · ${shape.name ?? 'unnamed'}`;
    return { id: shape.hotspotId, heading, polygon: g, hotspotId: shape.hotspotId };
  }
  if (selection.kind === 'hex') {
    if (!isValidCell(selection.h3)) return null;
    // GeoJSON order, loop closed.
    const polygon: Polygon = { type: 'Polygon', coordinates: [cellToBoundary(selection.h3, true)] };
    return { id: selection.h3, heading: `Hex ${selection.h3}`, polygon, hotspotId: null };
  }
  if (studyArea.kind === 'polygon')
    return { id: 'area', heading: studyArea.label ?? 'Drawn area', polygon: studyArea.polygon, hotspotId: null };
  if (studyArea.kind === 'bbox')
    return { id: 'area', heading: 'Map view area', polygon: bboxPolygon(studyArea.bbox), hotspotId: null };
  return null;
}
