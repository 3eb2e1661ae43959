/**
 * Matplotlib's inferno (van der Walt & Smith 2015), sampled at 0.94, 0.75, 0.58, 0.42 and 0.25: light yellow to deep
 * purple, rising in lightness for every dichromat. Five classes because no warm scheme keeps seven adjacent classes
 * (and the lightest against the land) ΔE2000 10 apart for all three at the hexes' 0.8 opacity; ColorBrewer YlOrRd
 * fell to 4.5 for deuteranopes. Stopped short of inferno's near-black so the GRIP hotspot outlines show on top.
 */
export const SEQUENTIAL_INFERNO: [number, number, number][] = [
  [242, 234, 105],
  [249, 142, 9],
  [215, 75, 63],
  [155, 41, 100],
  [87, 16, 110],
];

export interface ColourClass {
  min: number;
  max: number;
  colour: [number, number, number];
}

/**
 * Crime-weighted quantile breaks over integer counts: each colour holds about the same number of *crimes*, so the
 * darkest class is where crime concentrates (a few cells), not an arbitrary fifth of the cells. Fewer classes
 * when there are few distinct values.
 */
export function quantileClasses(values: number[], palette = SEQUENTIAL_INFERNO): ColourClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const total = sorted.reduce((sum, v) => sum + v, 0);
  const valueAtCrimeShare = (share: number) => {
    let running = 0;
    for (const v of sorted) if ((running += v) >= share * total) return v;
    return sorted[sorted.length - 1];
  };
  const classes: ColourClass[] = [];
  let lower = sorted[0];
  for (let k = 1; k <= palette.length; k++) {
    const upper = k === palette.length ? sorted[sorted.length - 1] : valueAtCrimeShare(k / palette.length);
    if (upper < lower) continue;
    classes.push({ min: lower, max: upper, colour: [0, 0, 0] });
    lower = upper + 1;
    if (lower > sorted[sorted.length - 1]) break;
  }
  // Spread the palette over the classes we have, keeping the darkest colour for the top class.
  return classes.map((c, i) => ({
    ...c,
    colour:
      palette[
        classes.length === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (classes.length - 1))
      ],
  }));
}

export function colourFor(value: number, classes: ColourClass[]): [number, number, number] {
  for (const c of classes) if (value <= c.max) return c.colour;
  return classes[classes.length - 1]?.colour ?? [200, 200, 200];
}
