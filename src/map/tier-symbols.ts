import type { PreventionTier } from '../analysis/reference/prevention-tiers';

type Rgb = [number, number, number];

/**
 * The tier overlays' marks, told apart by shape or line style as well as colour. Colours are Okabe & Ito's (2008,
 * "Color Universal Design") set for colour-blind readers; the pairs a reader must tell apart in the one tier legend
 * stay ΔE2000 ≥ 10 under normal vision and the three dichromacies (tests/unit/map/tier-colour-vision.test.ts).
 * Tier 1 (the GRIP set) keeps its near-black outline from grip-hotspot-layers.ts.
 */
export const TIER_LINE_STYLES: Record<'watchList' | 'emerging', { colour: Rgb; dashPixels: [number, number] | null }> =
  {
    // Tier 2: a solid blue outline.
    watchList: { colour: [0, 114, 178], dashPixels: null },
    // Tier 3: a dashed reddish-purple outline.
    emerging: { colour: [204, 121, 167], dashPixels: [7, 4] },
  };

/** Every outline sits on a white casing, so it reads over any fill beneath (counts, Gi* or emerging). */
export const TIER_LINE = { widthPixels: 2.5, casingPixels: 5.5, casingColour: [255, 255, 255] as Rgb };

export type SymbolShape = 'circle' | 'square' | 'triangle';

export const PREVENTION_SYMBOLS: Record<PreventionTier, { shape: SymbolShape; colour: Rgb }> = {
  primary: { shape: 'circle', colour: [0, 158, 115] }, // bluish green
  secondary: { shape: 'square', colour: [240, 228, 66] }, // yellow
  tertiary: { shape: 'triangle', colour: [213, 94, 0] }, // vermillion
};

/** The symbols' dark edge: the shape stays visible on the pale land and on every fill. */
export const SYMBOL_EDGE: Rgb = [17, 24, 39];

/** Symbols are drawn at this size on the map and in the legend (CSS pixels); the SVG is twice that for sharpness. */
export const SYMBOL_PIXELS = 20;

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

const SHAPES: Record<SymbolShape, string> = {
  circle: '<circle cx="18" cy="18" r="13.5"/>',
  square: '<rect x="6" y="6" width="24" height="24"/>',
  triangle: '<polygon points="18,3.5 32.5,30.5 3.5,30.5"/>',
};

/** A prevention-tier symbol as an SVG data URL: the map's IconLayer and the legend's <img> draw the same picture. */
export function symbolDataUrl(tier: PreventionTier): string {
  const { shape, colour } = PREVENTION_SYMBOLS[tier];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36" viewBox="0 0 36 36">` +
    // A white halo under the dark edge keeps the shape apart from a fill of the same hue beneath it.
    `<g fill="none" stroke="#ffffff" stroke-width="5.5" stroke-linejoin="round">${SHAPES[shape]}</g>` +
    `<g fill="${hex(colour)}" stroke="${hex(SYMBOL_EDGE)}" stroke-width="2.5" stroke-linejoin="round">` +
    `${SHAPES[shape]}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export interface OutlineStyle {
  colour: Rgb;
  dashPixels: [number, number] | null;
  widthPixels: number;
  /** Drawn on the white casing (Tiers 2 and 3); Tier 1 is drawn bare. */
  cased: boolean;
}

/** A hexagon outline in a tier's line style, for the legend swatch of Tier 1, 2 or 3 (SVG units are half pixels). */
export function outlineSwatchDataUrl({ colour, dashPixels, widthPixels, cased }: OutlineStyle): string {
  const hexagon = (attributes: string) =>
    `<polygon points="18,7 27.5,12.5 27.5,23.5 18,29 8.5,23.5 8.5,12.5" ${attributes}/>`;
  const dash = dashPixels ? ` stroke-dasharray="${dashPixels.map((p) => p * 2).join(' ')}"` : '';
  const casing = cased
    ? hexagon(`stroke="${hex(TIER_LINE.casingColour)}" stroke-width="${TIER_LINE.casingPixels * 2}"`)
    : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36" viewBox="0 0 36 36"><g fill="none">` +
    `${casing}${hexagon(`stroke="${hex(colour)}" stroke-width="${widthPixels * 2}"${dash}`)}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
