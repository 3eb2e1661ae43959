import {
  convertLrgbToRgb,
  convertRgbToLrgb,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  type Rgb,
} from 'culori';

export type Rgb255 = [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/**
 * Smallest CIEDE2000 difference we accept between two colours a reader must tell apart in a legend: our rule, several
 * times the just-noticeable difference of large patches side by side (about 1–2), because the difference people need
 * grows as marks shrink (Szafir 2018, "Modeling Color Difference for Visualization Design", IEEE TVCG 24(1)) and a hex
 * at the whole-LLR view is a few pixels.
 */
export const MIN_LEGEND_DIFFERENCE = 10;

/**
 * Dichromat simulation at severity 1 (the full deficiency) with the matrices of Machado, Oliveira & Fernandes (2009),
 * "A physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6), as culori ships them.
 * The matrices are for linear RGB, and Chromium's emulation applies them there (SVG filters default to linearRGB);
 * culori multiplies whatever channels it is handed, so it is handed linear ones and our numbers match the screenshots.
 */
const MACHADO: Record<Exclude<Vision, 'normal'>, (colour: Rgb) => Rgb> = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

function simulate(colour: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return colour;
  const linear = convertRgbToLrgb(colour);
  const seen = MACHADO[vision]({ mode: 'rgb', r: linear.r, g: linear.g, b: linear.b });
  return convertLrgbToRgb({ r: clamp01(seen.r), g: clamp01(seen.g), b: clamp01(seen.b) });
}

const ciede2000 = differenceCiede2000();

const toRgb = ([r, g, b]: Rgb255): Rgb => ({ mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 });

export function simulateVision(colour: Rgb255, vision: Vision): Rgb255 {
  const seen = simulate(toRgb(colour), vision);
  return [Math.round(seen.r * 255), Math.round(seen.g * 255), Math.round(seen.b * 255)];
}

/** ΔE2000 between two colours as a reader with the given vision sees them. */
export function differenceSeen(a: Rgb255, b: Rgb255, vision: Vision): number {
  return ciede2000(simulate(toRgb(a), vision), simulate(toRgb(b), vision));
}

export interface NamedColour {
  name: string;
  colour: Rgb255;
}

export interface ColourPair {
  a: string;
  b: string;
  difference: number;
}

/** Every pair of the given colours as seen with one vision, closest first. */
export function pairDifferences(colours: NamedColour[], vision: Vision): ColourPair[] {
  const pairs: ColourPair[] = [];
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++)
      pairs.push({
        a: colours[i].name,
        b: colours[j].name,
        difference: differenceSeen(colours[i].colour, colours[j].colour, vision),
      });
  return pairs.sort((x, y) => x.difference - y.difference);
}

/** The closest pair under normal vision and under each simulated deficiency (null with fewer than two colours). */
export function closestPairs(colours: NamedColour[]): Record<Vision, ColourPair | null> {
  const closest = (vision: Vision) => pairDifferences(colours, vision)[0] ?? null;
  return {
    normal: closest('normal'),
    protanopia: closest('protanopia'),
    deuteranopia: closest('deuteranopia'),
    tritanopia: closest('tritanopia'),
  };
}
