// Editing a GRIP hotspot set, as pure updaters (kepler.gl style): each takes a set and returns a new one, never
// mutating its argument. An edit that cannot be made throws a HotspotEditError whose message is one sentence.
import { latLngToCell } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';
import { cellsOfGeometry } from '../hotspot-proposal';
import { centreOfCells, HOTSPOT_RESOLUTION, isHotspotCell, sortedCells } from './shapes';
import type { HotspotSet, SetHotspot } from './types';

export type HotspotEditProblem =
  'unknown-hotspot' | 'duplicate-id' | 'not-a-cell' | 'no-cells' | 'last-cell' | 'takes-last-cell';

export class HotspotEditError extends Error {
  constructor(
    readonly code: HotspotEditProblem,
    sentence: string,
  ) {
    super(sentence);
    this.name = 'HotspotEditError';
  }
}

const byId = (a: SetHotspot, b: SetHotspot) => (a.hotspotId < b.hotspotId ? -1 : a.hotspotId > b.hotspotId ? 1 : 0);

function find(set: HotspotSet, hotspotId: string): SetHotspot {
  const hotspot = set.hotspots.find((h) => h.hotspotId === hotspotId);
  if (!hotspot)
    throw new HotspotEditError('unknown-hotspot', `The set has no hotspot ${hotspotId}: nothing was changed.`);
  return hotspot;
}

function replace(set: HotspotSet, hotspotId: string, change: (h: SetHotspot) => SetHotspot): HotspotSet {
  find(set, hotspotId);
  return { ...set, hotspots: set.hotspots.map((h) => (h.hotspotId === hotspotId ? change(h) : h)) };
}

/** The centre stays put unless the cell under it left the hotspot; then it is the centre of what is left. */
function withCells(h: SetHotspot, cells: string[]): SetHotspot {
  const [lng, lat] = h.centreLngLat;
  const centreCell = Number.isFinite(lng) && Number.isFinite(lat) ? latLngToCell(lat, lng, HOTSPOT_RESOLUTION) : '';
  const centreLngLat = cells.includes(centreCell) ? h.centreLngLat : centreOfCells(cells);
  // Cells edited on the map replace the drawn polygon: the hotspot is now the union of its cells.
  return { ...h, cells: sortedCells(cells), centreLngLat, drawn: null };
}

/**
 * Gives `cells` to one hotspot: any other hotspot holding some of them loses them (a cell belongs to one hotspot);
 * refused when that would leave another hotspot with no cells.
 */
function takeCells(hotspots: SetHotspot[], receiverId: string, cells: string[]): SetHotspot[] {
  const taken = new Set(cells);
  return hotspots.map((h) => {
    if (h.hotspotId === receiverId || !h.cells.some((c) => taken.has(c))) return h;
    const left = h.cells.filter((c) => !taken.has(c));
    if (left.length === 0)
      throw new HotspotEditError(
        'takes-last-cell',
        `That would take every cell of ${h.hotspotId}: delete ${h.hotspotId} first, or leave it a cell.`,
      );
    return withCells(h, left);
  });
}

function checkCell(cell: string): void {
  if (!isHotspotCell(cell))
    throw new HotspotEditError('not-a-cell', `${String(cell)} is not an H3 resolution-10 cell: nothing was changed.`);
}

/**
 * Adds a cell to a hotspot, or removes it when the hotspot has it. A cell another hotspot holds moves to this one.
 * Removing a hotspot's last cell is refused (delete the hotspot instead).
 */
export function toggleCell(set: HotspotSet, hotspotId: string, cell: string): HotspotSet {
  checkCell(cell);
  const hotspot = find(set, hotspotId);
  if (hotspot.cells.includes(cell)) {
    if (hotspot.cells.length === 1)
      throw new HotspotEditError(
        'last-cell',
        `That is the last cell of ${hotspotId}: a hotspot needs at least one; delete ${hotspotId} to remove it.`,
      );
    return replace(set, hotspotId, (h) =>
      withCells(
        h,
        h.cells.filter((c) => c !== cell),
      ),
    );
  }
  const hotspots = takeCells(set.hotspots, hotspotId, [cell]).map((h) =>
    h.hotspotId === hotspotId ? withCells(h, [...h.cells, cell]) : h,
  );
  return { ...set, hotspots };
}

/** '' (or only spaces) leaves it unnamed: measuring names it after the street holding most of its crimes. */
export function renameHotspot(set: HotspotSet, hotspotId: string, name: string): HotspotSet {
  return replace(set, hotspotId, (h) => ({ ...h, name: name.trim() }));
}

export function setLocked(set: HotspotSet, hotspotId: string, locked: boolean): HotspotSet {
  return replace(set, hotspotId, (h) => ({ ...h, locked }));
}

export function deleteHotspot(set: HotspotSet, hotspotId: string): HotspotSet {
  find(set, hotspotId);
  return { ...set, hotspots: set.hotspots.filter((h) => h.hotspotId !== hotspotId) };
}

/** `H01`, `H02`, …: the first not in the set (the proposal numbers the same way). */
export function nextHotspotId(set: HotspotSet): string {
  const used = new Set(set.hotspots.map((h) => h.hotspotId));
  let k = 1;
  while (used.has(`H${String(k).padStart(2, '0')}`)) k++;
  return `H${String(k).padStart(2, '0')}`;
}

export interface NewHotspot {
  /** Default: nextHotspotId(set). */
  hotspotId?: string;
  name?: string;
  /** Default: the cells whose centres the drawn polygon holds (cellsOfGeometry). */
  cells?: string[];
  drawn?: Polygon | MultiPolygon | null;
  locked?: boolean;
}

/** A hotspot added by hand, from cells clicked or a polygon drawn; it takes its cells from any hotspot holding them. */
export function addHotspot(set: HotspotSet, hotspot: NewHotspot): HotspotSet {
  const hotspotId = hotspot.hotspotId ?? nextHotspotId(set);
  if (set.hotspots.some((h) => h.hotspotId === hotspotId))
    throw new HotspotEditError('duplicate-id', `The set already has a hotspot ${hotspotId}: nothing was added.`);
  const drawn = hotspot.drawn ?? null;
  const cells = sortedCells(hotspot.cells?.length ? hotspot.cells : drawn ? cellsOfGeometry(drawn) : []);
  if (cells.length === 0)
    throw new HotspotEditError('no-cells', 'A new hotspot needs cells or a drawn polygon: nothing was added.');
  cells.forEach(checkCell);
  const added: SetHotspot = {
    hotspotId,
    name: (hotspot.name ?? '').trim(),
    cells,
    centreLngLat: centreOfCells(cells),
    locked: hotspot.locked ?? false,
    drawn,
  };
  return { ...set, hotspots: [...takeCells(set.hotspots, hotspotId, cells), added].sort(byId) };
}

/** A hotspot redrawn: its cells are those the polygon holds (taken from any other hotspot), centred anew. */
export function reshapeHotspot(set: HotspotSet, hotspotId: string, drawn: Polygon | MultiPolygon): HotspotSet {
  find(set, hotspotId);
  const cells = cellsOfGeometry(drawn);
  const hotspots = takeCells(set.hotspots, hotspotId, cells).map((h) =>
    h.hotspotId === hotspotId ? { ...h, cells, centreLngLat: centreOfCells(cells), drawn } : h,
  );
  return { ...set, hotspots };
}

export { byId as compareHotspotIds };
