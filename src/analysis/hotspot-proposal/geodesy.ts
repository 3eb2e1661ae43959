/** The authalic Earth radius h3-js uses (EARTH_RADIUS_KM in H3's constants.h), so distances agree with h3's own. */
const EARTH_RADIUS_M = 6371007.180918475;
const RADIANS = Math.PI / 180;

/** Great-circle distance in metres between two points given as (lat, lng) degrees (haversine formula). */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLng = (lng2 - lng1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}
