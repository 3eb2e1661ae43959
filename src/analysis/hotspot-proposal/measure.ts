import { cellArea, cellsToMultiPolygon, cellToLatLng } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';
import { pai } from '../metrics';
import { windowTotals, type CellGrid } from './cell-grid';
import { SNAP_POINT_FLAG_SHARE } from './defaults';
import { busiestPlace, hotspotName, nearestTown } from './naming';
import type { CellInfo, HotspotDefinition, HotspotInputs, LngLat, ProposedHotspot, TypeFigures } from './types';

/** The selection's figures, computed once per proposal and shared by every hotspot measured on it. */
export interface MeasureContext {
  inputs: HotspotInputs;
  grid: CellGrid;
  /** Per grid cell, over the selection's period. */
  crimes: Float64Array;
  harm: Float64Array;
  totals: { crimes: number; harm: number; forceAreaKm2: number };
}

export function measureContext(inputs: HotspotInputs, grid: CellGrid): MeasureContext {
  const { crimes, harm } = windowTotals(grid, inputs.selection.fromMonth, inputs.selection.toMonth);
  let totalCrimes = 0;
  let totalHarm = 0;
  for (let i = 0; i < crimes.length; i++) {
    totalCrimes += crimes[i];
    totalHarm += harm[i];
  }
  return {
    inputs,
    grid,
    crimes,
    harm,
    totals: { crimes: totalCrimes, harm: totalHarm, forceAreaKm2: inputs.forceAreaKm2 },
  };
}

/** The union of the cells as GeoJSON: a Polygon when they touch, else a MultiPolygon (h3-js, [lng, lat]). */
export function cellsPolygon(cells: string[]): Polygon | MultiPolygon {
  const polygons = cellsToMultiPolygon(cells, true) as number[][][][];
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function cellsAreaKm2(cells: string[]): number {
  return cells.reduce((sum, h3) => sum + cellArea(h3, 'km2'), 0);
}

const lngLatOf = (h3: string): LngLat => {
  const [lat, lng] = cellToLatLng(h3);
  return [lng, lat];
};

/** The default centre of a hand-made hotspot: its cell with most harm (then crimes, then id), as a grown one's seed. */
export function defaultCentre(context: MeasureContext, cells: string[]): LngLat {
  let best: string | null = null;
  let bestHarm = -1;
  let bestCrimes = -1;
  for (const h3 of [...cells].sort()) {
    const i = context.grid.index.get(h3);
    const harm = i === undefined ? 0 : context.harm[i];
    const crimes = i === undefined ? 0 : context.crimes[i];
    if (harm > bestHarm || (harm === bestHarm && crimes > bestCrimes)) {
      best = h3;
      bestHarm = harm;
      bestCrimes = crimes;
    }
  }
  return best ? lngLatOf(best) : [Number.NaN, Number.NaN];
}

function figuresByType(context: MeasureContext, cells: string[]): TypeFigures[] {
  const { fromMonth, toMonth, crimeTypes } = context.inputs.selection;
  const byType = new Map<string, TypeFigures>(crimeTypes.map((t) => [t, { crimeType: t, crimes: 0, harm: 0 }]));
  for (const h3 of cells) {
    const i = context.grid.index.get(h3);
    if (i === undefined) continue;
    for (const r of context.grid.rowsByCell[i]) {
      const row = context.inputs.cellMonths[r];
      if (row.monthIso < fromMonth || row.monthIso > toMonth) continue;
      const figures = byType.get(row.crimeType) ?? { crimeType: row.crimeType, crimes: 0, harm: 0 };
      figures.crimes += row.crimes;
      figures.harm += row.harm;
      byType.set(row.crimeType, figures);
    }
  }
  return [...byType.values()].sort((a, b) => (a.crimeType < b.crimeType ? -1 : 1));
}

/** Every figure of one hotspot on the selection: counts, shares, PAI, the snapping check, its name. */
export function measureHotspot(
  context: MeasureContext,
  definition: HotspotDefinition,
  extra: { locked: boolean; stability: number | null },
): ProposedHotspot {
  const cells = [...new Set(definition.cells)].sort();
  const { grid, totals } = context;
  const infos: CellInfo[] = cells.flatMap((h3) => {
    const i = grid.index.get(h3);
    return i === undefined ? [] : [grid.info[i]];
  });
  const byType = figuresByType(context, cells);
  const crimes = byType.reduce((sum, t) => sum + t.crimes, 0);
  const harm = byType.reduce((sum, t) => sum + t.harm, 0);
  const areaKm2 = cellsAreaKm2(cells);
  const centreLngLat = definition.centreLngLat ?? defaultCentre(context, cells);
  const centreCell = infos.find((c) => c.h3 === nearestCell(cells, centreLngLat));
  const district = centreCell?.district ?? infos.find((c) => c.district)?.district ?? null;
  const street = busiestPlace(infos);
  const town = nearestTown(centreLngLat, district, context.inputs.towns)?.name ?? null;
  let busiest: CellInfo | null = null;
  for (const info of infos) if (!busiest || info.busiestPointCrimes > busiest.busiestPointCrimes) busiest = info;
  const snapPointShare = crimes > 0 && busiest ? busiest.busiestPointCrimes / crimes : Number.NaN;
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  return {
    hotspotId: definition.hotspotId,
    name: definition.name || hotspotName(street, town, definition.hotspotId),
    street,
    town,
    district,
    locked: extra.locked,
    cells,
    polygon: cellsPolygon(cells),
    areaKm2,
    centreLngLat,
    crimes,
    harm,
    byType,
    crimeShare: share(crimes, totals.crimes),
    harmShare: share(harm, totals.harm),
    areaShare: share(areaKm2, totals.forceAreaKm2),
    pai: pai(crimes, totals.crimes, areaKm2, totals.forceAreaKm2),
    snapPointShare,
    snapPointFlag: snapPointShare > SNAP_POINT_FLAG_SHARE,
    busiestPointLngLat: busiest?.busiestPointLngLat ?? null,
    stability: extra.stability,
  };
}

/** The hotspot cell whose centre is nearest a point (the centre of a grown hotspot is its seed's). */
function nearestCell(cells: string[], [lng, lat]: LngLat): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const h3 of cells) {
    const [cLat, cLng] = cellToLatLng(h3);
    const d = (cLat - lat) ** 2 + (cLng - lng) ** 2;
    if (d < bestD) {
      best = h3;
      bestD = d;
    }
  }
  return best;
}
