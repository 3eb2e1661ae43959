import type { Polygon } from 'geojson';
import type { HotspotSetState } from '../analysis/hotspot-set/types';
import { bboxPolygon, type StudyAreaSpec } from '../analysis/study-area';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import type { ProfileSelection } from '../map/map-settings';
import type { PlanSubject, SaraPlan } from '../plans/plan-types';

/** "H01 · Clock Tower", as the profile panel heads it. */
export const hotspotLabel = (h: GripHotspotShape) => `${h.hotspotId} · ${h.name ?? 'unnamed'}`;

/** What a plan for the selection would be about: a GRIP hotspot of the set or the drawn area; null for a hex. */
export function selectedSubject(
  selection: ProfileSelection | null,
  hotspots: readonly GripHotspotShape[],
  studyArea: StudyAreaSpec,
): { subject: PlanSubject; label: string } | null {
  if (!selection || selection.kind === 'hex') return null;
  if (selection.kind === 'hotspot') {
    const shape = hotspots.find((h) => h.hotspotId === selection.id);
    return shape ? { subject: { kind: 'hotspot', hotspotId: shape.hotspotId }, label: hotspotLabel(shape) } : null;
  }
  const drawn = studyArea.kind === 'polygon' ? studyArea.polygon : null;
  // A plan's area is one polygon: a multi-part drawn area keeps its first part.
  const polygon: Polygon | null = drawn
    ? drawn.type === 'Polygon'
      ? drawn
      : { type: 'Polygon', coordinates: drawn.coordinates[0] }
    : studyArea.kind === 'bbox'
      ? bboxPolygon(studyArea.bbox)
      : null;
  if (!polygon) return null;
  const name = (studyArea.kind === 'polygon' ? studyArea.label : null) ?? 'Drawn area';
  return { subject: { kind: 'area', name, polygon }, label: name };
}

/** Whether a plan is about this subject: the same hotspot id, or an area with the same outline. */
export function sameSubject(a: PlanSubject, b: PlanSubject): boolean {
  if (a.kind === 'hotspot' || b.kind === 'hotspot')
    return a.kind === 'hotspot' && b.kind === 'hotspot' && a.hotspotId === b.hotspotId;
  return JSON.stringify(a.polygon.coordinates) === JSON.stringify(b.polygon.coordinates);
}

export const planFor = (plans: readonly SaraPlan[], subject: PlanSubject | null): SaraPlan | null =>
  (subject && plans.find((p) => sameSubject(p.subject, subject))) ?? null;

/** A file name part from any text: letters, digits, '-' and '_' only. */
export const fileNamePart = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'area';

/**
 * What a new plan for a GRIP hotspot records of the set it was made on: the saved version holding exactly the set in
 * use, else the set in use by name. A plan outlives its set; this says which H01 it meant.
 */
export function hotspotSetVersionLabel(state: HotspotSetState | null): string | null {
  if (!state?.working) return null;
  const version = state.versions.find((v) => v.versionId === state.inUseVersionId);
  if (version) return `${version.name} (version ${version.versionId}, saved ${version.savedAt.slice(0, 10)})`;
  return `${state.working.name || 'the set in use'}, not saved as a version`;
}
