/** Where the map looks: centre in GeoJSON order and zoom. `at=lng,lat,zoom` in the URL hash holds one. */
export interface MapPosition {
  lngLat: [number, number];
  zoom: number;
}

/**
 * `lng,lat,zoom` with 5 decimals (about 1 m at Leicester's latitude) and zoom to 1/100, trailing zeros dropped: short
 * links, and a pan too small to see gives the same text, so it writes nothing new.
 */
export function formatMapPosition({ lngLat: [lng, lat], zoom }: MapPosition): string {
  return `${Number(lng.toFixed(5))},${Number(lat.toFixed(5))},${Number(zoom.toFixed(2))}`;
}

/** `lng,lat,zoom` back to a position; null for anything else (a hand-edited link), zoom clamped to 0–20. */
export function parseMapPosition(text: string | null): MapPosition | null {
  const parts = (text ?? '').split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lng, lat, zoom] = parts.map(Number);
  const valid =
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    Number.isFinite(zoom) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180;
  return valid ? { lngLat: [lng, lat], zoom: Math.min(20, Math.max(0, zoom)) } : null;
}

/** Equal as written in a link (see formatMapPosition); two nulls are equal. */
export function sameMapPosition(a: MapPosition | null, b: MapPosition | null): boolean {
  return a === null || b === null ? a === b : formatMapPosition(a) === formatMapPosition(b);
}

const TILE_PIXELS = 512;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The position that fits [west, south, east, north] in a map of the given size (Web Mercator, MapLibre's 512 px
 * tiles), no closer than maxZoom: a short street is not shown at zoom 22.
 */
export function positionForBounds(
  [west, south, east, north]: [number, number, number, number],
  sizePixels: { width: number; height: number },
  maxZoom = 17,
  paddingPixels = 40,
): MapPosition {
  const width = Math.max(1, sizePixels.width - 2 * paddingPixels);
  const height = Math.max(1, sizePixels.height - 2 * paddingPixels);
  const spanX = Math.max((east - west) / 360, 1e-9);
  const spanY = Math.max((mercatorY(north) - mercatorY(south)) / (2 * Math.PI), 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(width / TILE_PIXELS / spanX), Math.log2(height / TILE_PIXELS / spanY));
  const centreLat = (Math.atan(Math.exp((mercatorY(north) + mercatorY(south)) / 2)) * 360) / Math.PI - 90;
  return { lngLat: [(west + east) / 2, centreLat], zoom: Math.max(0, zoom) };
}
