// What the Gi* tooltip and legend say: the test's meaning (ArcGIS Pro, "How Hot Spot Analysis (Getis-Ord Gi*)
// works"), p-values as a report prints them, and a quiet hex inside a hot cluster said to be one.
import { describe, expect, it } from 'vitest';
import { tooltipFor } from '../../../src/app/map-presentation';
import { formatP, giBinMeaning } from '../../../src/map/hot-spot-palettes';
import { DEFAULT_MAP_SETTINGS } from '../../../src/map/map-settings';

describe('formatP', () => {
  it.each([
    [8.8e-18, 'p < 0.001'],
    [0.0009999, 'p < 0.001'],
    [0.001, 'p = 0.001'],
    [0.0042, 'p = 0.004'],
    [0.031, 'p = 0.03'],
    [0.2, 'p = 0.2'],
    [1, 'p = 1'],
    [Number.NaN, 'p unknown'],
  ])('%s → %s', (p, text) => expect(formatP(p)).toBe(text));
});

describe('Gi* wording', () => {
  const settings = { ...DEFAULT_MAP_SETTINGS, mode: 'gi' as const };
  it('says what the test compares, with the confidence', () => {
    expect(giBinMeaning(3, true)).toBe(
      'Hot spot, 99% confidence: this hex and its neighbours hold more harm than spatial randomness would give.',
    );
    expect(giBinMeaning(-2, false)).toMatch(/^Cold spot, 95% confidence: .* less crime/);
    expect(giBinMeaning(0, false)).toMatch(/^Not significant/);
  });

  it('says when a hex with no crimes is hot only for its neighbours', () => {
    const quiet = tooltipFor(settings, { h3: 'x', value: 0, z: 9.1, p: 8.8e-18, bin: 3 }, 0, 0)!;
    expect(quiet.details[0]).toBe('0 crimes here; part of a hot cluster around it · z = 9.10 · p < 0.001');
    const busy = tooltipFor(settings, { h3: 'x', value: 140, z: 4, p: 0.00006, bin: 3 }, 0, 0)!;
    expect(busy.details[0]).toBe('140 crimes here · z = 4.00 · p < 0.001');
  });
});
