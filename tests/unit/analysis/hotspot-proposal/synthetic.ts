// Hand-made proposal inputs: crimes placed on named H3 resolution-10 cells, so each test states its field exactly.
import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import type { CellMonthRow, HotspotInputs, Town } from '../../../../src/analysis/hotspot-proposal';

/** Leicester's Clock Tower, the origin of the synthetic fields. */
export const ORIGIN: [number, number] = [52.6364, -1.1327];
export const ORIGIN_CELL = latLngToCell(ORIGIN[0], ORIGIN[1], 10);

const METRES_PER_DEGREE_LAT = 111_320;

/** The resolution-10 cell `metres` east and `metresNorth` north of the origin. */
export function cellAt(metresEast: number, metresNorth = 0): string {
  const lat = ORIGIN[0] + metresNorth / METRES_PER_DEGREE_LAT;
  const lng = ORIGIN[1] + metresEast / (METRES_PER_DEGREE_LAT * Math.cos((ORIGIN[0] * Math.PI) / 180));
  return latLngToCell(lat, lng, 10);
}

export function ring(cell: string, k: number): string[] {
  const inner = new Set(k > 0 ? gridDisk(cell, k - 1) : []);
  return gridDisk(cell, k).filter((c) => !inner.has(c));
}

export interface Placed {
  h3: string;
  crimes: number;
  /** Default: 192 per crime (violence). */
  harm?: number;
  monthIso?: string;
  crimeType?: string;
  district?: string | null;
  place?: string;
}

export const TOWNS: Town[] = [
  { name: 'Leicester', district: 'Leicester', lngLat: [-1.1327, 52.6365] },
  { name: 'Oakham', district: 'Rutland', lngLat: [-0.727, 52.6706] },
];

/** Inputs for one month (2025-06) unless rows say otherwise; every crime its own point unless `busiest` says. */
export function inputsOf(placed: Placed[], months = ['2025-06'], busiest: Record<string, number> = {}): HotspotInputs {
  const cellMonths: CellMonthRow[] = placed.map((p) => ({
    h3: p.h3,
    monthIso: p.monthIso ?? months[months.length - 1],
    crimeType: p.crimeType ?? 'Violence and sexual offences',
    crimes: p.crimes,
    harm: p.harm ?? p.crimes * 192,
  }));
  const cells = [...new Map(placed.map((p) => [p.h3, p])).values()].map((p) => {
    const [lat, lng] = cellToLatLng(p.h3);
    return {
      h3: p.h3,
      district: p.district === undefined ? 'Leicester' : p.district,
      busiestPointCrimes: busiest[p.h3] ?? (p.crimes > 0 ? 1 : 0),
      busiestPointLngLat: [lng, lat] as [number, number],
      places: [{ place: `On or near ${p.place ?? 'Gallowtree Gate'}`, crimes: p.crimes }],
    };
  });
  return {
    selection: {
      fromMonth: months[0],
      toMonth: months[months.length - 1],
      crimeTypes: ['Violence and sexual offences'],
    },
    monthsLoaded: months,
    cellMonths,
    cells,
    towns: TOWNS,
    forceAreaKm2: 2542,
  };
}
