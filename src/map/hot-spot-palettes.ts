/**
 * Gi* bins in ArcGIS Pro's hot/cold scheme from ColorBrewer RdYlBu (11 classes, colorbrewer2.org): reds for hot spots,
 * blues for cold spots, darker for more confidence. Classes 1, 3, 5 and 8, 9, 11 of the 11: the lightest next to the
 * middle are too close to the land a not-significant (undrawn) hex leaves showing for a dichromat.
 */
export const GI_BIN_COLOURS: Record<number, [number, number, number]> = {
  3: [165, 0, 38],
  2: [244, 109, 67],
  1: [254, 224, 144],
  [-1]: [171, 217, 233],
  [-2]: [116, 173, 209],
  [-3]: [49, 54, 149],
};

const CONFIDENCE: Record<number, string> = { 3: '99%', 2: '95%', 1: '90%' };

/**
 * What each bin means, in words that say what the test says (ArcGIS Pro, "How Hot Spot Analysis (Getis-Ord Gi*)
 * works": a high z is "a hot spot: a feature with a high value surrounded by other features with high values"): Gi*
 * compares a hex together with its neighbours against the whole study area under spatial randomness.
 */
export function giBinMeaning(bin: number, harm: boolean): string {
  const what = harm ? 'harm' : 'crime';
  if (bin === 0) return 'Not significant: this hex and its neighbours look like spatial randomness.';
  const confidence = CONFIDENCE[Math.abs(bin)];
  return bin > 0
    ? `Hot spot, ${confidence} confidence: this hex and its neighbours hold more ${what} than spatial randomness would give.`
    : `Cold spot, ${confidence} confidence: this hex and its neighbours hold less ${what} than spatial randomness would give.`;
}

/** A p-value as a report would print it: "p < 0.001", "p = 0.03", "p = 0.2". */
export function formatP(p: number): string {
  if (!(p >= 0)) return 'p unknown';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p < 0.1 ? p.toFixed(2) : Number(p.toFixed(1)).toString()}`;
}

export interface EmergingCategory {
  name: string;
  colour: [number, number, number];
  meaning: string;
}

/**
 * ArcGIS Pro's emerging hot spot categories, the hot family warm and the cold family cool, darker for what matters now
 * (intensifying, consecutive). Colours come from schemes made for colour-blind readers: ColorBrewer (OrRd, Reds, Blues,
 * PuBu, PuOr, BrBG, BuPu, Purples), Okabe & Ito (2008) and Paul Tol (2021, "bright" and "muted"). Kept warm, cool and
 * in that order, sixteen could not all stay apart by colour for a dichromat, so the ones that come and go are hatched.
 */
export const EMERGING_CATEGORIES: EmergingCategory[] = [
  { name: 'New Hot Spot', colour: [239, 101, 72], meaning: 'hot for the first time in the latest month' },
  { name: 'Consecutive Hot Spot', colour: [179, 0, 0], meaning: 'an unbroken run of hot months up to now' },
  { name: 'Intensifying Hot Spot', colour: [103, 0, 13], meaning: 'hot in ≥90% of months, getting hotter' },
  { name: 'Persistent Hot Spot', colour: [230, 159, 0], meaning: 'hot in ≥90% of months, no trend' },
  { name: 'Diminishing Hot Spot', colour: [254, 232, 200], meaning: 'hot in ≥90% of months, cooling' },
  { name: 'Sporadic Hot Spot', colour: [179, 88, 6], meaning: 'on-and-off hot, never cold' },
  { name: 'Oscillating Hot Spot', colour: [127, 59, 8], meaning: 'hot now, cold in some earlier month' },
  { name: 'Historical Hot Spot', colour: [223, 194, 125], meaning: 'was hot most of the time, not now' },
  { name: 'New Cold Spot', colour: [68, 119, 170], meaning: 'cold for the first time in the latest month' },
  { name: 'Consecutive Cold Spot', colour: [8, 81, 156], meaning: 'an unbroken run of cold months up to now' },
  { name: 'Intensifying Cold Spot', colour: [2, 56, 88], meaning: 'cold in ≥90% of months, getting colder' },
  { name: 'Persistent Cold Spot', colour: [86, 180, 233], meaning: 'cold in ≥90% of months, no trend' },
  { name: 'Diminishing Cold Spot', colour: [198, 219, 239], meaning: 'cold in ≥90% of months, warming' },
  { name: 'Sporadic Cold Spot', colour: [140, 150, 198], meaning: 'on-and-off cold, never hot' },
  { name: 'Oscillating Cold Spot', colour: [63, 0, 125], meaning: 'cold now, hot in some earlier month' },
  { name: 'Historical Cold Spot', colour: [68, 170, 153], meaning: 'was cold most of the time, not now' },
];

/** The stripes over a hatched category, the same on the map (deck.gl's procedural hatch) and in the legend swatch. */
export const EMERGING_HATCH: {
  angleDegrees: number;
  stripePixels: number;
  gapPixels: number;
  stripeColour: [number, number, number];
} = { angleDegrees: 45, stripePixels: 1.5, gapPixels: 3.5, stripeColour: [255, 255, 255] };

export function emergingColour(category: string): [number, number, number] {
  return EMERGING_CATEGORIES.find((c) => c.name === category)?.colour ?? [180, 180, 180];
}

/** The patterns that come and go are hatched, told apart from the steady ones by more than their colour. */
export function emergingHatched(category: string): boolean {
  return ['Sporadic ', 'Oscillating ', 'Historical '].some((pattern) => category.startsWith(pattern));
}

export type ClusterQuadrant = 'HH' | 'LH' | 'LL' | 'HL';

/**
 * Local Moran's I quadrants in ArcGIS Pro's Cluster and Outlier Analysis scheme (High-High red, Low-Low blue, outliers
 * in the light tones), from ColorBrewer RdBu (4 classes): dark for clusters, light for outliers, red for high values.
 */
export const CLUSTER_QUADRANTS: { quadrant: ClusterQuadrant; name: string; colour: [number, number, number] }[] = [
  { quadrant: 'HH', name: 'High-High cluster', colour: [202, 0, 32] },
  { quadrant: 'HL', name: 'High-Low outlier', colour: [244, 165, 130] },
  { quadrant: 'LH', name: 'Low-High outlier', colour: [146, 197, 222] },
  { quadrant: 'LL', name: 'Low-Low cluster', colour: [5, 113, 176] },
];

export const clusterColour = (quadrant: ClusterQuadrant): [number, number, number] =>
  CLUSTER_QUADRANTS.find((q) => q.quadrant === quadrant)?.colour ?? [200, 200, 200];

/** What a significant quadrant means, in words that say what local Moran's I tests (Anselin 1995). */
export function clusterMeaning(quadrant: ClusterQuadrant, harm: boolean): string {
  const what = harm ? 'harm' : 'crime';
  switch (quadrant) {
    case 'HH':
      return `High-High cluster: high ${what} here among neighbours with high ${what}, more alike than chance would give.`;
    case 'LL':
      return `Low-Low cluster: low ${what} here among neighbours with low ${what}.`;
    case 'HL':
      return `High-Low outlier: high ${what} here, though its neighbours are low.`;
    case 'LH':
      return `Low-High outlier: low ${what} here, though its neighbours are high.`;
  }
}
