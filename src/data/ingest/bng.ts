import proj4 from 'proj4';

/**
 * British National Grid (EPSG:27700): Transverse Mercator on the Airy 1830 ellipsoid (OSGB36), with the 7-parameter
 * Helmert shift to WGS84 that the EPSG registry and proj use (accurate to a few metres, ample for hotspot cells).
 */
export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const toWgs84 = proj4(BNG_PROJ4, 'WGS84');

/** Easting/northing in metres → WGS84 { lat, lng }. */
export function bngToLatLng(eastingMetres: number, northingMetres: number): { lat: number; lng: number } {
  const [lng, lat] = toWgs84.forward([eastingMetres, northingMetres]);
  return { lat, lng };
}

/** Batch form for whole columns: NaN in, NaN out. */
export function bngColumnsToLatLng(
  eastings: Float64Array,
  northings: Float64Array,
): { lats: Float64Array; lngs: Float64Array } {
  const lats = new Float64Array(eastings.length).fill(Number.NaN);
  const lngs = new Float64Array(eastings.length).fill(Number.NaN);
  for (let i = 0; i < eastings.length; i++) {
    if (!looksLikeBng(eastings[i], northings[i])) continue;
    const { lat, lng } = bngToLatLng(eastings[i], northings[i]);
    lats[i] = lat;
    lngs[i] = lng;
  }
  return { lats, lngs };
}

/** Inside the National Grid's extent (0–700 km east, 0–1,300 km north). */
export function looksLikeBng(eastingMetres: number, northingMetres: number): boolean {
  return eastingMetres >= 0 && eastingMetres <= 700_000 && northingMetres >= 0 && northingMetres <= 1_300_000;
}
