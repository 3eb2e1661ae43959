// The exported PNG's hex legend (src/app/png-legend.ts) for each view: only what the map draws, in the on-screen
// legend's order and colours, with the hexes each entry holds.
import { describe, expect, it } from 'vitest';
import { hexLegend } from '../../../src/app/png-legend';
import { CLUSTER_QUADRANTS, EMERGING_CATEGORIES, GI_BIN_COLOURS } from '../../../src/map/hot-spot-palettes';

const none = { gi: [], emerging: [], clusters: [] };
const classes = [
  { min: 1, max: 3, colour: [255, 237, 160] as [number, number, number] },
  { min: 4, max: 20, colour: [240, 59, 32] as [number, number, number] },
];

describe('the PNG legend of the hexes', () => {
  it('counts: the colour classes, in crimes or harm', () => {
    expect(hexLegend({ mode: 'counts', harm: false }, none, classes).map((e) => e.label)).toEqual([
      '1–3 crimes per hex',
      '4–20 crimes per hex',
    ]);
    expect(hexLegend({ mode: 'counts', harm: true }, none, classes)[0].label).toBe('1–3 harm per hex');
  });

  it('Gi*: the significant bins drawn, hot first, with their hexes; not-significant hexes are not drawn', () => {
    const gi = [3, 3, 1, 0, 0, -2].map((bin) => ({ bin })) as never;
    expect(hexLegend({ mode: 'gi', harm: false }, { ...none, gi }, classes)).toEqual([
      { kind: 'swatch', colour: GI_BIN_COLOURS[3], label: 'Hot spot, 99% confidence (2 hexes)' },
      { kind: 'swatch', colour: GI_BIN_COLOURS[1], label: 'Hot spot, 90% confidence (1 hex)' },
      { kind: 'swatch', colour: GI_BIN_COLOURS[-2], label: 'Cold spot, 95% confidence (1 hex)' },
    ]);
  });

  it('emerging: the categories present, hatched ones said so; clusters: the quadrants present', () => {
    const emerging = ['Sporadic Hot Spot', 'New Hot Spot', 'New Hot Spot'].map((category) => ({ category }));
    const labels = hexLegend({ mode: 'emerging', harm: false }, { ...none, emerging } as never, classes);
    expect(labels.map((e) => e.label)).toEqual(['New Hot Spot (2 hexes)', 'Sporadic Hot Spot (hatched) (1 hex)']);
    expect(labels[0]).toMatchObject({ colour: EMERGING_CATEGORIES[0].colour });
    const clusters = [{ quadrant: 'LL' }, { quadrant: 'HH' }];
    const quadrants = hexLegend({ mode: 'clusters', harm: false }, { ...none, clusters } as never, classes);
    expect(quadrants.map((e) => e.label)).toEqual(['High-High cluster (1 hex)', 'Low-Low cluster (1 hex)']);
    expect(quadrants[0]).toMatchObject({ colour: CLUSTER_QUADRANTS[0].colour });
  });
});
