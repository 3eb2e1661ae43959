// The tier overlays share one legend (the "Tiers on the map" checkboxes): every mark in it stays ΔE2000 ≥ 10 from
// every other and from the land under normal vision and the three dichromacies, on the colours the layers draw, and
// each also differs by shape (symbols) or line style (outlines), so colour is never the only cue.
import { parse, type Rgb } from 'culori';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../../src/map/basemap-style';
import { closestPairs, MIN_LEGEND_DIFFERENCE, VISIONS, type Rgb255 } from '../../../src/map/colour-vision';
import { gripHotspotLayers } from '../../../src/map/grip-hotspot-layers';
import { emergingTierLayer, interventionLayer, watchListLayer } from '../../../src/map/tier-layers';
import { PREVENTION_SYMBOLS, symbolDataUrl, TIER_LINE_STYLES } from '../../../src/map/tier-symbols';

const rgb = (colour: unknown) => (colour as number[]).slice(0, 3) as Rgb255;
const land = (() => {
  const layer = basemapStyle('').layers.find((l) => l.id === 'llr-land') as unknown as {
    paint: Record<string, string>;
  };
  const c = parse(layer.paint['fill-color']) as Rgb;
  return [c.r, c.g, c.b].map((v) => Math.round(v * 255)) as Rgb255;
})();

const [casing, watchLine] = watchListLayer([]).map((l) => l.props as unknown as { getColor: number[] });
const emergingLine = emergingTierLayer([])[1].props as unknown as { getColor: number[]; getDashArray?: unknown };
const gripOutline = gripHotspotLayers([], true)[0].props as unknown as { getLineColor: number[] };

const legend = [
  { name: 'Tier 1 · GRIP hotspot outline', colour: rgb(gripOutline.getLineColor) },
  { name: 'Tier 2 · watch list outline', colour: rgb(watchLine.getColor) },
  { name: 'Tier 3 · emerging outline', colour: rgb(emergingLine.getColor) },
  ...Object.entries(PREVENTION_SYMBOLS).map(([tier, s]) => ({ name: `${tier} symbol`, colour: s.colour })),
];

describe(`the tier legend's colours stay ΔE2000 ≥ ${MIN_LEGEND_DIFFERENCE} apart`, () => {
  const closest = closestPairs([...legend, { name: 'the land', colour: land }]);
  it.each(VISIONS)('%s', (vision) => {
    const pair = closest[vision]!;
    expect(
      pair.difference,
      `${pair.a} / ${pair.b} under ${vision}: ΔE2000 ${pair.difference.toFixed(1)}`,
    ).toBeGreaterThanOrEqual(MIN_LEGEND_DIFFERENCE);
  });

  it.each(VISIONS)('the Tier 2 and 3 lines stand off their white casing, %s', (vision) => {
    const lines = [legend[1], legend[2]].map((l) => ({ ...l }));
    for (const line of lines) {
      const pair = closestPairs([line, { name: 'casing', colour: rgb(casing.getColor) }])[vision]!;
      expect(pair.difference, `${line.name} / casing, ${vision}`).toBeGreaterThanOrEqual(MIN_LEGEND_DIFFERENCE);
    }
  });
});

describe('a second cue besides colour', () => {
  it('gives each prevention tier its own shape, drawn in the map and legend from one picture', () => {
    expect(new Set(Object.values(PREVENTION_SYMBOLS).map((s) => s.shape)).size).toBe(3);
    const icon = (interventionLayer([]).props as unknown as { getIcon: (d: object) => { url: string } }).getIcon;
    for (const tier of ['primary', 'secondary', 'tertiary'] as const)
      expect(icon({ tier, lngLat: [0, 0] }).url).toBe(symbolDataUrl(tier));
  });

  it('draws Tier 2 solid and Tier 3 dashed (Tier 1 is the thick dark outline)', () => {
    expect(TIER_LINE_STYLES.watchList.dashPixels).toBeNull();
    expect(emergingLine.getDashArray).toEqual(TIER_LINE_STYLES.emerging.dashPixels);
    expect((watchLine as unknown as { getDashArray?: unknown }).getDashArray).toBeUndefined();
  });
});
