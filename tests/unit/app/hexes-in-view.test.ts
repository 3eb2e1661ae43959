// The keyboard's way through the map (issue 12): N / P step through the hexes in view in a fixed order, and the
// screen reader hears what the tooltip shows.
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { hexesInView, stepIndex, type ViewBounds } from '../../../src/app/hexes-in-view';
import { tooltipFor, tooltipSentence } from '../../../src/app/map-presentation';
import { DEFAULT_MAP_SETTINGS } from '../../../src/map/map-settings';
import type { MapData } from '../../../src/app/use-map-data';

const clockTower = latLngToCell(52.6364, -1.1334, 9);
const station = latLngToCell(52.6313, -1.1252, 9);
const loughborough = latLngToCell(52.7721, -1.2062, 9);
const cityCentre: ViewBounds = [-1.16, 52.62, -1.1, 52.65];
const data = (hexes: MapData['hexes'], gi: MapData['gi'] = []): MapData => ({
  hexes,
  gi,
  clusters: [],
  emerging: [],
  info: null,
  busy: false,
});

describe('hexes in view', () => {
  it('keeps only hexes whose centres are in view, busiest first', () => {
    const shown = hexesInView(
      'counts',
      data([
        { h3: station, value: 3 },
        { h3: loughborough, value: 99 },
        { h3: clockTower, value: 40 },
      ]),
      cityCentre,
    );
    expect(shown.map((h) => h.h3)).toEqual([clockTower, station]);
  });

  it('orders Gi* cells hottest first and breaks ties by cell id', () => {
    const gi = [
      { h3: station, value: 1, z: 2.1, p: 0.03, bin: 2 },
      { h3: clockTower, value: 1, z: 2.1, p: 0.03, bin: 2 },
    ];
    const ids = hexesInView('gi', data([], gi), cityCentre).map((h) => h.h3);
    expect(ids).toEqual([clockTower, station].sort());
  });

  it('steps round at either end, and from nothing to the first or last', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(-1, 0, 1)).toBe(-1);
  });

  it('reads out what the tooltip shows, with where the hex is in the list', () => {
    const content = tooltipFor(DEFAULT_MAP_SETTINGS, { h3: clockTower, value: 40 }, 10, 10)!;
    const sentence = tooltipSentence({
      ...content,
      position: { index: 0, count: 2 },
      topTypes: [{ crime_type: 'Shoplifting', crimes: 25 }],
      topPlaces: [{ place: 'On or near Gallowtree Gate', crimes: 12 }],
    });
    expect(sentence).toBe(
      'Hex 1 of 2 in view. 40 crimes. Most common: Shoplifting 25. Busiest places: On or near Gallowtree Gate 12.',
    );
  });
});
