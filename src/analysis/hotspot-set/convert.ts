// A set from a proposal or a file, and back to the definitions the proposal measures.
import type { HotspotDefinition, HotspotFeature, HotspotProposal, LngLat } from '../hotspot-proposal';
import { compareHotspotIds } from './edits';
import { cellsOfShape, isHotspotCell, isUnionOfCells, sortedCells, type HotspotShape } from './shapes';
import type { HotspotSet, SetHotspot } from './types';

export const DEMO_SET_NAME = 'Demo set (synthetic)';

/** 'Proposed 2026-12-01 from 2024-01–2025-12': when, and on which months. */
export function proposalBasis(proposal: HotspotProposal, dayIso: string): string {
  const { fromMonth, toMonth } = proposal.selection;
  return `Proposed ${dayIso.slice(0, 10)} from ${fromMonth === toMonth ? fromMonth : `${fromMonth}–${toMonth}`}`;
}

/**
 * A proposal as the set in use. Locked hotspots keep their flag; with `previous` (the set the proposal was made
 * from), a locked hotspot also keeps the polygon it was drawn with there.
 */
export function fromProposal(
  proposal: HotspotProposal,
  basis: string,
  options: { name?: string; previous?: HotspotSet | null } = {},
): HotspotSet {
  const before = new Map((options.previous?.hotspots ?? []).map((h) => [h.hotspotId, h]));
  return {
    name: options.name ?? basis,
    basis,
    hotspots: proposal.hotspots
      .map((h) => ({
        hotspotId: h.hotspotId,
        name: h.name,
        cells: sortedCells(h.cells),
        centreLngLat: [h.centreLngLat[0], h.centreLngLat[1]] as LngLat,
        locked: h.locked,
        drawn: (h.locked && before.get(h.hotspotId)?.drawn) || null,
      }))
      .sort(compareHotspotIds),
  };
}

/** Every hotspot as the proposal's definitions, for measuring (hand-drawn ones by their cells). */
export function definitions(set: HotspotSet): (HotspotDefinition & { locked: boolean })[] {
  return set.hotspots.map((h) => ({
    hotspotId: h.hotspotId,
    name: h.name || null,
    cells: [...h.cells],
    centreLngLat: [h.centreLngLat[0], h.centreLngLat[1]],
    locked: h.locked,
  }));
}

/** The locked hotspots, for `proposeHotspots(inputs, { locked })`: they survive a re-proposal. */
export function lockedDefinitions(set: HotspotSet): HotspotDefinition[] {
  return definitions(set)
    .filter((d) => d.locked)
    .map(({ locked: _locked, ...d }) => d);
}

export interface ShapeHotspot {
  hotspotId: string;
  name?: string | null;
  shape: HotspotShape;
  /** Resolution-10 cells the file lists; invalid ones are ignored, none = the cells of the shape. */
  cells?: readonly unknown[] | null;
  centreLngLat?: LngLat | null;
  locked?: boolean | null;
}

/**
 * One hotspot of a file. An area keeps its polygon as `drawn` unless it is just the union of its cells (a file this
 * app wrote); a street segment becomes the cells it runs through, centred halfway along.
 */
export function hotspotFromShape(h: ShapeHotspot): SetHotspot {
  const listed = (h.cells ?? []).filter((c): c is string => typeof c === 'string' && isHotspotCell(c));
  const fromShape = cellsOfShape(h.shape);
  const cells = listed.length > 0 ? sortedCells(listed) : fromShape.cells;
  const area = h.shape.type === 'Polygon' || h.shape.type === 'MultiPolygon' ? h.shape : null;
  const centre = h.centreLngLat;
  return {
    hotspotId: h.hotspotId,
    name: (h.name ?? '').trim(),
    cells,
    centreLngLat:
      centre && Number.isFinite(centre[0]) && Number.isFinite(centre[1])
        ? [centre[0], centre[1]]
        : fromShape.centreLngLat,
    locked: h.locked === true,
    drawn: area && !isUnionOfCells(area, cells) ? area : null,
  };
}

/** A set from hotspots in file order: a later hotspot with the same id replaces an earlier one. */
export function setOfHotspots(hotspots: SetHotspot[], fileName: string): HotspotSet {
  const byId = new Map(hotspots.map((h) => [h.hotspotId, h]));
  return { name: fileName, basis: fileName, hotspots: [...byId.values()].sort(compareHotspotIds) };
}

/** The features `readHotspotsGeoJson` kept, as the set in use (name and basis: the file's name). */
export function fromFeatures(features: HotspotFeature[], fileName: string): HotspotSet {
  return setOfHotspots(
    features.map(({ properties: p, geometry }) =>
      hotspotFromShape({
        hotspotId: p.hotspot_id,
        name: p.name,
        shape: geometry,
        cells: p.cells,
        centreLngLat: p.centre_lon !== null && p.centre_lat !== null ? [p.centre_lon, p.centre_lat] : null,
        locked: p.locked,
      }),
    ),
    fileName,
  );
}
