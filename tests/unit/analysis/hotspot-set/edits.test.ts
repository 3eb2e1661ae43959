// Editing the hotspot set: every edit returns a new set and leaves its argument as it was; edits that cannot be made
// say why in a sentence.
import { cellToLatLng, latLngToCell } from 'h3-js';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  addHotspot,
  centreOfCells,
  deleteHotspot,
  HotspotEditError,
  nextHotspotId,
  renameHotspot,
  reshapeHotspot,
  setLocked,
  toggleCell,
  type HotspotSet,
  type SetHotspot,
} from '../../../../src/analysis/hotspot-set';
import { cellAt, ORIGIN_CELL, ring } from '../hotspot-proposal/synthetic';

const lngLatOf = (cell: string): [number, number] => {
  const [lat, lng] = cellToLatLng(cell);
  return [lng, lat];
};

function hotspot(hotspotId: string, cells: string[], extra: Partial<SetHotspot> = {}): SetHotspot {
  return {
    hotspotId,
    name: `${hotspotId} place`,
    cells: [...cells].sort(),
    centreLngLat: lngLatOf(cells[0]),
    locked: false,
    drawn: null,
    ...extra,
  };
}

const far = cellAt(900);
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.1345, 52.6355],
      [-1.131, 52.6355],
      [-1.131, 52.6375],
      [-1.1345, 52.6375],
      [-1.1345, 52.6355],
    ],
  ],
};
const base: HotspotSet = {
  name: 'Test set',
  basis: 'by hand',
  hotspots: [hotspot('H01', [ORIGIN_CELL, ring(ORIGIN_CELL, 1)[0]]), hotspot('H02', [far], { drawn: square })],
};
const frozen = JSON.stringify(base);

/** The error an edit throws, or a failure when it throws none. */
function refusal(edit: () => unknown): HotspotEditError {
  try {
    edit();
  } catch (error) {
    expect(error).toBeInstanceOf(HotspotEditError);
    return error as HotspotEditError;
  }
  throw new Error('the edit was not refused');
}

describe('editing the hotspot set', () => {
  it('adds a cell, then removes it again; the centre stays while its cell stays; edits drop a drawn polygon', () => {
    const extra = ring(ORIGIN_CELL, 1)[1];
    const added = toggleCell(base, 'H01', extra);
    expect(added.hotspots[0].cells).toEqual([ORIGIN_CELL, ring(ORIGIN_CELL, 1)[0], extra].sort());
    expect(added.hotspots[0].centreLngLat).toEqual(base.hotspots[0].centreLngLat);
    expect(toggleCell(added, 'H01', extra)).toEqual(base);
    const onDrawn = toggleCell(base, 'H02', cellAt(1030));
    expect(onDrawn.hotspots[1]).toMatchObject({ cells: [far, cellAt(1030)].sort(), drawn: null });
    expect(JSON.stringify(base)).toBe(frozen);
  });

  it('recentres a hotspot whose centre cell is removed, on what is left', () => {
    const removed = toggleCell(base, 'H01', ORIGIN_CELL);
    expect(removed.hotspots[0].cells).toEqual([ring(ORIGIN_CELL, 1)[0]]);
    expect(removed.hotspots[0].centreLngLat).toEqual(lngLatOf(ring(ORIGIN_CELL, 1)[0]));
  });

  it('moves a cell another hotspot holds, and refuses to take its last', () => {
    const moved = toggleCell(base, 'H02', ring(ORIGIN_CELL, 1)[0]);
    expect(moved.hotspots[0].cells).toEqual([ORIGIN_CELL]);
    expect(moved.hotspots[1].cells).toEqual([far, ring(ORIGIN_CELL, 1)[0]].sort());
    const single = toggleCell(base, 'H01', ORIGIN_CELL); // H01 = one cell now
    const error = refusal(() => toggleCell(single, 'H02', ring(ORIGIN_CELL, 1)[0]));
    expect(error.code).toBe('takes-last-cell');
    expect(error.message).toBe('That would take every cell of H01: delete H01 first, or leave it a cell.');
  });

  it('refuses to remove the last cell, an unknown hotspot and a cell that is not resolution 10', () => {
    expect(refusal(() => toggleCell(base, 'H02', far)).message).toBe(
      'That is the last cell of H02: a hotspot needs at least one; delete H02 to remove it.',
    );
    expect(refusal(() => toggleCell(base, 'H07', far)).message).toBe(
      'The set has no hotspot H07: nothing was changed.',
    );
    const coarse = latLngToCell(52.6364, -1.1327, 9);
    expect(refusal(() => toggleCell(base, 'H01', coarse)).code).toBe('not-a-cell');
    expect(refusal(() => renameHotspot(base, 'H07', 'x')).code).toBe('unknown-hotspot');
    expect(refusal(() => deleteHotspot(base, 'H07')).code).toBe('unknown-hotspot');
  });

  it('renames (trimmed; blank = unnamed), locks and unlocks, deletes', () => {
    expect(renameHotspot(base, 'H01', '  Haymarket, Leicester ').hotspots[0].name).toBe('Haymarket, Leicester');
    expect(renameHotspot(base, 'H01', '   ').hotspots[0].name).toBe('');
    const locked = setLocked(base, 'H02', true);
    expect(locked.hotspots.map((h) => h.locked)).toEqual([false, true]);
    expect(setLocked(locked, 'H02', false)).toEqual(base);
    expect(deleteHotspot(base, 'H01').hotspots.map((h) => h.hotspotId)).toEqual(['H02']);
    expect(JSON.stringify(base)).toBe(frozen);
  });

  it('adds by cells or by a drawn polygon under the next free id, sorted by id', () => {
    expect(nextHotspotId(base)).toBe('H03');
    expect(nextHotspotId(deleteHotspot(base, 'H01'))).toBe('H01');
    const byCells = addHotspot(base, { cells: [cellAt(2000)], name: 'By hand' });
    expect(byCells.hotspots[2]).toEqual({
      hotspotId: 'H03',
      name: 'By hand',
      cells: [cellAt(2000)],
      centreLngLat: lngLatOf(cellAt(2000)),
      locked: false,
      drawn: null,
    });
    const drawn: Polygon = structuredClone(square);
    drawn.coordinates[0] = drawn.coordinates[0].map(([lng, lat]) => [lng + 0.03, lat]);
    const byDrawing = addHotspot(deleteHotspot(base, 'H01'), { drawn });
    expect(byDrawing.hotspots.map((h) => h.hotspotId)).toEqual(['H01', 'H02']);
    expect(byDrawing.hotspots[0].drawn).toEqual(drawn);
    expect(byDrawing.hotspots[0].cells.length).toBeGreaterThan(3);
    expect(byDrawing.hotspots[0].centreLngLat).toEqual(centreOfCells(byDrawing.hotspots[0].cells));
    expect(refusal(() => addHotspot(base, {})).code).toBe('no-cells');
    expect(refusal(() => addHotspot(base, { hotspotId: 'H02', cells: [cellAt(2000)] })).code).toBe('duplicate-id');
  });

  it('a drawn polygon takes the cells it holds from other hotspots', () => {
    // The square covers the origin's cells: H01 would lose both, so adding it is refused; H02 reshaped onto it too.
    expect(refusal(() => addHotspot(base, { drawn: square })).code).toBe('takes-last-cell');
    const bigger = toggleCell(base, 'H01', cellAt(-400));
    const added = addHotspot(bigger, { drawn: square });
    expect(added.hotspots[0].cells).toEqual([cellAt(-400)]);
    expect(added.hotspots[2].cells).toContain(ORIGIN_CELL);
  });

  it('reshapes: new cells, recentred, the polygon kept as drawn', () => {
    const reshaped = reshapeHotspot(toggleCell(base, 'H01', cellAt(-400)), 'H02', square);
    const h02 = reshaped.hotspots[1];
    expect(h02.drawn).toEqual(square);
    expect(h02.cells).toContain(ORIGIN_CELL);
    expect(h02.cells).not.toContain(far);
    expect(h02.centreLngLat).toEqual(centreOfCells(h02.cells));
    expect(reshaped.hotspots[0].cells).toEqual([cellAt(-400)]);
  });
});
