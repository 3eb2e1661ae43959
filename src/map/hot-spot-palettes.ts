/**
 * Gi* bins in ArcGIS Pro's hot/cold scheme, taken from ColorBrewer RdYlBu (diverging, marked colour-blind safe on
 * colorbrewer2.org): reds for hot spots, blues for cold spots, darker for more confidence.
 */
export const GI_BIN_COLOURS: Record<number, [number, number, number]> = {
  3: [215, 48, 39],
  2: [252, 141, 89],
  1: [254, 224, 144],
  [-1]: [224, 243, 248],
  [-2]: [145, 191, 219],
  [-3]: [69, 117, 180],
};

const CONFIDENCE: Record<number, string> = { 3: '99%', 2: '95%', 1: '90%' };

/** What each bin means, in the words an analyst can read to a board. */
export function giBinMeaning(bin: number, harm: boolean): string {
  const what = harm ? 'harm' : 'crime';
  if (bin === 0) return 'Not significant: no evidence of a cluster.';
  const confidence = CONFIDENCE[Math.abs(bin)];
  return bin > 0
    ? `Hot spot, ${confidence} confident: a cluster of high ${what}, not chance.`
    : `Cold spot, ${confidence} confident: a cluster of low ${what}, not chance.`;
}

/**
 * ArcGIS Pro's emerging hot spot categories: the hot family in reds, magenta and oranges (the ones that matter now are
 * the strongest), sporadic/oscillating/historical in muted tan, purple and brown; the cold family in blues and greens.
 */
export const EMERGING_CATEGORIES: { name: string; colour: [number, number, number]; meaning: string }[] = [
  { name: 'New Hot Spot', colour: [103, 0, 13], meaning: 'hot for the first time in the latest month' },
  { name: 'Consecutive Hot Spot', colour: [203, 24, 29], meaning: 'an unbroken run of hot months up to now' },
  { name: 'Intensifying Hot Spot', colour: [197, 27, 125], meaning: 'hot in ≥90% of months, getting hotter' },
  { name: 'Persistent Hot Spot', colour: [253, 141, 60], meaning: 'hot in ≥90% of months, no trend' },
  { name: 'Diminishing Hot Spot', colour: [254, 227, 145], meaning: 'hot in ≥90% of months, cooling' },
  { name: 'Sporadic Hot Spot', colour: [191, 173, 146], meaning: 'on-and-off hot, never cold' },
  { name: 'Oscillating Hot Spot', colour: [118, 42, 131], meaning: 'hot now, cold in some earlier month' },
  { name: 'Historical Hot Spot', colour: [140, 81, 10], meaning: 'was hot most of the time, not now' },
  { name: 'New Cold Spot', colour: [49, 54, 149], meaning: 'cold for the first time in the latest month' },
  { name: 'Consecutive Cold Spot', colour: [69, 117, 180], meaning: 'an unbroken run of cold months up to now' },
  { name: 'Intensifying Cold Spot', colour: [116, 173, 209], meaning: 'cold in ≥90% of months, getting colder' },
  { name: 'Persistent Cold Spot', colour: [171, 217, 233], meaning: 'cold in ≥90% of months, no trend' },
  { name: 'Diminishing Cold Spot', colour: [224, 243, 248], meaning: 'cold in ≥90% of months, warming' },
  { name: 'Sporadic Cold Spot', colour: [44, 162, 95], meaning: 'on-and-off cold, never hot' },
  { name: 'Oscillating Cold Spot', colour: [0, 109, 44], meaning: 'cold now, hot in some earlier month' },
  { name: 'Historical Cold Spot', colour: [153, 216, 201], meaning: 'was cold most of the time, not now' },
];

export function emergingColour(category: string): [number, number, number] {
  return EMERGING_CATEGORIES.find((c) => c.name === category)?.colour ?? [180, 180, 180];
}
