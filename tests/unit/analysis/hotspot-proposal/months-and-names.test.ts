// The proposal's period defaults, stability windows and hotspot names, table-driven.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROPOSAL_CRIME_TYPES,
  hotspotName,
  measureHotspots,
  monthRange,
  placeName,
  resolveSelection,
  stabilityWindows,
} from '../../../../src/analysis/hotspot-proposal';
import { cellAt, inputsOf, ORIGIN_CELL, ring } from './synthetic';
import { busiestPlace } from '../../../../src/analysis/hotspot-proposal/naming';

const twoYears = monthRange('2024-01', '2025-12');

describe('resolveSelection', () => {
  it.each([
    ['the latest 12 months loaded', {}, twoYears, ['2025-01', '2025-12']],
    ['no earlier than the first month loaded', {}, ['2024-06'], ['2024-06', '2024-06']],
    ['a year back from a given end', { toMonth: '2024-12' }, twoYears, ['2024-01', '2024-12']],
    ['a given period as it is', { fromMonth: '2024-03', toMonth: '2024-05' }, twoYears, ['2024-03', '2024-05']],
    [
      'ends the wrong way round swapped',
      { fromMonth: '2024-05', toMonth: '2024-03' },
      twoYears,
      ['2024-03', '2024-05'],
    ],
    ['a bad month ignored', { toMonth: '2024-13' }, twoYears, ['2025-01', '2025-12']],
  ])('takes %s', (_, request, loaded, [fromMonth, toMonth]) => {
    expect(resolveSelection(request, loaded)).toMatchObject({ fromMonth, toMonth });
  });

  it('defaults the types, keeps a given list (sorted), and an empty list means every type', () => {
    expect(resolveSelection({}, twoYears).crimeTypes).toEqual([...DEFAULT_PROPOSAL_CRIME_TYPES].sort());
    expect(resolveSelection({ crimeTypes: ['Robbery', 'Drugs'] }, twoYears).crimeTypes).toEqual(['Drugs', 'Robbery']);
    expect(resolveSelection({ crimeTypes: [] }, twoYears).crimeTypes).toEqual([]);
  });
});

describe('stabilityWindows', () => {
  const year = { fromMonth: '2025-01', toMonth: '2025-12', crimeTypes: [] };
  it('ends a window in each of the last 24 months whose every month is loaded', () => {
    expect(stabilityWindows(year, twoYears).map((w) => w.to)).toEqual(twoYears.slice(11));
    expect(stabilityWindows(year, monthRange('2023-01', '2025-12'))).toHaveLength(24);
    expect(stabilityWindows(year, twoYears)[0]).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('drops windows with a month missing', () => {
    const gap = twoYears.filter((m) => m !== '2025-03');
    expect(stabilityWindows(year, gap).map((w) => w.to)).toEqual(twoYears.slice(11, 14));
  });
});

describe('names', () => {
  it.each([
    ['On or near Haymarket', 'Haymarket'],
    ['on or near  Gallowtree Gate ', 'Gallowtree Gate'],
    ['Nightclub', 'Nightclub'],
  ])('reads %j as %j', (location, name) => expect(placeName(location)).toBe(name));

  it.each([
    ['Haymarket', 'Leicester', 'Haymarket, Leicester'],
    ['Market Place, Loughborough', 'Loughborough', 'Market Place, Loughborough'],
    [null, 'Oakham', 'Oakham'],
    [null, null, 'H05'],
  ])('names %j in %j as %j', (street, town, name) => expect(hotspotName(street, town, 'H05')).toBe(name));
});

describe('measureHotspots', () => {
  it('re-measures a hotspot the analyst edited: its cells, centre and figures', () => {
    const [n1] = ring(ORIGIN_CELL, 1);
    const inputs = inputsOf([
      { h3: ORIGIN_CELL, crimes: 30, place: 'Haymarket' },
      { h3: n1, crimes: 10 },
      { h3: cellAt(1000), crimes: 5 },
    ]);
    const [h] = measureHotspots(inputs, [{ hotspotId: 'H03', cells: [n1, ORIGIN_CELL], locked: true }]);
    expect(h).toMatchObject({ hotspotId: 'H03', name: 'Haymarket, Leicester', crimes: 40, locked: true });
    expect(h.crimeShare).toBeCloseTo(40 / 45, 12);
    expect(h.polygon.type).toBe('Polygon');
  });
});

describe('naming by the busiest street', () => {
  const cell = (places: { place: string; crimes: number }[]) => ({
    h3: ORIGIN_CELL,
    district: null,
    busiestPointCrimes: 0,
    busiestPointLngLat: null,
    places,
  });

  it("passes over police.uk's generic place types ('On or near Parking Area') while a street has crimes", () => {
    const cells = [
      cell([
        { place: 'On or near Parking Area', crimes: 40 },
        { place: 'On or near Lee Street', crimes: 12 },
      ]),
    ];
    expect(busiestPlace(cells)).toBe('Lee Street');
  });

  it('keeps a generic place when it is all there is', () => {
    expect(busiestPlace([cell([{ place: 'On or near Supermarket', crimes: 3 }])])).toBe('Supermarket');
  });
});
