// The scale bar of an exported map: a round distance (1, 2 or 5 × 10ⁿ metres) no longer than the room given.

/** Ground metres per CSS pixel at a latitude and zoom, for MapLibre's 512-pixel tiles (Web Mercator). */
export function metresPerPixel(latitude: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  pixels: number;
  /** "500 m", "2 km". */
  label: string;
}

/** The longest round distance whose bar fits in `maxPixels`. */
export function scaleBar(metresPerPx: number, maxPixels: number): ScaleBar {
  const most = metresPerPx * maxPixels;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((k) => k * power).find((m) => m <= most) ?? power;
  return {
    metres,
    pixels: metres / metresPerPx,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}
