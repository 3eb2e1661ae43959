// Every pair of colours a reader must tell apart in one legend stays apart under normal vision and the three
// dichromacies (issue 12): CIEDE2000 ≥ MIN_LEGEND_DIFFERENCE, on the colours as the map draws them (each layer's own
// accessors and opacity, over the basemap's land colour). A failure names the pair, the vision and the difference.
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { parse, type Rgb } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  closestPairs,
  differenceSeen,
  MIN_LEGEND_DIFFERENCE,
  simulateVision,
  VISIONS,
  type NamedColour,
  type Rgb255,
  type Vision,
} from '../../../src/map/colour-vision';
import { basemapStyle } from '../../../src/map/basemap-style';
import { quantileClasses } from '../../../src/map/colour-scale';
import { crimeHexLayer } from '../../../src/map/hex-layer';
import { gripHotspotLayers } from '../../../src/map/grip-hotspot-layers';
import { CLUSTER_QUADRANTS, EMERGING_CATEGORIES, GI_BIN_COLOURS } from '../../../src/map/hot-spot-palettes';
import { clustersLayer, emergingLayer, giStarLayer } from '../../../src/map/statistic-layers';
import { EmergingLegend } from '../../../src/ui/StatisticLegend';

type Rgba = [number, number, number, number];
type Accessor = (d: object) => Rgba;

function basemapColour(layerId: string, property: string): Rgb255 {
  const layer = basemapStyle('').layers.find((l) => l.id === layerId) as unknown as { paint: Record<string, string> };
  const rgb = parse(layer.paint[property]) as Rgb;
  return [rgb.r, rgb.g, rgb.b].map((v) => Math.round(v * 255)) as Rgb255;
}
const LAND = basemapColour('llr-land', 'fill-color');
const gripShapes = gripHotspotLayers([], true)[0].props as unknown as { getLineColor: Rgba };
const GRIP_OUTLINE = gripShapes.getLineColor.slice(0, 3) as Rgb255;

/** What the screen shows: the fill composited over the land at its alpha times the layer's opacity. */
function overLand([r, g, b, a]: Rgba, layerOpacity = 1): Rgb255 {
  const alpha = (a / 255) * layerOpacity;
  return [r, g, b].map((v, i) => Math.round(v * alpha + LAND[i] * (1 - alpha))) as Rgb255;
}

interface Pair {
  a: NamedColour;
  b: NamedColour;
}

function tooClose(pairs: Pair[], vision: Vision): string[] {
  return pairs
    .map(({ a, b }) => ({ a, b, difference: differenceSeen(a.colour, b.colour, vision) }))
    .filter((p) => p.difference < MIN_LEGEND_DIFFERENCE)
    .map((p) => `${p.a.name} / ${p.b.name}: ΔE2000 ${p.difference.toFixed(1)}`);
}

const allPairs = (colours: NamedColour[]): Pair[] =>
  colours.flatMap((a, i) => colours.slice(i + 1).map((b) => ({ a, b })));
const against = (colours: NamedColour[], other: NamedColour): Pair[] => colours.map((a) => ({ a, b: other }));
const land: NamedColour = { name: 'the land (undrawn hexes)', colour: LAND };
const gripOutline: NamedColour = { name: 'the GRIP hotspot outline', colour: GRIP_OUTLINE };

// Gi*: not-significant hexes are left undrawn, so "not significant" is the land itself.
const giAccessor = giStarLayer([]).props.getFillColor as Accessor;
const giBins: NamedColour[] = Object.keys(GI_BIN_COLOURS)
  .map(Number)
  .sort((x, y) => y - x)
  .map((bin) => ({ name: `Gi* bin ${bin}`, colour: overLand(giAccessor({ bin })) }));

// Crime per hex: enough distinct counts that quantileClasses uses every colour of its palette.
const sequentialClasses = quantileClasses(Array.from({ length: 2000 }, (_, i) => i + 1));
const crimeLayer = crimeHexLayer([], sequentialClasses);
const crimeAccessor = crimeLayer.props.getFillColor as Accessor;
const sequential: NamedColour[] = sequentialClasses.map((c, i) => ({
  name: `crime class ${i + 1} (${c.min}–${c.max})`,
  colour: overLand(crimeAccessor({ value: c.max }), crimeLayer.props.opacity),
}));

// Emerging: a hatched category draws its colour behind white stripes (the second channel).
const emerging = emergingLayer([]).props as unknown as Record<string, unknown>;
const patternOf = (category: string) =>
  typeof emerging.getFillPattern === 'function' ? (emerging.getFillPattern as (d: object) => string)({ category }) : '';
const isHatched = (category: string) => patternOf(category) === 'hatch';
const emergingColours: (NamedColour & { hot: boolean; hatched: boolean })[] = EMERGING_CATEGORIES.map((c) => {
  const hatched = isHatched(c.name);
  const accessor = (hatched ? emerging.getFillPatternBackgroundColor : emerging.getFillColor) as Accessor;
  return { name: c.name, colour: overLand(accessor({ category: c.name })), hot: c.name.endsWith('Hot Spot'), hatched };
});
const sameFamily = (p: Pair, colours = emergingColours) =>
  colours.find((c) => c.name === p.a.name)!.hot === colours.find((c) => c.name === p.b.name)!.hot;
const sameChannel = (p: Pair) => isHatched(p.a.name) === isHatched(p.b.name);
// Hot against cold always needs colour; within a family, a hatched and a solid category differ by the hatch too.
const emergingRequired = allPairs(emergingColours).filter((p) => !sameFamily(p) || sameChannel(p));
const carriedByHatch = allPairs(emergingColours).filter((p) => sameFamily(p) && !sameChannel(p));

/** The within-family pairs whose colours alone fall under the threshold for someone: the hatch tells them apart. */
const PAIRS_CARRIED_BY_HATCH = [
  'Consecutive Hot Spot / Oscillating Hot Spot',
  'Intensifying Cold Spot / Oscillating Cold Spot',
  'Persistent Cold Spot / Sporadic Cold Spot',
  'Persistent Cold Spot / Historical Cold Spot',
];

// Local Moran's I: four quadrants (ColorBrewer RdBu 4), undrawn when not significant.
const clusterAccessor = clustersLayer([]).props.getFillColor as Accessor;
const clusterColours: NamedColour[] = CLUSTER_QUADRANTS.map((q) => ({
  name: q.name,
  colour: overLand(clusterAccessor({ quadrant: q.quadrant })),
}));

const PALETTES: { legend: string; pairs: Pair[] }[] = [
  {
    legend: "local Moran's I quadrants",
    pairs: [...allPairs(clusterColours), ...against(clusterColours, land), ...against(clusterColours, gripOutline)],
  },
  { legend: 'Gi* bins', pairs: [...allPairs(giBins), ...against(giBins, land), ...against(giBins, gripOutline)] },
  {
    legend: 'crime per hex (adjacent classes)',
    pairs: [
      ...sequential.slice(1).map((b, i) => ({ a: sequential[i], b })),
      { a: sequential[0], b: land },
      { a: sequential[sequential.length - 1], b: gripOutline },
    ],
  },
  {
    legend: 'emerging hot spots',
    pairs: [...emergingRequired, ...against(emergingColours, land), ...against(emergingColours, gripOutline)],
  },
];

describe(`legend colours stay ΔE2000 ≥ ${MIN_LEGEND_DIFFERENCE} apart`, () => {
  for (const { legend, pairs } of PALETTES)
    for (const vision of VISIONS)
      it(`${legend}, ${vision}`, () => {
        const failing = tooClose(pairs, vision);
        expect(failing, `${legend} under ${vision}: ${failing.join('; ')}`).toEqual([]);
      });
});

describe('the second channel of the emerging legend', () => {
  it('is needed only by the pairs the README lists, and each of those is one hatched and one solid category', () => {
    const needing = carriedByHatch.filter((p) => VISIONS.some((v) => tooClose([p], v).length > 0));
    expect(needing.map((p) => `${p.a.name} / ${p.b.name}`).sort()).toEqual([...PAIRS_CARRIED_BY_HATCH].sort());
  });

  it('hatches the same categories in the legend swatches as on the map', () => {
    const counts = Object.fromEntries(EMERGING_CATEGORIES.map((c) => [c.name, 1]));
    const html = renderToStaticMarkup(createElement(EmergingLegend, { counts }));
    for (const c of emergingColours) {
      const item = new RegExp(`<li><span class="swatch[^"]*" style="([^"]*)"[^>]*></span><span><strong>${c.name}<`);
      const style = item.exec(html)?.[1] ?? `no legend row for ${c.name}`;
      expect(style.includes('repeating-linear-gradient'), `${c.name}: ${style}`).toBe(c.hatched);
    }
  });
});

// Chromium's DevTools emulation (Emulation.setEmulatedVisionDeficiency), read back from swatches in the Debian
// Chromium the browser tests use: the simulation here must match what the deuteranopia screenshots show.
const CHROMIUM_DEUTERANOPIA: [Rgb255, Rgb255][] = [
  [
    [197, 27, 125],
    [114, 116, 121],
  ],
  [
    [203, 24, 29],
    [130, 116, 16],
  ],
  [
    [44, 162, 95],
    [148, 138, 100],
  ],
  [
    [49, 54, 149],
    [0, 62, 147],
  ],
];

describe('closestPairs', () => {
  it('finds the pair each reader would confuse: vermillion and olive are one colour for a protanope', () => {
    const closest = closestPairs([
      { name: 'vermillion', colour: [213, 94, 0] },
      { name: 'bluish green', colour: [0, 158, 115] },
      { name: 'orange', colour: [230, 159, 0] },
      { name: 'olive', colour: [120, 120, 0] },
    ]);
    expect([closest.normal?.a, closest.normal?.b]).toEqual(['vermillion', 'orange']);
    expect([closest.protanopia?.b, closest.deuteranopia?.b]).toEqual(['olive', 'olive']);
    expect(closest.protanopia!.difference).toBeLessThan(1);
    expect(closestPairs([{ name: 'alone', colour: [0, 0, 0] }]).normal).toBeNull();
  });
});

describe('the simulation matches Chromium', () => {
  it.each(CHROMIUM_DEUTERANOPIA)('deuteranopia of %j is %j (±1)', (colour, chromium) => {
    simulateVision(colour, 'deuteranopia').forEach((channel, i) =>
      expect(Math.abs(channel - chromium[i])).toBeLessThanOrEqual(1),
    );
  });
});
