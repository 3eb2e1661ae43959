import { cellToLatLng } from 'h3-js';

/** H3 cell centres in GeoJSON order, [lng, lat]; h3-js's `cellToLatLng` answers [lat, lng]. */
export function cellCentres(cells: string[]): [number, number][] {
  return cells.map((h3) => {
    const [lat, lng] = cellToLatLng(h3);
    return [lng, lat];
  });
}
