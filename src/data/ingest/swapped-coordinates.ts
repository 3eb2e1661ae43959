/**
 * Britain's latitudes and longitudes: a "latitude" inside the longitude range with a "longitude" inside the latitude
 * range is a point with its columns swapped. Every loader (JS or SQL) uses these bounds.
 */
export const BRITAIN_LATITUDE: readonly [number, number] = [49.8, 60.9];
export const BRITAIN_LONGITUDE: readonly [number, number] = [-8.7, 1.8];

export function looksSwapped(lat: number, lon: number): boolean {
  return (
    lat >= BRITAIN_LONGITUDE[0] &&
    lat <= BRITAIN_LONGITUDE[1] &&
    lon >= BRITAIN_LATITUDE[0] &&
    lon <= BRITAIN_LATITUDE[1]
  );
}
