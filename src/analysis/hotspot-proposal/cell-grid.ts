import { cellToLatLng } from 'h3-js';
import { neighboursWithin } from '../h3-grid';
import { monthRange, stabilitySpan } from './months';
import type { CellInfo, HotspotInputs } from './types';

/** The inputs indexed once: cells sorted by id, a cell × month matrix of crimes and of harm. */
export interface CellGrid {
  cells: string[];
  index: Map<string, number>;
  /** Cell centres, h3-js order: latLng[2i] = lat, latLng[2i + 1] = lng. */
  latLng: Float64Array;
  info: CellInfo[];
  months: string[];
  monthIndex: Map<string, number>;
  /** crimes[cell * months.length + month]. */
  crimes: Float64Array;
  harm: Float64Array;
  /** Row numbers of `inputs.cellMonths` per cell (selected types only), for figures by type. */
  rowsByCell: number[][];
  /** Grid indices of each cell's ring-1 neighbours in the grid, the cell itself included. */
  neighbours: Int32Array[];
}

const emptyInfo = (h3: string): CellInfo => ({
  h3,
  district: null,
  busiestPointCrimes: 0,
  busiestPointLngLat: null,
  places: [],
});

export function buildCellGrid(inputs: HotspotInputs): CellGrid {
  const types = new Set(inputs.selection.crimeTypes);
  const selected = (type: string) => types.size === 0 || types.has(type);
  const span = stabilitySpan(inputs.selection);
  const months = monthRange(span.fromMonth, span.toMonth);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const cells = [...new Set(inputs.cellMonths.filter((r) => selected(r.crimeType)).map((r) => r.h3))].sort();
  const index = new Map(cells.map((h3, i) => [h3, i]));
  const latLng = new Float64Array(cells.length * 2);
  cells.forEach((h3, i) => {
    const [lat, lng] = cellToLatLng(h3);
    latLng[2 * i] = lat;
    latLng[2 * i + 1] = lng;
  });
  const infoByCell = new Map(inputs.cells.map((c) => [c.h3, c]));
  const M = months.length;
  const crimes = new Float64Array(cells.length * M);
  const harm = new Float64Array(cells.length * M);
  const rowsByCell: number[][] = cells.map(() => []);
  inputs.cellMonths.forEach((row, r) => {
    const m = monthIndex.get(row.monthIso);
    if (m === undefined || !selected(row.crimeType)) return;
    const i = index.get(row.h3)!;
    crimes[i * M + m] += row.crimes;
    harm[i * M + m] += row.harm;
    rowsByCell[i].push(r);
  });
  return {
    cells,
    index,
    latLng,
    info: cells.map((h3) => infoByCell.get(h3) ?? emptyInfo(h3)),
    months,
    monthIndex,
    crimes,
    harm,
    rowsByCell,
    neighbours: neighboursWithin(cells, 1),
  };
}

/** Per-cell totals over the months `from`…`to` (inclusive; months outside the grid's span count as empty). */
export function windowTotals(grid: CellGrid, from: string, to: string): { crimes: Float64Array; harm: Float64Array } {
  const M = grid.months.length;
  const first = grid.months.findIndex((m) => m >= from);
  let last = -1;
  for (let m = M - 1; m >= 0; m--)
    if (grid.months[m] <= to) {
      last = m;
      break;
    }
  const crimes = new Float64Array(grid.cells.length);
  const harm = new Float64Array(grid.cells.length);
  if (first < 0 || last < first) return { crimes, harm };
  for (let i = 0; i < grid.cells.length; i++) {
    let c = 0;
    let h = 0;
    for (let m = first; m <= last; m++) {
      c += grid.crimes[i * M + m];
      h += grid.harm[i * M + m];
    }
    crimes[i] = c;
    harm[i] = h;
  }
  return { crimes, harm };
}
